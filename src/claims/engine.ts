// Finds every unsupported claim in a document once and shares the result through doc.memo; each
// claim-* rule reports the claims of its kind. The clause model (src/assertions) says what each
// sentence asserts; judge.ts decides, with the article's therapies, which assertions are claims
// about the article's therapy; here support, regulatory facts, messages and fixes are added.

import { endsInColon, isItem, leadInOf, type Doc, type Sentence } from '../core/document.js';
import type { ResolvedConfig } from '../core/config.js';
import type { Fix } from '../core/types.js';
import type { MessageData } from '../core/rule.js';
import { PhraseMatcher } from '../core/phrases.js';
import { BudgetExceeded } from '../core/budget.js';
import { claimKnowledge, CLAIM_KINDS, isClaimKind, type ClaimKind, type ClaimPhrase } from '../knowledge/claims.js';
import { IMPAIRING_TRAITS, therapyList, type Therapy } from '../knowledge/therapies.js';
import { knowledgeSetting } from '../knowledge/sections.js';
import { therapiesIn } from '../mentions/therapies.js';
import { midSentence } from '../mentions/wording.js';
import { analyseTokens, assertionsOf } from '../assertions/analyse.js';
import { tokenizeWord } from '../core/tokens.js';
import type { ClaimClass } from '../assertions/types.js';
import { CITATION_MARKER, supportOf, type Support } from './citations.js';
import { judgeRegulatory } from './regulatory.js';
import { answerOf } from './answers.js';
import { judgeSentence, type Judged, type Mention } from './judge.js';
import { rewriteOf } from './rewrite.js';

export interface ClaimHit {
  kind: ClaimKind;
  start: number;
  end: number;
  /** One of the kind's messages (claims.yaml), a regulatory verdict's, `citation-needed` or `custom`. */
  messageId: string;
  data: MessageData;
  fixes: Fix[];
}

/** The messageId of a claim phrase from the config that brings its own message. */
export const CUSTOM_MESSAGE = 'custom';

export const MEMO_KEY = 'claims:hits';

/** A claim found in a sentence, before its support, message and fixes. */
interface Own {
  kind: ClaimKind;
  messageId: string;
  start: number;
  end: number;
  /** A regulatory verdict's placeholders, or a user phrase's own message. */
  data?: MessageData;
  /** The hedged rewrite (src/claims/rewrite.ts). */
  fix?: Fix;
  message?: string;
  rewrite?: string;
  therapy?: Therapy;
}

/** All claim findings of the document, memoised for the rules. */
export function claimHits(doc: Doc, config: ResolvedConfig, overBudget: () => boolean = () => false): ClaimHit[] {
  const cached = doc.memo.get(MEMO_KEY) as ClaimHit[] | undefined;
  if (cached) return cached;
  const hits: ClaimHit[] = [];
  try {
    findClaims(doc, config, overBudget, hits);
  } catch (error) {
    // Stopped by the budget between its own checks: what was found is kept and shared, and the
    // rule says it was cut short (overBudget() is true once the budget is spent).
    if (!(error instanceof BudgetExceeded)) throw error;
    overBudget();
  }
  doc.memo.set(MEMO_KEY, hits);
  return hits;
}

/** The rule kind a judged claim is reported under, and its messageId. */
function kindOf(j: Judged): { kind: ClaimKind; messageId: string } {
  const d = j.detail;
  switch (j.cls) {
    case 'efficacy':
      return j.candidate.absolute || d === 'verdict:cure' || d === 'verb:cure' ? { kind: 'absolute', messageId: 'absolute' } : { kind: 'efficacy', messageId: d === 'acts-as' ? 'acts-as' : 'efficacy' };
    case 'permanence':
      return { kind: 'absolute', messageId: 'permanence' };
    case 'standing':
      return { kind: 'proof', messageId: d === 'vague-source' || d === 'studies-show' ? 'vague-source' : d === 'authority' ? 'authority' : /proven|backed|based|tested|validated|recommended|science|clinically|scientifically|medically|research|evidence/.test(d) ? 'proof' : 'novelty' };
    case 'universality':
      return { kind: 'majority', messageId: 'majority' };
    case 'statistic':
      return { kind: 'statistic', messageId: 'statistic' };
    case 'safety':
      return { kind: 'safety', messageId: /minimal|few-risks|tolerated/.test(d) ? 'minimised' : /addictive|habit|controlled/.test(d) && j.therapy?.traits.includes('controlled') ? 'controlled' : 'safety' };
    case 'speed':
      return { kind: 'speed', messageId: 'speed' };
    case 'comparison':
      return { kind: 'comparison', messageId: 'comparison' };
    case 'regulatory':
      return { kind: 'regulatory', messageId: 'regulatory' };
  }
}


