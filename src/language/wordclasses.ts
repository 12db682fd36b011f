// WordNet's word classes (bundled at build time, see scripts/wordnet-classes.mjs): which words can
// be nouns, verbs, adjectives and adverbs, and what kind of thing a noun's most frequent sense
// names. An inflected word is found by taking its endings off
// (and through english.yaml's irregular forms), and each answer is cached per word.

import data from 'fairbalance:word-classes';
import { english } from '../knowledge/english.js';
import type { VerbForm } from './types.js';
import { SortedWords, inSortedList, markInSortedList } from '../core/sorted-words.js';

/** The kind of thing a noun names: a body part, a condition, a person, an abstraction, or a thing (which can be a treatment). */
export type NounKind = 'body' | 'state' | 'person' | 'abstract' | 'thing';

// Each class is one sorted, space-separated string (scripts/wordnet-classes.mjs sorts them),
// searched in place: no sets of a hundred thousand lemmas to build in every process and thread.
const adjectives = new SortedWords(data.adjectives);
const adverbs = new SortedWords(data.adverbs);
const changeVerbs = new SortedWords(data.changeVerbs);
const intransitiveVerbs = new SortedWords(data.intransitiveVerbs);

let irregular: Map<string, [string, VerbForm]> | undefined;

/** Past forms, participles and third persons of english.yaml's irregular verbs -> base and form. */
function irregularVerbs(): Map<string, [string, VerbForm]> {
  if (!irregular) {
    irregular = new Map();
    for (const [base, past, participle, third] of english.irregularVerbs) {
      irregular.set(past, [base, 'past']);
      if (participle !== past) irregular.set(participle, [base, 'participle']);
      if (third) irregular.set(third, [base, 'third']);
    }
  }
  return irregular;
}

/** The kind of a noun lemma (each lemma is filed under one kind). */
const KINDS: Record<string, NounKind> = { B: 'body', S: 'state', P: 'person', A: 'abstract', T: 'thing' };
const kindOfLemma = (lemma: string): NounKind | undefined => {
  const mark = markInSortedList(data.nounKinds, lemma);
  return mark === undefined ? undefined : KINDS[mark];
};

/** Candidate lemmas of a verb form, with the form each ending makes. */
function verbCandidates(w: string): [string, VerbForm][] {
  const out: [string, VerbForm][] = [[w, 'base']];
  if (w.endsWith('ies')) out.push([`${w.slice(0, -3)}y`, 'third']);
  if (w.endsWith('es')) out.push([w.slice(0, -2), 'third']);
  if (w.endsWith('s') && !w.endsWith('ss')) out.push([w.slice(0, -1), 'third']);
  if (w.endsWith('ied')) out.push([`${w.slice(0, -3)}y`, 'past']);
  if (w.endsWith('ed')) {
    out.push([w.slice(0, -2), 'past'], [w.slice(0, -1), 'past']);
    if (w.length > 5 && w.at(-3) === w.at(-4)) out.push([w.slice(0, -3), 'past']);
  }
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    out.push([stem, 'gerund'], [`${stem}e`, 'gerund']);
    if (stem.at(-1) === stem.at(-2)) out.push([stem.slice(0, -1), 'gerund']);
    if (stem.endsWith('y')) out.push([`${stem.slice(0, -1)}ie`, 'gerund']);
  }
  return out;
}

const verbCache = new Map<string, { lemma: string; form: VerbForm; common: boolean } | null>();
const nounCache = new Map<string, NounKind | null>();
const CACHE_LIMIT = 50000;

