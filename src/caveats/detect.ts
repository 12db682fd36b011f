// Which caveat topics an article already covers, and whether it discusses mental health.
// Phrase patterns come from caveats.yaml, compiled once; each sentence is matched once.

import { PhraseMatcher } from '../core/phrases.js';
import type { Doc, Sentence } from '../core/document.js';
import { TOPIC_IDS, type TopicId } from '../knowledge/topics.js';
import type { TherapyMention } from '../mentions/therapies.js';
import { caveats, expandLists } from '../knowledge/caveats.js';

type Tagged = { topic: TopicId; denial: boolean };

const topicMatcher = new PhraseMatcher<Tagged>(
  TOPIC_IDS.flatMap((topic) => [
    ...(caveats.topics[topic]?.phrases ?? []).map((pattern) => ({ pattern: expandLists(pattern), value: { topic, denial: false } })),
    ...(caveats.topics[topic]?.denials ?? []).map((pattern) => ({ pattern: expandLists(pattern), value: { topic, denial: true } })),
  ]),
);

const mentalHealthMatcher = new PhraseMatcher<'urgent' | 'term'>([
  ...caveats.mentalHealth.urgent.map((pattern) => ({ pattern, value: 'urgent' as const })),
  ...caveats.mentalHealth.terms.map((pattern) => ({ pattern, value: 'term' as const })),
]);

const SAFETY_HEADING = /^[#\s]*(important\s+)?safety\s+information\s*:?\s*$/i;

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

/** Topics present in one sentence (denied matches removed). */
export function topicsInSentence(s: Pick<Sentence, 'tokens' | 'text' | 'start'>): Set<TopicId> {
  const matches = topicMatcher.match(s.tokens);
  const out = new Set<TopicId>();
  for (const m of matches) {
    if (m.value.denial) continue;
    if (m.value.topic === 'crisis-resources' && (gluedNumber(s, m.first) || gluedNumber(s, m.last))) continue;
    const denied = matches.some((d) => d.value.denial && d.value.topic === m.value.topic && d.start < m.end && m.start < d.end);
    if (!denied) out.add(m.value.topic);
  }
  return out;
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

/** For each topic the article covers, the first sentence that covers it. */
export function presentTopics(doc: Doc, mentions: readonly TherapyMention[] = []): Map<TopicId, Sentence> {
  const hit = doc.memo.get('caveat:present') as Map<TopicId, Sentence> | undefined;
  if (hit) return hit;
  const out = new Map<TopicId, Sentence>();
  const othersOnly = sentencesAboutOthersOnly(doc, mentions);
  for (const s of doc.sentences) {
    if (!canCarryCaveat(s) || othersOnly.has(s.index)) continue;
    for (const t of topicsInSentence(s)) if (!out.has(t)) out.set(t, s);
  }
  doc.memo.set('caveat:present', out);
  return out;
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