const userMatchers = new WeakMap<object, PhraseMatcher<ClaimPhrase>>();
function userMatcher(phrases: readonly ClaimPhrase[]): PhraseMatcher<ClaimPhrase> | undefined {
  if (!phrases.length) return undefined;
  let m = userMatchers.get(phrases);
  if (!m) {
    m = new PhraseMatcher([...phrases].map((p) => ({ pattern: p.pattern, value: p })), { lenient: true });
    userMatchers.set(phrases, m);
  }
  return m;
}

/** Appends the document's claims to `hits`, sentence by sentence, so that a time-out keeps those found. */
function findClaims(doc: Doc, config: ResolvedConfig, overBudget: () => boolean, hits: ClaimHit[]): void {
  const therapies = therapyList(knowledgeSetting(config, 'therapies'));
  const citations = { citations: knowledgeSetting(config, 'citations') };
  const found = therapiesIn(doc, therapies);
  // Generic entries ("infusion") give context but never say which product a claim is about.
  const specific = found.filter((m) => !m.therapy.generic);
  const main = specific.find((m) => m.subject)?.therapy ?? specific[0]?.therapy;
  const mentions: Mention[] = found.flatMap((m) => m.mentions.map((x) => ({ ...x, therapy: m.therapy }))).sort((a, b) => a.start - b.start);
  const enabled = new Set(CLAIM_KINDS.filter((k) => (config.rules[claimKnowledge.kinds[k].rule]?.[0] ?? 0) > 0));
  const user = userMatcher(knowledgeSetting(config, 'claims') as ClaimPhrase[]);
  let m = 0;
  let current = main;
  // Fair Balance lints therapy articles: "it" and "the treatment" refer to the article's treatment,
  // named or not, unless the clause model says the subject is something else.
  const treatmentInView = true;
  let previousSubject: string | undefined;
  // Items of a list share the subject of the sentence that leads into it, not their neighbour's.
  let listLead: string | undefined;
  const quotes = quoteCounter(doc);
  for (const sentence of doc.sentences) {
    // Every 64 sentences, after the first 64 (some progress is always made): the core reports the time-out.
    if (sentence.index % 64 === 63 && overBudget()) break;
    if (!sentence.tokens.length) continue;
    while (m < mentions.length && mentions[m].end <= sentence.start) {
      if (!mentions[m].therapy.generic) current = mentions[m].therapy;
      m++;
    }
    const inSentence: Mention[] = [];
    for (let k = m; k < mentions.length && mentions[k].start < sentence.end; k++) inSentence.push(mentions[k]);
    const assertions = assertionsOf(sentence.tokens, sentence.text, sentence.start, overBudget);
    const here = inSentence.find((x) => !x.therapy.generic)?.therapy ?? current;
    const judged = judgeSentence({ doc, sentence, assertions, mentions: inSentence, current: here, treatmentInView, base: sentence.start, previousSubject: isItem(sentence) ? listLead : previousSubject });
    // What the next sentence's "it" can refer to: this sentence's subject, unless it names a therapy.
    const firstSubject = assertions.clauses.find((c) => c.subject);
    previousSubject = inSentence.length ? 'therapy' : firstSubject && firstSubject.subjectKind !== 'anaphor' ? firstSubject.subjectKind : previousSubject;
    if (!isItem(sentence)) listLead = previousSubject;
    // "Is it addictive? No.": the answer says what the question asked.
    const answer = answerOf(doc, sentence);
    const regulatoryAnswers: Own[] = [];
    // Claims an answer makes are judged on the question's words: no rewrite of the answer's own.
    const answered = new Set<number>();
    if (answer) {
      const asked = mentions.filter((x) => x.start >= answer.question.start && x.start < answer.question.end);
      for (const j of judgeSentence({ doc, sentence, assertions: answer.assertions, mentions: asked, current: asked[0]?.therapy ?? current, treatmentInView, base: 0, anySubject: true })) {
        if (j.cls !== 'regulatory') answered.add(judged.push({ ...j, start: answer.start, end: answer.end }) - 1);
        else {
          // Judged on the question's own words ("Is the drip FDA-approved?"), reported on the answer.
          const w = answer.assertions.words;
          const first = answer.question.tokens.indexOf(w[j.candidate.span.first].token);
          const last = answer.question.tokens.indexOf(w[j.candidate.span.last].token);
          if (first < 0 || last < 0) continue;
          const verdict = judgeRegulatory(doc, answer.question, first, last, j.therapy, false, therapies);
          if (verdict) regulatoryAnswers.push({ kind: 'regulatory', messageId: verdict.messageId, start: answer.start, end: answer.end, data: verdict.data, therapy: j.therapy });
        }
      }
    }
    // "Every drip is:\n- completely safe" (an item with no verb of its own completes its lead-in),
    // "| Side effects | None |" under a column headed by the therapy (a cell with its row's label):
    // statements made with the words before them, judged on both and reported on this sentence,
    // for what this sentence adds, with no rewrite (regulatory claims are judged on their own words).
    const statement = (isItem(sentence) && !assertions.clauses.some((c) => c.verb) ? leadInStatement(doc, sentence, mentions) : undefined) ?? (sentence.block.cell ? rowStatement(doc, sentence, mentions) : undefined);
    if (statement && !overBudget()) {
      for (const j of judgeSentence({ doc, sentence, assertions: statement.assertions, mentions: statement.mentions, current: statement.mentions.find((x) => !x.therapy.generic)?.therapy ?? current, treatmentInView, base: 0 })) {
        if (j.candidate.span.last < statement.before || j.cls === 'regulatory' || judged.some((o) => o.cls === j.cls)) continue;
        // (Within this sentence: a span that starts in the words before starts here.)
        answered.add(judged.push({ ...j, start: Math.max(sentence.start, j.start), end: Math.min(sentence.end, Math.max(j.end, sentence.start + 1)) }) - 1);
      }
    }
    const own: Own[] = enabled.has('regulatory') ? regulatoryAnswers : [];
    for (const [ji, j] of judged.entries()) {
      // "Ketamine is not a controlled substance": false only of a therapy that is one.
      if (j.detail === 'not:controlled' && !j.therapy?.traits.includes('controlled')) continue;
      // "You can drive home right after": false only of a therapy that impairs driving.
      if (j.detail === 'drive-at-once' && !IMPAIRING_TRAITS.some((t) => j.therapy?.traits.includes(t))) continue;
      const k = kindOf(j);
      if (!enabled.has(k.kind)) continue;
      if (j.cls === 'regulatory') {
        const c = j.candidate.span;
        const phrase = doc.text.slice(j.start, j.end);
        if (unapprovedDisclosed(sentence)) continue;
        const registered = /regist|complian|certif|accept|recogni/i.test(phrase);
        const verdict = judgeRegulatory(doc, sentence, c.first, c.last, j.therapy, registered, therapies);
        // "The FDA has approved X for Y" states a decision of record: a claim only when Y is a use
        // the knowledge says is off-label (not a question of approved or cleared wording).
        if (j.detail === 'regulator-approves' && verdict?.messageId !== 'off-label') continue;
        if (verdict) own.push({ kind: 'regulatory', messageId: verdict.messageId, start: j.start, end: j.end, data: verdict.data, rewrite: verdict.rewrite, therapy: j.therapy });
        // An approval claim for a treatment the knowledge does not know cannot be checked: ask for the decision.
        else if (!j.therapy && !registered && /fda|mhra|approv|clear|licens|legal/i.test(phrase)) own.push({ kind: 'regulatory', messageId: 'unverified', start: j.start, end: j.end, therapy: undefined });
        continue;
      }
      // "Hyperbaric oxygen therapy treats decompression sickness": what a treatment does for a use it
      // is approved or cleared for is a fact of record, not a claim to source (a cure still is).
      // (Only "treats": "is effective for" or "relieves" still weighs the use, and needs its source.)
      // (The use must be the one the verb names: not "treats decompression sickness, autism and cancer".)
      if (k.kind === 'efficacy' && j.detail === 'verb:treat' && j.therapy && soleApprovedUse(j.therapy, doc.text.slice(j.start, j.end), doc.text.slice(j.end, j.end + 2))) continue;
      const rewrite = answered.has(ji) ? undefined : rewriteOf(doc.text, sentence.start, assertions, j);
      own.push({ ...k, start: j.start, end: j.end, therapy: j.therapy, fix: rewrite });
    }
    if (user) {
      for (const u of user.match(sentence.tokens)) {
        const kind: ClaimKind = isClaimKind(u.value.kind) ? u.value.kind : 'absolute';
        if (!enabled.has(kind)) continue;
        const clause = assertions.clauses.findIndex((c) => c.first <= u.first && u.first <= c.last);
        const mod = clause >= 0 ? assertions.modality[clause] : 'asserted';
        if (mod === 'hedged' || mod === 'unasserted' || assertions.question) continue;
        own.push({ kind, messageId: u.value.message ? CUSTOM_MESSAGE : kind === 'efficacy' || !claimKnowledge.kinds[kind].messages[kind] ? Object.keys(claimKnowledge.kinds[kind].messages)[0] : kind, start: u.start, end: u.end, message: u.value.message, rewrite: u.value.rewrite, therapy: current });
      }
    }
    if (!own.length) continue;
    const support = supportOf(doc, sentence, citations);
    // A source supports what it found; an approval status is a fact of record the knowledge checks,
    // so a citation does not make "FDA-approved for depression" true.
    // (Hits of different sentences never overlap: each sentence's are deduplicated on their own.)
    const found = own.filter((c) => support !== 'cited' || c.kind === 'regulatory').map((c) => toHit(doc, sentence, c, support === 'cited' ? 'none' : support, quotes));
    hits.push(...dedupe(found));
  }
}

