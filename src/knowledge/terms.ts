// Term knowledge (terms.yaml), typed: the words, slips and garbled-term cues the term analyses
// read. The lexicon built from it and the dictionaries (dist/lexicon.*) is a resource, not this.

import termsData from './terms.yaml';

export interface Confusable {
  /** Phrase pattern (src/core/phrases.ts) that finds the slip in its medical context. */
  pattern: string;
  /** The token starting with this is the wrong word ... */
  wrong: string;
  /** ... and this replaces that start. */
  right: string;
}

export interface TermKnowledge {
  /** Medical words the dictionaries lack (used by the lexicon build). */
  words: string[];
  /** Well-known misspelling -> the word meant. */
  misspellings: Record<string, string>;
  confusables: Confusable[];
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
}

const raw = termsData as Partial<TermKnowledge>;

export const termKnowledge: TermKnowledge = {
  words: raw.words ?? [],
  misspellings: raw.misspellings ?? {},
  confusables: raw.confusables ?? [],
  acronyms: raw.acronyms ?? {},
  diseaseAdjectives: raw.diseaseAdjectives ?? [],
  knownCompounds: raw.knownCompounds ?? [],
  sideEffectCues: raw.sideEffectCues ?? [],
  peopleAdjectives: raw.peopleAdjectives ?? [],
  drugNouns: raw.drugNouns ?? [],
  conditionFrames: raw.conditionFrames ?? [],
  conditionSwaps: raw.conditionSwaps ?? {},
};