/** The verb lemma and form of a word, if WordNet has it as a verb; `common` when the verb is attested. */
export function wordnetVerb(norm: string): { lemma: string; form: VerbForm; common: boolean } | undefined {
  let hit = verbCache.get(norm);
  if (hit === undefined) {
    const irregular = irregularVerbs().get(norm);
    // British -ise spellings are found under WordNet's -ize ("neutralises" -> "neutralize").
    const candidates = verbCandidates(norm).flatMap(([lemma, form]): [string, VerbForm][] => (/ise$/.test(lemma) ? [[lemma, form], [lemma.replace(/ise$/, 'ize'), form]] : [[lemma, form]]));
    const found = irregular ? [irregular] : candidates.filter(([lemma]) => lemma.length > 1 && inSortedList(data.verbs, lemma));
    hit = found.length ? { lemma: found[0][0], form: found[0][1], common: inSortedList(data.commonVerbs, found[0][0]) } : null;
    if (verbCache.size >= CACHE_LIMIT) verbCache.clear();
    verbCache.set(norm, hit);
  }
  return hit ?? undefined;
}

/** What kind of thing a noun names (undefined: WordNet does not know it as a noun). */
export function nounKind(norm: string): NounKind | undefined {
  let hit = nounCache.get(norm);
  if (hit === undefined) {
    const singular = english.irregularNouns[norm];
    hit =
      kindOfLemma(norm) ??
      (singular ? kindOfLemma(singular) : undefined) ??
      (norm.endsWith('ies') ? kindOfLemma(`${norm.slice(0, -3)}y`) : undefined) ??
      (norm.endsWith('es') ? kindOfLemma(norm.slice(0, -2)) : undefined) ??
      (norm.endsWith('s') && !norm.endsWith('ss') ? kindOfLemma(norm.slice(0, -1)) : undefined) ??
      // Latin and Greek plurals: "mitochondria", "bacteria", "vertebrae", "fungi", "cortices".
      (norm.endsWith('ae') ? kindOfLemma(norm.slice(0, -1)) : undefined) ??
      (norm.endsWith('a') && norm.length > 4 ? kindOfLemma(`${norm.slice(0, -1)}on`) ?? kindOfLemma(`${norm.slice(0, -1)}um`) : undefined) ??
      (norm.endsWith('i') && norm.length > 4 ? kindOfLemma(`${norm.slice(0, -1)}us`) : undefined) ??
      (norm.endsWith('ices') ? kindOfLemma(`${norm.slice(0, -4)}ex`) ?? kindOfLemma(`${norm.slice(0, -4)}ix`) : undefined) ??
      null;
    if (nounCache.size >= CACHE_LIMIT) nounCache.clear();
    nounCache.set(norm, hit);
  }
  return hit ?? undefined;
}

export const wordnetAdjective = (norm: string) => adjectives.has(norm);

/** The adjective a comparative is formed from ("smoother" -> "smooth", "healthier" -> "healthy"), if any. */
export function comparativeOf(norm: string): string | undefined {
  if (!/er$/.test(norm) || norm.length < 5) return undefined;
  const stems = [norm.slice(0, -2), norm.slice(0, -1), norm.replace(/ier$/, 'y'), norm.replace(/(.)\1er$/, '$1')];
  return stems.find((s) => s !== norm && wordnetAdjective(s));
}
/** The adjective a superlative is formed from ("deepest" -> "deep", "best" -> "good"), if any. */
export function superlativeOf(norm: string): string | undefined {
  if (norm === 'best') return 'good';
  if (!/est$/.test(norm) || norm.length < 6) return undefined;
  const stems = [norm.slice(0, -3), norm.slice(0, -2), norm.replace(/iest$/, 'y'), norm.replace(/(.)\1est$/, '$1')];
  return stems.find((s) => s !== norm && wordnetAdjective(s));
}
export const wordnetAdverb = (norm: string) => adverbs.has(norm);

/** A verb with one of its two most frequent senses one of change or of the body ("regrow", "soften", "purge"). */
export const isChangeVerb = (lemma: string) => changeVerbs.has(lemma);

/** A verb that can go without an object in some sense ("work", "heal"; not "overwhelm", "amaze"). */
export const isIntransitiveVerb = (lemma: string) => intransitiveVerbs.has(lemma);