/** Verbs that end a list's lead-in and take each item as their complement ("Our drips are:"). */
const LEAD_COPULAS = new Set(['is', 'are', 'was', 'were', 'feels', 'feel', 'becomes', 'become', 'remains', 'remain', 'stays', 'stay', 'leaves', 'keeps']);

/** A sentence read with the words before it: their count, and the therapies named in either. */
interface Statement {
  assertions: ReturnType<typeof analyseTokens>;
  mentions: Mention[];
  before: number;
}

/** `before`'s tokens and `sentence`'s (both at document offsets) analysed as one sentence, joined by `gap`. */
function statementOf(before: Sentence, sentence: Sentence, mentions: Mention[], gap: string): Statement {
  const tokens = [...before.tokens, ...sentence.tokens];
  const within = (x: Mention, s: Sentence) => x.start >= s.start && x.start < s.end;
  return {
    assertions: analyseTokens(tokens, '', 0, tokens.map((_, i) => (i === before.tokens.length ? gap : ' '))),
    mentions: mentions.filter((x) => within(x, before) || within(x, sentence)),
    before: before.tokens.length,
  };
}

/** A list item with its lead-in, when the lead-in ends in a copula and a colon ("Every NAD+ drip is:" + "- completely safe"). */
function leadInStatement(doc: Doc, sentence: Sentence, mentions: Mention[]): Statement | undefined {
  const lead = leadInOf(doc, sentence);
  const last = lead?.tokens[lead.tokens.length - 1];
  return lead && last && LEAD_COPULAS.has(last.norm) && endsInColon(doc, lead) ? statementOf(lead, sentence, mentions, ' ') : undefined;
}

