// Term knowledge (terms.yaml), typed: the words, slips and garbled-term cues the term analyses
// read. The lexicon built from it and the dictionaries (dist/lexicon.*) is a resource, not this.

import termsData from './terms.yaml';

/** Two real words a writer confuses, and the words near each that tell them apart. */
export interface Confusion {
  words: [string, string];
  /** Cue stems of each word, in the order of `words`; none: decided by expressions alone. */
  cues?: [string[], string[]];
}

export interface TermKnowledge {
  /** Medical words the dictionaries lack (used by the lexicon build). */
  words: string[];
  /** Well-known misspelling -> the word meant. */
  misspellings: Record<string, string>;
  confusions: Confusion[];
  /** Acronym -> the condition it names. */
  acronyms: Record<string, string>;
  diseaseAdjectives: string[];
  /** Real two-word terms led by a disease adjective ("diabetic retinopathy"). */
  knownCompounds: string[];
  /** Words that introduce a list of side effects. */
  sideEffectCues: string[];
  /** Adjectives for people that a spinner puts before a medicine. */
  peopleAdjectives: string[];
  drugNouns: string[];
  /** Words before a one-word condition that make its frame medical ("treat", "symptoms"). */
  conditionFrames: string[];
  /** One-word condition -> plain words a spinner puts for it. */
  conditionSwaps: Record<string, string[]>;
  /** Function words of other languages that are no English words. */
  foreignFunctionWords: string[];
}

const raw = termsData as Partial<TermKnowledge>;

export const termKnowledge: TermKnowledge = {
  words: raw.words ?? [],
  misspellings: raw.misspellings ?? {},
  confusions: raw.confusions ?? [],
  acronyms: raw.acronyms ?? {},
  diseaseAdjectives: raw.diseaseAdjectives ?? [],
  knownCompounds: raw.knownCompounds ?? [],
  sideEffectCues: raw.sideEffectCues ?? [],
  peopleAdjectives: raw.peopleAdjectives ?? [],
  drugNouns: raw.drugNouns ?? [],
  conditionFrames: raw.conditionFrames ?? [],
  conditionSwaps: raw.conditionSwaps ?? {},
  foreignFunctionWords: raw.foreignFunctionWords ?? [],
};
