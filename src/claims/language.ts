// Claim linguistics for one sentence: one phrase-match pass gives the claim phrases, hedges,
// negators, context words and exceptions; the helpers here decide which claims stand.

import { PhraseMatcher, usable, type PhraseMatch } from '../core/phrases.js';
import type { Token } from '../core/tokens.js';
import { tokenizeWord } from '../core/tokens.js';
import {
  claimKnowledge,
  isClaimKind,
  type ClaimKind,
  type ClaimPhrase,
  type ContextName,
  type HedgeClass,
} from '../knowledge/claims.js';

export type Entry =
  | { type: 'claim'; phrase: ClaimPhrase; kind: ClaimKind; negated: boolean }
  | { type: 'hedge'; cls: HedgeClass | 'after' }
  | { type: 'negator' }
  | { type: 'context'; name: ContextName }
  | { type: 'exception' }
  | { type: 'frame' };

const K = claimKnowledge;
const NEGATORS = new Set(K.negators);
const NEGATION_EXCEPTIONS = new Set(K.negationExceptions);
const BREAK_WORDS = new Set(K.clauseBreaks);
/** Punctuation between two words that ends a clause (commas and brackets do not: lists and asides would split). */
const BREAK_PUNCTUATION = /[;:\u2014\u2013]|\s-\s/;

/** True when a pattern itself negates ("no side effects", "not addictive"). */
function patternNegates(pattern: string): boolean {
  return pattern
    .split(/\s+/)
    .flatMap((w) => w.replace(/^\[|\]$/g, '').split('|'))
    .flatMap((w) => tokenizeWord(w.replace(/^=/, ''), 0))
    .some((t) => NEGATORS.has(t.norm));
}

function claimEntry(phrase: ClaimPhrase): { pattern: string; value: Entry } {
  const kind = isClaimKind(phrase.kind) ? phrase.kind : 'absolute';
  return { pattern: phrase.pattern, value: { type: 'claim', phrase, kind, negated: patternNegates(phrase.pattern) } };
}

function builtInEntries(): { pattern: string; value: Entry }[] {
  const out: { pattern: string; value: Entry }[] = K.phrases.map(claimEntry);
  for (const cls of Object.keys(K.hedges) as (HedgeClass | 'after')[]) {
    for (const pattern of K.hedges[cls]) out.push({ pattern, value: { type: 'hedge', cls } });
  }
  for (const name of Object.keys(K.contexts) as ContextName[]) {
    for (const pattern of K.contexts[name]) out.push({ pattern, value: { type: 'context', name } });
  }
  for (const pattern of K.exceptions) out.push({ pattern, value: { type: 'exception' } });
  for (const pattern of K.negatingFrames) out.push({ pattern, value: { type: 'frame' } });
  return out;
}

const BUILT_IN = builtInEntries();
const builtInMatcher = new PhraseMatcher<Entry>(BUILT_IN);
const userMatchers = new WeakMap<object, PhraseMatcher<Entry>>();

/**
 * The matcher for a config's claim phrases: the built-in one, or (cached per config's phrase list)
 * one that adds the user's phrases. A user pattern that does not parse is left out, never thrown.
 */
export function matcherFor(userPhrases: readonly ClaimPhrase[]): PhraseMatcher<Entry> {
  if (!userPhrases.length) return builtInMatcher;
  let m = userMatchers.get(userPhrases);
  if (!m) {
    const valid = usable([...userPhrases]);
    m = new PhraseMatcher<Entry>([...BUILT_IN, ...valid.map((p) => claimEntry({ ...p, kind: p.kind ?? 'absolute' }))]);
    userMatchers.set(userPhrases, m);
  }
  return m;
}

/** What one match pass found in a sentence. */
export interface SentenceFacts {
  tokens: Token[];
  claims: (PhraseMatch<Entry> & { value: Extract<Entry, { type: 'claim' }> })[];
  hedges: (PhraseMatch<Entry> & { value: Extract<Entry, { type: 'hedge' }> })[];
  exceptions: PhraseMatch<Entry>[];
  contexts: Set<ContextName>;
  /** Token indices of negating words. */
  negators: number[];
  /** Last token index of each frame that leaves the rest of its clause unasserted ("it is not known whether"). */
  frames: number[];
  /** Clause number of each token. */
  clause: number[];
  /** Whether a comma stands just before each token. */
  comma: boolean[];
}

const DRUG_STEMS = new Set(K.drugStems);
const STEM_LENGTHS = [...new Set(K.drugStems.map((x) => x.length))];

/** Does the word look like a generic drug name ("finasteride", "sertraline")? */
export function namesDrug(word: string): boolean {
  return word.length >= 6 && STEM_LENGTHS.some((n) => n <= word.length && DRUG_STEMS.has(word.slice(-n)));
}

