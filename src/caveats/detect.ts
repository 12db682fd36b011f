// Which caveat topics an article already covers, and whether it discusses mental health.
//
// A topic is present when a clause about the article's own therapy discloses it (RUBRIC section
// 2). The phrases of caveats.yaml find the disclosures; said-of.ts then drops, on the clause model
// (src/assertions), the ones that are not: a denial or minimisation, a clause about a comparator,
// the condition or another therapy, a phrase inside "unlike X"; and for side effects a symptom in
// an "if" clause about the reader ("if you have headaches"). Patterns are compiled once; each
// sentence is matched once, and only sentences with a match get their (cached) clause model.

import { PhraseMatcher } from '../core/phrases.js';
import { endsInColon, leadInOf, type Doc, type Sentence } from '../core/document.js';
import { keyHash, stem, type Token } from '../core/tokens.js';
import { TOPIC_IDS, type TopicId } from '../knowledge/topics.js';
import type { TherapyMention } from '../mentions/therapies.js';
import { caveats, expandLists, listEntries, listPlaceholder } from '../knowledge/caveats.js';
import { assertionsOf } from '../assertions/analyse.js';
import type { SentenceAssertions } from '../assertions/types.js';
import { NEGATORS, aboutOther, clauseAt, denied, overlapsAny, type Context } from './said-of.js';

interface Cue {
  topic: TopicId;
  denial: boolean;
  /** The pattern itself says "not" ("do not drive", "not suitable"): the clause's negation is the disclosure. */
  negative: boolean;
  /** Counts only in a sentence about the treatment. */
  context: boolean;
  /** Its first word must be a verb. */
  verb: boolean;
  /** The sentence must also prohibit ("never", "not", "avoid"). */
  prohibition: boolean;
}

const TREATMENT_CONTEXT = new Set(caveats.treatmentContext.map((w) => stem(w.toLowerCase())));
const PROHIBITIONS = new Set([...NEGATORS, 'avoid', 'never', 'refrain']);

/** Whether a pattern names a negator as one of its words (not inside a gap). */
function negativePattern(pattern: string): boolean {
  return pattern.split(/\s+/).some((el) => el.replace(/^\[|\]$/g, '').split('|').some((alt) => NEGATORS.has(alt.replace(/^=/, '').toLowerCase())));
}

const cues: { pattern: string; value: Cue }[] = TOPIC_IDS.flatMap((topic) => [
  ...(caveats.topics[topic]?.phrases ?? []).map((p) => {
    const { pattern, context, verb, prohibition } = typeof p === 'string' ? { pattern: p, context: false, verb: false, prohibition: false } : p;
    const x = expandLists(pattern);
    return { pattern: x, value: { topic, denial: false, negative: negativePattern(x), context: !!context, verb: !!verb, prohibition: !!prohibition } };
  }),
  ...(caveats.topics[topic]?.denials ?? []).map(expandLists).map((pattern) => ({ pattern, value: { topic, denial: true, negative: negativePattern(pattern), context: false, verb: false, prohibition: false } })),
]);
// A pattern that does not parse is left out (a test checks that every built-in one parses).
const topicMatcher = new PhraseMatcher<Cue>(cues, { lenient: true });

/** The list entries of several words ("blood pressure", "blurred vision"), found before the topic phrases. */
const listPhrases = new PhraseMatcher<string>(
  Object.keys(caveats.lists ?? {}).flatMap((name) => (listEntries(name)?.multi ?? []).map((pattern) => ({ pattern, value: listPlaceholder(name) }))),
  { lenient: true },
);

/**
 * The sentence's tokens with each list phrase of several words made one placeholder token, and for
 * each of them the original token span (so matches map back to the clause model's words).
 */
function compacted(tokens: readonly Token[]): { tokens: readonly Token[]; span: (i: number) => [number, number] } {
  const hits = listPhrases.match(tokens).sort((a, b) => a.first - b.first || b.last - a.last);
  if (!hits.length) return { tokens, span: (i) => [i, i] };
  const out: Token[] = [];
  const spans: [number, number][] = [];
  let h = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (h < hits.length && hits[h].first < i) h++;
    const hit = h < hits.length && hits[h].first === i ? hits[h] : undefined;
    if (hit) {
      const norm = hit.value;
      // (Its keys' hashes too: matchers skip a token by them.)
      out.push({ ...tokens[i], norm, stem: norm, end: tokens[hit.last].end, stemKey: `s:${norm}`, normKey: `n:${norm}`, stemHash: keyHash(`s:${norm}`), normHash: keyHash(`n:${norm}`) });
      spans.push([i, hit.last]);
      i = hit.last;
    } else {
      out.push(tokens[i]);
      spans.push([i, i]);
    }
  }
  return { tokens: out, span: (k) => spans[k] };
}

const mentalHealthMatcher = new PhraseMatcher<'urgent' | 'term'>([
  ...caveats.mentalHealth.urgent.map((pattern) => ({ pattern, value: 'urgent' as const })),
  ...caveats.mentalHealth.terms.map((pattern) => ({ pattern, value: 'term' as const })),
]);

