// Whose clause a caveat phrase is in (RUBRIC section 2: said of the article's own therapy). A
// phrase found in a sentence counts unless the clause model (src/assertions) shows that its clause
// denies it ("there are no side effects", "it is not habit-forming"), is about a comparator, the
// condition or another therapy ("antidepressants cause weight gain", "low testosterone can cause
// tiredness", "respond to antidepressants"), or stands after "unlike".

import type { Token } from '../core/tokens.js';
import { caveats } from '../knowledge/caveats.js';
import { claimKnowledge } from '../knowledge/claims.js';
import { subjectKindOf } from '../assertions/clauses.js';
import { COMPARATOR_MODIFIERS } from '../assertions/lexicon.js';
import type { Clause, SentenceAssertions, SubjectKind } from '../assertions/types.js';

export const NEGATORS = new Set(caveats.negators.map((w) => w.toLowerCase()));
const FOILS = new Set(caveats.foils.map((w) => w.toLowerCase()));
const CONDITION_MODIFIERS = new Set(caveats.conditionModifiers.map((w) => w.toLowerCase()));
const NOT_CONDITIONS = new Set(caveats.notConditions.map((w) => w.toLowerCase()));
const AGENTS = new Set(caveats.agents.map((w) => w.toLowerCase()));
const OWN_NOUNS = new Set(caveats.ownNouns.map((w) => w.toLowerCase()));
const OTHER_MODIFIERS = new Set(caveats.otherModifiers.map((w) => w.toLowerCase()));
const DRUG_STEMS = claimKnowledge.drugStems.map((x) => x.toLowerCase());
/** Prepositions that name what a verb is said of ("respond to antidepressants", "evidence for SSRIs"). */
const OBJECT_PREPOSITIONS = new Set(['to', 'from', 'with', 'than', 'for', 'over', 'like']);

/** Offsets of the article's own therapies' mentions, and of other therapies'. */
export interface Context {
  own: { start: number; end: number }[];
  others: { start: number; end: number }[];
}

export const overlapsAny = (list: { start: number; end: number }[], start: number, end: number) => list.some((m) => m.start < end && start < m.end);

export const clauseAt = (a: SentenceAssertions, i: number): Clause | undefined => a.clauses.find((c) => c.first <= i && i <= c.last);

/** A match [first, last] is denied: its verb group is negated, or a "no"/"never"/"without" stands between that verb and its end. */
export function denied(a: SentenceAssertions, tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[last + 1]?.norm === 'free') return true; // "side-effect free"
  const c = clauseAt(a, first);
  if (!c) return tokens.slice(0, last + 1).some((t) => NEGATORS.has(t.norm));
  const before = c.verbs.filter((v) => v.first <= first);
  // Without a verb before it, the match is the subject ("side effects are not common"), unless a
  // coordinator stands between it and the verb ("talk to your doctor, and do not use it").
  const after = !before.length && c.verb && !a.words.slice(last + 1, c.verb.first).some((w) => w.tag === 'CONJ') ? c.verb : undefined;
  const verb = before.length ? before[before.length - 1] : after;
  if (verb?.negated) return true;
  const from = verb && verb.first <= first ? verb.first : c.first;
  for (let k = from; k <= last; k++) if (NEGATORS.has(tokens[k].norm)) return true;
  return false;
}

/** The clause whose subject a clause speaks of: its own, or the one it inherits from. */
function subjectClause(a: SentenceAssertions, c: Clause): Clause {
  let at = c;
  for (let guard = 0; guard < 4 && !at.subject && at.inheritsFrom !== undefined; guard++) at = a.clauses[at.inheritsFrom];
  return at;
}

/** A word names a medicine by its generic-name ending ("finasteride", "sertraline"). */
const drugName = (norm: string) => norm.length > 6 && DRUG_STEMS.some((x) => norm.endsWith(x));

/** The kind of the noun phrase that starts at word k (determiners and adjectives, then nouns). */
function phraseKindAt(a: SentenceAssertions, k: number): { kind: SubjectKind; head: number } | undefined {
  const w = a.words;
  let head = k;
  while (head < w.length && head - k < 5 && !(w[head].tag === 'NOUN' || w[head].tag === 'PROPN')) {
    if (!['DET', 'ADJ', 'NUM', 'ADV'].includes(w[head].tag)) return undefined;
    head++;
  }
  if (head >= w.length || head - k >= 5) return undefined;
  while (head + 1 < w.length && (w[head + 1].tag === 'NOUN' || w[head + 1].tag === 'PROPN') && head - k < 5) head++;
  const kind = subjectKindOf(w, { first: k, last: head, head });
  const other = kind === 'treatment' && w.slice(k, head).some((x) => OTHER_MODIFIERS.has(x.norm));
  return { kind: other ? 'comparator' : kind, head };
}