export function sentenceFacts(text: string, tokens: Token[], matcher: PhraseMatcher<Entry>): SentenceFacts {
  const facts: SentenceFacts = { tokens, claims: [], hedges: [], exceptions: [], contexts: new Set(), negators: [], frames: [], clause: [], comma: [] };
  for (const m of matcher.match(tokens)) {
    const v = m.value;
    if (v.type === 'claim') facts.claims.push(m as SentenceFacts['claims'][number]);
    else if (v.type === 'hedge') facts.hedges.push(m as SentenceFacts['hedges'][number]);
    else if (v.type === 'context') facts.contexts.add(v.name);
    else if (v.type === 'exception') facts.exceptions.push(m);
    else if (v.type === 'frame') facts.frames.push(m.last);
  }
  let clause = 0;
  // A sentence that opens with a subordinate clause ("While ..., ", "Unlike ..., ") ends it at the first comma.
  let introOpen = tokens.length > 0 && BREAK_WORDS.has(tokens[0].norm);
  tokens.forEach((t, i) => {
    const gap = i > 0 ? text.slice(tokens[i - 1].end, t.start) : '';
    const endsIntro = introOpen && gap.includes(',');
    if (endsIntro) introOpen = false;
    if (i > 0 && (endsIntro || BREAK_WORDS.has(t.norm) || BREAK_PUNCTUATION.test(gap))) clause++;
    facts.clause.push(clause);
    facts.comma.push(gap.includes(','));
    if (NEGATORS.has(t.norm) && !NEGATION_EXCEPTIONS.has(tokens[i + 1]?.norm ?? '')) facts.negators.push(i);
  });
  // Only a sentence with a claim needs to know whether it names a comparator drug.
  if (facts.claims.length && tokens.some((t) => t.kind === 'word' && namesDrug(t.norm))) facts.contexts.add('alternative');
  return facts;
}

/**
 * A negator just before the claim (up to three words, same clause) or inside it, or a frame earlier
 * in its clause that leaves it unasserted ("it is not known whether X is effective").
 */
export function isNegated(facts: SentenceFacts, first: number, last: number): boolean {
  const sameClause = (i: number) => facts.clause[i] === facts.clause[first];
  // A negator before the claim does not reach across a comma: "No needles, no downtime, totally safe".
  const reaches = (n: number) => n >= first || !facts.comma.slice(n + 1, first + 1).includes(true);
  return facts.negators.some((n) => n >= first - 3 && n <= last && sameClause(n) && reaches(n)) || facts.frames.some((f) => f < first && sameClause(f));
}

const SUBJECT_NEGATORS = new Set(K.subjectNegators);

/**
 * A negator that opens the claim's clause reaches its verb when no comma intervenes
 * ("No CBD product is approved to treat anxiety"); a list ("No pain, guaranteed results") is not negated.
 */
export function isSubjectNegated(text: string, facts: SentenceFacts, first: number): boolean {
  let s = first;
  while (s > 0 && facts.clause[s - 1] === facts.clause[first]) s--;
  if (s === first || !SUBJECT_NEGATORS.has(facts.tokens[s].norm)) return false;
  // "No other treatment is as safe" ranks this one above all others: a claim, not a denial.
  if (facts.tokens[s + 1]?.norm === 'other') return false;
  return !text.slice(facts.tokens[s].end, facts.tokens[first].start).includes(',');
}

const ANAPHORS = new Set(K.anaphors.pronouns);
const OUTCOME_SUBJECTS = new Set(K.anaphors.outcomes);
const DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those', 'your', 'our']);

/**
 * Is the claim's subject the article's own treatment by reference: a pronoun in its clause
 * ("it is effective for ...", "studies show it works") or an outcome noun that opens the claim ("the results are permanent")?
 */
export function refersBack(facts: SentenceFacts, first: number): boolean {
  const t = facts.tokens;
  if (t.some((x, i) => facts.clause[i] === facts.clause[first] && ANAPHORS.has(x.norm))) return true;
  // The outcome noun opens the claim or stands just before it ("the effects | last for years").
  const noun = OUTCOME_SUBJECTS.has(t[first].norm) ? first : first > 0 && OUTCOME_SUBJECTS.has(t[first - 1].norm) ? first - 1 : -1;
  if (noun < 0 || t[noun + 1]?.norm === 'of') return false;
  return noun === 0 || DETERMINERS.has(t[noun - 1].norm) || facts.clause[noun - 1] !== facts.clause[noun];
}

/** Modal and belief hedges reach this many words back to the claim. */
const MODAL_REACH = 8;

/** Does a hedge of one of `classes` stand in the claim's clause? */
export function isHedged(facts: SentenceFacts, first: number, last: number, classes: readonly HedgeClass[]): boolean {
  if (!classes.length) return false;
  const sameClause = (i: number, anchor: number) => facts.clause[i] === facts.clause[anchor];
  return facts.hedges.some((h) => {
    const cls = h.value.cls;
    if (cls === 'after') return classes.includes('some') && h.first > last && sameClause(h.first, last);
    if (!classes.includes(cls)) return false;
    const inside = h.first >= first && h.last <= last;
    const before = h.last < first && sameClause(h.last, first);
    if (cls === 'some') return inside || before;
    const justAfter = h.first > last && h.first <= last + 3 && sameClause(h.first, last);
    return inside || justAfter || (before && h.last >= first - MODAL_REACH);
  });
}

/** Claims that an exception phrase covers ("a search for a cure", "breakthrough pain"). */
export function isException(facts: SentenceFacts, first: number, last: number): boolean {
  return facts.exceptions.some((e) => e.first <= last && e.last >= first);
}