/** Each table's cells by "table row column", and each block's first sentence (once per document). */
function tableCells(doc: Doc): { cells: Map<string, Sentence> } {
  let t = doc.memo.get('claims:table-cells') as { cells: Map<string, Sentence> } | undefined;
  if (!t) {
    t = { cells: new Map() };
    for (const s of doc.sentences) {
      const c = s.block.cell;
      const key = c && `${c.table} ${c.row} ${c.column}`;
      if (key && !t.cells.has(key)) t.cells.set(key, s);
    }
    doc.memo.set('claims:table-cells', t);
  }
  return t;
}

/**
 * A table cell read with its row's label, when its column's header names a therapy: "| Side
 * effects | None |" under "| | Ozone therapy | Antibiotics |" says ozone therapy has no side
 * effects (the label and the cell joined by a colon). Rows and columns are the Markdown tree's.
 */
function rowStatement(doc: Doc, sentence: Sentence, mentions: Mention[]): Statement | undefined {
  const place = sentence.block.cell;
  if (!place || place.row === 0 || place.column === 0) return undefined;
  const { cells } = tableCells(doc);
  const label = cells.get(`${place.table} ${place.row} 0`);
  const header = cells.get(`${place.table} 0 ${place.column}`)?.block;
  const named = header ? mentions.filter((m) => m.start >= header.start && m.end <= header.end && !m.therapy.generic) : [];
  if (!label?.tokens.length || !named.length) return undefined;
  const statement = statementOf(label, sentence, mentions, ': ');
  return { ...statement, mentions: named };
}

/** Per therapy, a pattern of the uses it is approved or cleared for (null: none). */
const approvedUses = new WeakMap<Therapy, RegExp | null>();

/** Does a claim's predicate name one use only, one the therapy is approved or cleared for? */
function soleApprovedUse(therapy: Therapy, predicate: string, after: string): boolean {
  if (/\b(?:and|or)\b/.test(predicate) || /^\s*,/.test(after)) return false;
  return namesApprovedUse(therapy, predicate);
}