const SAFETY_HEADING = /^[#\s]*(important\s+)?safety\s+information\s*:?\s*$/i;
/** Openers of clauses that set a condition rather than state a fact. */
const CONDITIONAL = new Set(['if', 'unless', 'whether']);

/**
 * Whether a sentence can carry a caveat: not a heading, not a question ("Is ketamine
 * addictive?" raises the topic without answering it), and not a bare heading-shaped line.
 */
function canCarryCaveat(s: Sentence): boolean {
  if (s.block.headingLike) return false;
  const text = s.text.trim();
  if (text.endsWith('?')) return false;
  if (!s.block.inList && !/[.!:;)"'”’]$/.test(text) && s.tokens.length < 6) return false;
  return true;
}

/**
 * Whether a number token is one digit group of a longer number: the parser splits "30,000",
 * "$1,000" and "1-800-273" at the punctuation, so "000" would read as an emergency number.
 * A space between groups ("116 123") keeps them apart.
 */
function gluedNumber(s: Pick<Sentence, 'tokens' | 'text' | 'start'>, i: number): boolean {
  const t = s.tokens[i];
  if (t.kind !== 'number') return false;
  const before = s.text.charAt(t.start - s.start - 1);
  const after = s.text.charAt(t.end - s.start);
  const afterNext = s.text.charAt(t.end - s.start + 1);
  return /[\d.,$£€-]/.test(before) || /\d/.test(after) || (/[.,-]/.test(after) && /\d/.test(afterNext));
}

/** Topics a sentence discloses for the article's therapy (denials, comparators and conditions removed). */
function topicsIn(s: Pick<Sentence, 'tokens' | 'text' | 'start'>, ctx: Context): Set<TopicId> {
  const out = new Set<TopicId>();
  const compact = compacted(s.tokens);
  const matches = topicMatcher.match(compact.tokens).map((m) => ({ ...m, first: compact.span(m.first)[0], last: compact.span(m.last)[1] }));
  if (!matches.length) return out;
  let a: SentenceAssertions | undefined;
  const model = () => (a ??= assertionsOf(s.tokens, s.text, s.start));
  const holds = (m: (typeof matches)[number]) => {
    const data = caveats.topics[m.value.topic];
    if (data.anySubject) return true;
    if (!m.value.negative && denied(model(), s.tokens, m.first, m.last)) return false;
    if (aboutOther(model(), s.tokens, m.first, m.last, ctx, !!data.anyCondition)) return false;
    if (m.value.verb && model().words[m.first].tag !== 'VERB') return false;
    if (m.value.prohibition && !s.tokens.some((t) => PROHIBITIONS.has(t.norm))) return false;
    if (m.value.context && !overlapsAny(ctx.own, s.start, s.start + s.text.length) && !s.tokens.some((t) => TREATMENT_CONTEXT.has(t.stem))) return false;
    if (data.notConditional || data.notRelative) {
      const c = clauseAt(model(), m.first);
      // "If you have headaches", "people who feel tired": the reader's condition, not a reaction;
      // an "if" clause about the treatment ("if it runs too fast, some people feel flushing") stays.
      const personal = data.notRelative && c?.kind === 'relative' && (c.opener === 'who' || ['experiencer', 'person'].includes(c.inheritsFrom !== undefined ? model().clauses[c.inheritsFrom].subjectKind : c.subjectKind));
      const reader = data.notConditional && c?.kind === 'subordinate' && c.opener && CONDITIONAL.has(c.opener) && ['experiencer', 'person', 'none', 'condition', 'complaint'].includes(c.subjectKind);
      if (personal || reader) return false;
    }
    return true;
  };
  // A denial counts only where it holds itself ("you must not drive yourself" denies nothing).
  const denialHolds = new Map<(typeof matches)[number], boolean>();
  const deniedBy = (d: (typeof matches)[number]) => {
    let v = denialHolds.get(d);
    if (v === undefined) denialHolds.set(d, (v = holds(d)));
    return v;
  };
  for (const m of matches) {
    if (m.value.denial || out.has(m.value.topic)) continue;
    if (m.value.topic === 'crisis-resources' && (gluedNumber(s, m.first) || gluedNumber(s, m.last))) continue;
    if (matches.some((d) => d.value.denial && d.value.topic === m.value.topic && d.start < m.end && m.start < d.end && deniedBy(d))) continue;
    if (holds(m)) out.add(m.value.topic);
  }
  return out;
}

/** Topics present in one sentence read on its own (no article context). */
export function topicsInSentence(s: Pick<Sentence, 'tokens' | 'text' | 'start'>): Set<TopicId> {
  return topicsIn(s, { own: [], others: [] });
}

/**
 * Sentences about other therapies only ("Do not drive after ECT" in a TMS article) give no
 * caveat for the article's own therapies. Generic names ("the infusion") are neutral. One pass
 * over sentences and mentions, both in text order.
 */
function sentencesAboutOthersOnly(doc: Doc, mentions: readonly TherapyMention[]): Set<number> {
  const all = mentions
    .filter((e) => !e.therapy.generic)
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, subject: e.subject })))
    .sort((a, b) => a.start - b.start);
  const out = new Set<number>();
  let i = 0;
  for (const s of doc.sentences) {
    while (i < all.length && all[i].start < s.start) i++;
    let other = false;
    let subject = false;
    for (let j = i; j < all.length && all[j].start < s.end; j++) {
      if (all[j].subject) subject = true;
      else other = true;
    }
    if (other && !subject) out.add(s.index);
  }
  return out;
}