/** A subject phrase names something other than the article's treatment. */
function otherSubject(a: SentenceAssertions, tokens: readonly Token[], sc: Clause, ctx: Context, allowCondition: boolean): boolean {
  const subject = sc.subject!;
  const headNorm = tokens[subject.head]?.norm ?? '';
  const startIdx = a.words[subject.first].tag === 'DET' && subject.first < subject.last ? subject.first + 1 : subject.first;
  // "Low testosterone", "untreated depression": the condition, even when it names the therapy's substance.
  if (!allowCondition && CONDITION_MODIFIERS.has(tokens[startIdx].norm) && startIdx < subject.last && !NOT_CONDITIONS.has(tokens[startIdx + 1].norm)) return true;
  const start = tokens[subject.first].start;
  const end = tokens[subject.last].end;
  if (overlapsAny(ctx.own, start, end)) return false;
  if (overlapsAny(ctx.others, start, end)) return true;
  if (AGENTS.has(headNorm)) return false;
  // "Psychedelic drugs can raise blood pressure", "these drugs", "each prescription": a treatment
  // noun is another treatment only when a word says so ("other medications", "opioid painkillers").
  const modifiers = a.words.slice(subject.first, subject.head).map((w) => w.norm);
  if (OWN_NOUNS.has(headNorm) && !modifiers.some((m) => OTHER_MODIFIERS.has(m) || COMPARATOR_MODIFIERS.has(m))) return false;
  if (sc.subjectKind === 'comparator' || (!allowCondition && (sc.subjectKind === 'condition' || sc.subjectKind === 'complaint'))) return true;
  return drugName(headNorm);
}

/**
 * Whether the clause of a match is about something other than the article's therapy: its
 * subject is a comparator, the condition ("depression affects everyone differently") or another
 * therapy; the match is said of a comparator ("respond to antidepressants"); or it stands after
 * "unlike". A match that is itself the subject ("nausea is common") is the topic, and one that
 * names the therapy ("the risk of misusing Spravato") is the therapy's.
 */
export function aboutOther(a: SentenceAssertions, tokens: readonly Token[], first: number, last: number, ctx: Context, allowCondition: boolean): boolean {
  const namesOwn = overlapsAny(ctx.own, tokens[first].start, tokens[Math.min(last + 2, tokens.length - 1)].end);
  const c = clauseAt(a, first);
  if (c && !namesOwn) {
    // A relative clause is also about its antecedent's clause ("finasteride is not suitable for
    // women who may become pregnant").
    const clauses = c.kind === 'relative' && c.inheritsFrom !== undefined ? [subjectClause(a, c), subjectClause(a, a.clauses[c.inheritsFrom])] : [subjectClause(a, c)];
    for (const sc of clauses) {
      const subject = sc.subject;
      if (subject && !(subject.first <= last && first <= subject.last) && otherSubject(a, tokens, sc, ctx, allowCondition)) return true;
    }
  }
  // "Some people respond to antidepressants (and others don't)", "the evidence for SSRIs": said of
  // another treatment. Not for contraindications: interactions are with other medicines.
  const index = c ? a.clauses.indexOf(c) : -1;
  const from = c && c.kind === 'coordinate' && index > 0 ? a.clauses[index - 1].first : first;
  for (let k = from; !allowCondition && k <= Math.min(last + 1, tokens.length - 2); k++) {
    if (!OBJECT_PREPOSITIONS.has(tokens[k].norm)) continue;
    const np = phraseKindAt(a, k + 1);
    if (!np || overlapsAny(ctx.own, tokens[k + 1].start, tokens[np.head].end)) continue;
    if (np.kind === 'comparator' || drugName(tokens[np.head].norm) || overlapsAny(ctx.others, tokens[k + 1].start, tokens[np.head].end)) return true;
  }
  // "Unlike antidepressants, ...": a foil word before the match with no verb in between.
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    if (a.words[k].tag === 'VERB' || a.words[k].tag === 'AUX' || a.words[k].tag === 'MODAL') break;
    if (FOILS.has(tokens[k].norm)) return true;
  }
  return false;
}
