// Finds every unsupported claim in a document once (one match pass per sentence) and shares the
// result through doc.memo; each claim-* rule reports the claims of its kind.

import type { Doc, Sentence } from '../core/document.js';
import type { ResolvedConfig } from '../core/config.js';
import type { Fix } from '../core/types.js';
import type { MessageData } from '../core/rule.js';
import { claimKnowledge, CLAIM_KINDS, type ClaimKind, type ClaimPhrase } from '../knowledge/claims.js';
import { therapyList, type Therapy } from '../knowledge/therapies.js';
import { knowledgeSetting } from '../knowledge/sections.js';
import { therapiesIn } from '../mentions/therapies.js';
import { midSentence } from '../mentions/wording.js';
import { CITATION_MARKER, supportOf, type Support } from './citations.js';
import { isException, isHedged, isNegated, isSubjectNegated, matcherFor, refersBack, sentenceFacts, type SentenceFacts } from './language.js';
import { judgeRegulatory } from './regulatory.js';
import { answerClaim } from './answers.js';

export interface ClaimHit {
  kind: ClaimKind;
  start: number;
  end: number;
  /**
   * The kind's message (the kind's name: `absolute`, `safety`, ...; claims.yaml `kinds`), the
   * matched phrase's own (its messageId; a user's phrase: `custom`), a regulatory verdict's, or
   * `citation-needed`. The claim rules declare every one (src/rules/claim-rule.ts).
   */
  messageId: string;
  data: MessageData;
  fixes: Fix[];
}

/** The messageId of a claim phrase from the config that brings its own message. */
export const CUSTOM_MESSAGE = 'custom';

interface Candidate {
  kind: ClaimKind;
  phrase: ClaimPhrase;
  /** The pattern negates by itself ("no side effects"), so a negator does not cancel it. */
  negated: boolean;
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: Sentence;
  facts: SentenceFacts;
  therapy?: Therapy;
  /** A regulatory verdict's message (see judge). */
  verdict?: { messageId: string; data: MessageData };
  rewrite?: string;
}

const MEMO_KEY = 'claims:hits';

/** All claim findings of the document, memoised for the rules. */
export function claimHits(doc: Doc, config: ResolvedConfig, overBudget: () => boolean = () => false): ClaimHit[] {
  const cached = doc.memo.get(MEMO_KEY) as ClaimHit[] | undefined;
  if (cached) return cached;
  const hits = findClaims(doc, config, overBudget);
  doc.memo.set(MEMO_KEY, hits);
  return hits;
}

function findClaims(doc: Doc, config: ResolvedConfig, overBudget: () => boolean): ClaimHit[] {
  const matcher = matcherFor(knowledgeSetting(config, 'claims') as ClaimPhrase[]);
  const therapies = therapyList(knowledgeSetting(config, 'therapies'));
  const citations = { citations: knowledgeSetting(config, 'citations') };
  const mentions = therapiesIn(doc, therapies);
  // Generic entries ("infusion") give context but never say which product a claim is about.
  const specific = mentions.filter((m) => !m.therapy.generic);
  const mainTherapy = specific[0]?.therapy;
  const flat = specific.flatMap((m) => m.mentions.map((x) => ({ start: x.start, therapy: m.therapy }))).sort((a, b) => a.start - b.start);
  const enabled = new Set(CLAIM_KINDS.filter((k) => (config.rules[claimKnowledge.kinds[k].rule]?.[0] ?? 0) > 0));
  const hits: ClaimHit[] = [];
  // Once the article has spoken of a treatment, "it" and "the results" can refer back to it.
  let treatmentSeen = mainTherapy !== undefined;
  for (const sentence of doc.sentences) {
    if (sentence.index % 64 === 0 && overBudget()) break; // the core reports the time-out
    if (!sentence.tokens.length || /\?\s*$/.test(sentence.text)) continue; // questions claim nothing
    const facts = sentenceFacts(doc.text, sentence.tokens, matcher);
    const mentionsTreatment = treatmentSeen;
    if (facts.contexts.has('therapy')) treatmentSeen = true;
    const answer = answerClaim(doc, sentence);
    if (answer && enabled.has(answer.kind)) {
      const m = facts.tokens.findIndex((t) => t.start === answer.start);
      facts.claims.push({ value: { type: 'claim', kind: answer.kind, phrase: { pattern: '', kind: answer.kind }, negated: true }, first: m, last: m, start: answer.start, end: answer.end, patternIndex: -1 });
    }
    if (!facts.claims.length) continue;
    const inSentence = flat.filter((x) => x.start >= sentence.start && x.start < sentence.end);
    if (mentions.some((m) => m.mentions.some((x) => x.start >= sentence.start && x.start < sentence.end))) facts.contexts.add('therapy');
    // Two treatments named in one sentence: either can be the other's comparator.
    if (new Set(inSentence.map((x) => x.therapy)).size > 1) facts.contexts.add('alternative');
    const before = flat.filter((x) => x.start < sentence.start).pop()?.therapy ?? mainTherapy;
    const standing = facts.claims
      .map((m): Candidate => ({ kind: m.value.kind, phrase: m.value.phrase, negated: m.value.negated, first: m.first, last: m.last, start: wordStart(doc.text, m.start), end: m.end, sentence, facts, therapy: subjectOf(facts, m.first, inSentence) ?? before }))
      .filter((c) => enabled.has(c.kind) && stands(doc.text, c, mentionsTreatment) && judge(doc, c, therapies));
    const kept = dedupe(standing);
    if (!kept.length) continue;
    const support = supportOf(doc, sentence, citations);
    if (support === 'cited') continue;
    for (const c of kept) hits.push(toHit(doc, c, support));
  }
  return hits;
}