const presentMemo = new WeakMap<Doc, { mentions: readonly TherapyMention[]; result: Map<TopicId, Sentence> }>();

/** For each topic the article covers, the first sentence that covers it. */
export function presentTopics(doc: Doc, mentions: readonly TherapyMention[] = []): Map<TopicId, Sentence> {
  const hit = presentMemo.get(doc);
  if (hit && hit.mentions === mentions) return hit.result;
  const out = new Map<TopicId, Sentence>();
  const othersOnly = sentencesAboutOthersOnly(doc, mentions);
  const ctx: Context = {
    own: mentions.filter((e) => e.subject || e.therapy.generic).flatMap((e) => e.mentions),
    others: mentions.filter((e) => !e.subject && !e.therapy.generic).flatMap((e) => e.mentions),
  };
  // The topics each sentence gives on its own (a lead-in's are asked again by each of its items).
  const own = new Map<Sentence, Set<TopicId>>();
  const topicsOf = (s: Sentence) => own.get(s) ?? own.set(s, topicsIn(s, ctx)).get(s)!;
  for (const s of doc.sentences) {
    if (!canCarryCaveat(s) || othersOnly.has(s.index)) continue;
    for (const t of topicsOf(s)) if (!out.has(t)) out.set(t, s);
    // "Side effects include:\n- nausea": an item says its topic with the lead-in it continues, when
    // that ends in a colon (a topic the lead-in gives alone is its own, not the item's).
    const lead = leadInOf(doc, s);
    if (lead && endsInColon(doc, lead) && canCarryCaveat(lead) && !othersOnly.has(lead.index)) {
      const alone = topicsOf(lead);
      for (const t of topicsIn(withLeadIn(doc, lead, s), ctx)) if (!out.has(t) && !alone.has(t)) out.set(t, s);
    }
    if (out.size === TOPIC_IDS.length) break;
  }
  presentMemo.set(doc, { mentions, result: out });
  return out;
}

/** A list item read with its lead-in as one sentence (tokens at document offsets). */
function withLeadIn(doc: Doc, lead: Sentence, item: Sentence): Pick<Sentence, 'tokens' | 'text' | 'start'> {
  return { tokens: [...lead.tokens, ...item.tokens], text: doc.text.slice(lead.start, item.end), start: lead.start };
}

/** The [start, end) range of an existing safety section (a "Safety information" heading to the next heading). */
export function safetySection(doc: Doc): { heading: number; start: number; end: number } | undefined {
  const i = doc.blocks.findIndex((b) => b.headingLike && SAFETY_HEADING.test(doc.text.slice(b.start, b.end)));
  if (i < 0) return undefined;
  const next = doc.blocks.findIndex((b, j) => j > i && b.headingLike);
  return { heading: i, start: doc.blocks[i].start, end: next < 0 ? doc.text.length : doc.blocks[next].start };
}

export interface MentalHealth {
  /** The word that shows it ("depression", "suicidal"). */
  term: string;
  urgent: boolean;
}

/**
 * Whether the article discusses mental health enough to need crisis resources: any mention of
 * suicide or self-harm, or mental-health words in at least `minSentences` sentences. The
 * article's own safety section does not count (it names conditions only to give caveats).
 */
export function mentalHealthDiscussed(doc: Doc): MentalHealth | undefined {
  if (doc.memo.has('caveat:mental-health')) return doc.memo.get('caveat:mental-health') as MentalHealth | undefined;
  const section = safetySection(doc);
  let urgent: string | undefined;
  let first: string | undefined;
  let sentences = 0;
  for (const s of doc.sentences) {
    if (section && s.start >= section.start && s.start < section.end) continue;
    const found = mentalHealthMatcher.match(s.tokens);
    if (!found.length) continue;
    sentences++;
    const u = found.find((m) => m.value === 'urgent');
    if (u && !urgent) urgent = doc.text.slice(u.start, u.end);
    first ??= doc.text.slice(found[0].start, found[0].end);
  }
  const result: MentalHealth | undefined = urgent
    ? { term: urgent.toLowerCase(), urgent: true }
    : first && sentences >= caveats.mentalHealth.minSentences
      ? { term: first.toLowerCase(), urgent: false }
      : undefined;
  doc.memo.set('caveat:mental-health', result);
  return result;
}