/** Does the text name one of the uses the therapy is approved or cleared for? */
function namesApprovedUse(therapy: Therapy, text: string): boolean {
  let re = approvedUses.get(therapy);
  if (re === undefined) {
    const uses = (therapy.approvedFor ?? []).map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = uses.length ? new RegExp(`\\b(?:${uses.join('|')})\\b`, 'i') : null;
    approvedUses.set(therapy, re);
  }
  return re !== null && re.test(text);
}

const UNAPPROVED = /\b(?:off[- ]?label|unapproved|unlicensed|investigational|experimental|not (?:yet )?(?:been )?(?:fda[- ])?(?:approved|cleared|licensed|authori[sz]ed)|(?:does|do) not mean (?:that )?(?:it|a product|the product|they) (?:is|are) (?:fda[- ])?(?:approved|cleared))\b/i;
/** A sentence that itself discloses off-label or unapproved use does not overstate approval. */
const unapprovedDisclosed = (s: Sentence) => UNAPPROVED.test(s.text);

/** Of overlapping hits of one kind, the first; a hit inside a longer hit of another kind stays. */
function dedupe(hits: ClaimHit[]): ClaimHit[] {
  return hits.filter((h, i) => !hits.some((o, k) => k < i && o.kind === h.kind && o.start < h.end && h.start < o.end));
}

function toHit(doc: Doc, sentence: Sentence, c: Own, support: Support, quotes: QuoteCounter): ClaimHit {
  const info = claimKnowledge.kinds[c.kind];
  const label = c.therapy ? midSentence(c.therapy.label) : 'this treatment';
  const fixes: Fix[] = [];
  if (c.fix) fixes.push(c.fix);
  else if (c.rewrite !== undefined) {
    // A phrase's rewrite takes the capital of the words it replaces ("Our patients love" -> "Some patients like").
    const first = c.start <= (sentence.tokens[0]?.start ?? sentence.start);
    const text = first && /^\p{Lu}/u.test(doc.text.slice(c.start, c.end)) && c.rewrite ? c.rewrite[0].toUpperCase() + c.rewrite.slice(1) : c.rewrite;
    fixes.push({ range: [c.start, c.end], text, title: `Replace with "${text}"`, kind: 'claim' });
  }
  if (support === 'marker') return { kind: c.kind, start: c.start, end: c.end, messageId: 'citation-needed', data: {}, fixes };
  // A marker inside a quotation would put words in a patient's mouth.
  if (info.citable && !insideQuotation(quotes, sentence)) {
    fixes.push({ range: [sentence.end, sentence.end], text: ` ${CITATION_MARKER}`, title: 'Add a [citation needed] marker for the reviewer', kind: 'safe' });
  }
  const data: MessageData = c.messageId === CUSTOM_MESSAGE ? { message: (c.message ?? '').replaceAll('{label}', label) } : { label, ...c.data };
  return { kind: c.kind, start: c.start, end: c.end, messageId: c.messageId, data, fixes };
}

const QUOTES = /["\u201c\u201d]/g;

/** Counts double quotes from a block's start, onwards only: sentences are asked about in order. */
interface QuoteCounter {
  upTo(block: number, end: number): number;
}

function quoteCounter(doc: Doc): QuoteCounter {
  let block = -1;
  let at = 0;
  let count = 0;
  return {
    upTo(start, end) {
      if (start !== block || end < at) {
        block = start;
        at = start;
        count = 0;
      }
      count += doc.text.slice(at, end).match(QUOTES)?.length ?? 0;
      at = end;
      return count;
    },
  };
}

/** Does the sentence end inside a quotation: an odd number of double quotes from its block's start up to its end? */
function insideQuotation(quotes: QuoteCounter, sentence: Sentence): boolean {
  const count = quotes.upTo(sentence.block.start, sentence.end);
  if (count % 2 === 1) return true;
  return /["\u201d]\s*$/.test(sentence.text) && count > 0;
}

export type { ClaimClass };

/**
 * Builds on first use what reading claims needs (the tagger's word classes, the vocabulary's
 * indexes, the therapy list): a rule's `prepare`, so a cold start is not the first document's time.
 */
export function prepareClaims(): void {
  const text = 'Most patients feel better within days, and the treatment is safe.';
  let at = 0;
  const tokens = text.split(' ').flatMap((w) => {
    const t = tokenizeWord(w.replace(/[,.]$/, ''), at);
    at += w.length + 1;
    return t;
  });
  analyseTokens(tokens, text, 0);
  therapyList();
}