/** A finding starts at a word's start, not inside a contraction ("aren't dangerous", not "n't dangerous"). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && /[\p{L}'’]/u.test(text[i - 1])) i--;
  return i;
}

/**
 * The therapy a claim is about: the nearest one named before it in its clause, else the first
 * named in its clause; undefined when its clause names none ("Unlike ketamine, it is approved"
 * is not about ketamine).
 */
function subjectOf(facts: SentenceFacts, first: number, named: { start: number; therapy: Therapy }[]): Therapy | undefined {
  const clause = facts.clause[first];
  const tokenAt = (offset: number) => facts.tokens.findIndex((t) => t.start <= offset && offset < t.end);
  const same = named.map((x) => ({ ...x, i: tokenAt(x.start) })).filter((x) => x.i >= 0 && facts.clause[x.i] === clause);
  return (same.filter((x) => x.i <= first).pop() ?? same[0])?.therapy;
}

/** Context, exceptions, negation and hedges: does the matched phrase make a claim here? */
function stands(text: string, c: Candidate, treatmentSeen: boolean): boolean {
  const { facts, phrase } = c;
  // With no treatment named, "it"/"the results" refer to the treatment the article spoke of before.
  const referred = phrase.needs === 'therapy' && (c.therapy !== undefined || treatmentSeen) && refersBack(facts, c.first);
  if (phrase.needs && !facts.contexts.has(phrase.needs) && !referred) return false;
  if (phrase.unless && facts.contexts.has(phrase.unless)) return false;
  if (isException(facts, c.first, c.last)) return false;
  if (!c.negated && isNegated(facts, c.first, c.last)) return false;
  // "No other treatment works better" is itself a comparison, so a subject negator spares only other kinds.
  if (!c.negated && c.kind !== 'comparison' && isSubjectNegated(text, facts, c.first)) return false;
  // "One in four patients see little or no change" discloses non-response, it does not promise benefit.
  if (c.kind === 'statistic' && facts.contexts.has('noBenefit')) return false;
  return !isHedged(facts, c.first, c.last, claimKnowledge.kinds[c.kind].hedgedBy);
}

/** Kind-specific judgement: regulatory phrases are checked against the therapy's approval. */
function judge(doc: Doc, c: Candidate, therapies: Therapy[]): boolean {
  if (c.kind !== 'regulatory') return true;
  // A sentence that itself discloses off-label or unapproved use does not overstate approval.
  if (c.facts.contexts.has('unapproved')) return false;
  const verdict = judgeRegulatory(doc, c.sentence, c.first, c.last, c.therapy, c.phrase.messageId === 'registered', therapies);
  if (!verdict) return false;
  c.verdict = { messageId: verdict.messageId, data: verdict.data };
  c.rewrite = verdict.rewrite;
  return true;
}

/**
 * One finding per claim: overlapping matches of one kind become the longest; a match inside a
 * longer match of another kind ("to cure" in "proven to cure") is left to that one.
 */
function dedupe(cands: Candidate[]): Candidate[] {
  // A judged rewrite ("FDA-approved" -> "off-label") beats a longer match without one.
  const longer = (a: Candidate, b: Candidate) =>
    a.rewrite !== undefined && b.rewrite === undefined
      ? false
      : (b.rewrite !== undefined && a.rewrite === undefined) || b.end - b.start > a.end - a.start || (b.end - b.start === a.end - a.start && b.start < a.start);
  return cands.filter((a) =>
    !cands.some((b) => {
      if (a === b) return false;
      const overlap = b.start < a.end && a.start < b.end;
      if (!overlap) return false;
      if (b.kind === a.kind) return longer(a, b) || (b.start === a.start && b.end === a.end && preferred(b, a, cands));
      return b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start;
    }),
  );
}

/** Of two matches of one range, the one with a rewrite, else the first. */
function preferred(b: Candidate, a: Candidate, cands: Candidate[]): boolean {
  const hasRewrite = (c: Candidate) => c.phrase.rewrite !== undefined;
  if (hasRewrite(b) !== hasRewrite(a)) return hasRewrite(b);
  return cands.indexOf(b) < cands.indexOf(a);
}

/**
 * Which message a claim gets: a verdict's; the phrase's own (when the therapy has the phrase's
 * trait); else its kind's. Built-in phrases with a message name its messageId; a user's phrase
 * reports its text as `custom`.
 */
function messageOf(c: Candidate, traitOk: boolean): { messageId: string; data: MessageData } {
  if (c.verdict) return c.verdict;
  const label = c.therapy ? midSentence(c.therapy.label) : 'this treatment';
  const own = traitOk ? c.phrase.message : undefined;
  if (own === undefined) return { messageId: c.kind, data: { label } };
  return c.phrase.messageId ? { messageId: c.phrase.messageId, data: { label } } : { messageId: CUSTOM_MESSAGE, data: { message: own.replaceAll('{label}', label) } };
}

function toHit(doc: Doc, c: Candidate, support: Support): ClaimHit {
  const info = claimKnowledge.kinds[c.kind];
  const traitOk = !c.phrase.trait || !!c.therapy?.traits.includes(c.phrase.trait);
  if (support === 'marker') {
    return { kind: c.kind, start: c.start, end: c.end, messageId: 'citation-needed', data: {}, fixes: rewriteFix(doc, c, traitOk) };
  }
  const fixes = rewriteFix(doc, c, traitOk);
  // A marker inside a quotation would put words in a patient's mouth.
  if (info.citable && !insideQuotation(doc, c.sentence)) {
    fixes.push({ range: [c.sentence.end, c.sentence.end], text: ` ${CITATION_MARKER}`, title: 'Add a [citation needed] marker for the reviewer', kind: 'safe' });
  }
  return { kind: c.kind, start: c.start, end: c.end, ...messageOf(c, traitOk), fixes };
}

const QUOTES = /["\u201c\u201d]/g;

/** Does the sentence end inside a quotation: an odd number of double quotes from its block's start up to its end? */
function insideQuotation(doc: Doc, sentence: Sentence): boolean {
  const upTo = doc.text.slice(sentence.block.start, sentence.end);
  if ((upTo.match(QUOTES)?.length ?? 0) % 2 === 1) return true;
  // A sentence ending on its closing quote: the marker would land right after a testimonial.
  return /["\u201d]\s*$/.test(sentence.text) && (upTo.match(QUOTES)?.length ?? 0) > 0;
}

/** Should a rewrite start with a capital: at the start of a sentence, or in a title-case heading. */
function capitalised(doc: Doc, c: Candidate): boolean {
  const word = doc.text.slice(c.start, c.end);
  if (!/^\p{Lu}/u.test(word)) return false;
  if (c.start === c.sentence.start) return true;
  const previous = c.sentence.tokens[c.first - 1];
  return !/^\p{Lu}{2}/u.test(word) && (c.sentence.block.headingLike || !!previous?.capital);
}

/** The hedged rewrite of the claim phrase, with the placeholders filled from the source. */
function rewriteFix(doc: Doc, c: Candidate, traitOk: boolean): Fix[] {
  const template = c.rewrite ?? (traitOk ? c.phrase.rewrite : undefined);
  // A claim starting inside a contraction has no rewrite: the words would not line up.
  if (template === undefined || c.start !== c.sentence.tokens[c.first].start) return [];
  const tokens = c.sentence.tokens;
  const src = (a: number, b: number) => (a <= b ? doc.text.slice(tokens[a].start, tokens[b].end) : '');
  const head = Math.min(c.phrase.head ?? 1, c.last - c.first);
  let text = template
    .replaceAll('{first}', src(c.first, c.first))
    .replaceAll('{init}', src(c.first, c.last - 1))
    .replaceAll('{tail}', src(c.first + head, c.last))
    .replaceAll('{last}', src(c.last, c.last));
  let [start, end] = [c.start, c.end];
  if (!text) {
    // Deleting words: take one neighbouring space with them.
    if (doc.text[end] === ' ') end++;
    else if (doc.text[start - 1] === ' ') start--;
  } else if (!template.startsWith('{') && capitalised(doc, c)) {
    text = text[0].toUpperCase() + text.slice(1);
  }
  const title = text ? `Hedge: replace with "${text}"` : `Hedge: remove "${doc.text.slice(c.start, c.end)}"`;
  return [{ range: [start, end], text, title, kind: 'claim' }];
}
