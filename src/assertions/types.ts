// The clause model: what one clause of a sentence asserts, as structure rather than wording.

import type { Word } from '../language/tag.js';

/** RUBRIC section 1's classes of claim. */
export type ClaimClass = 'efficacy' | 'safety' | 'comparison' | 'speed' | 'permanence' | 'universality' | 'statistic' | 'standing' | 'regulatory';

/** Word indices [first, last] within the sentence. */
export interface WordSpan {
  first: number;
  last: number;
}

/** What the subject's head is, as far as the sentence alone tells. */
export type SubjectKind =
  /** A treatment noun ("the therapy", "this drip", "our protocol"). */
  | 'treatment'
  /** A pronoun that can refer back to a treatment ("it", "they", "this"). */
  | 'anaphor'
  /** What a treatment brings about ("the results", "relief"). */
  | 'outcome'
  /** People who undergo it ("patients", "you", "most people"). */
  | 'experiencer'
  /** A risk ("side effects", "the risk of addiction", "downtime"). */
  | 'risk'
  /** Another treatment ("opioids", "other medications"). */
  | 'comparator'
  /** What a treatment acts against ("the pain", "your migraines", "symptoms"). */
  | 'complaint'
  /** "There is/are ..." */
  | 'existential'
  /** The clinic or its staff ("we", "our team"): what they do is the treatment they give. */
  | 'provider'
  /** A name or a noun the vocabulary does not know: a therapy's name if the article's mentions say so. */
  | 'name'
  /** A body part or system ("the brain", "your liver"), a condition WordNet knows ("sciatica"), a person ("doctors"), an abstraction: not a treatment. */
  | 'body'
  | 'condition'
  | 'person'
  | 'other'
  /** No subject of its own: a participle or imperative clause, or a fragment. */
  | 'none';

export type ClauseKind = 'main' | 'coordinate' | 'subordinate' | 'relative' | 'participle' | 'complement' | 'embedded' | 'purpose' | 'fragment';

export interface VerbGroup extends WordSpan {
  /** Index of the main verb (or the copula). */
  head: number;
  lemma: string;
  modals: string[];
  negated: boolean;
  passive: boolean;
  copula: boolean;
  /** The verb group reports a finding from a vague source: "has been shown to", "is proven to". */
  vagueSource: boolean;
  /** "is thought to", "appears to", "is designed to": the rest is not asserted. */
  belief: boolean;
  /** The particle of a phrasal verb ("away" in "melts away"). */
  particle?: string;
}

export interface Clause extends WordSpan {
  kind: ClauseKind;
  /** The word that opened a subordinate, relative or embedded clause ("if", "which", "how"). */
  opener?: string;
  subject?: WordSpan & { head: number };
  subjectKind: SubjectKind;
  /** Index of the clause whose subject this one shares (participles, coordinated verbs, relatives' antecedent). */
  inheritsFrom?: number;
  /** The main verb group. */
  verb?: VerbGroup;
  /** Every verb group of the clause, the main one first: coordinated verbs share its subject ("stimulates X and reduces Y"). */
  verbs: VerbGroup[];
  /** An opening purpose or wish that the next clause offers the treatment for ("To ease the pain, | book a session"). */
  goal?: boolean;
}

/** One assertion of a class that a clause makes, before the article's context judges it. */
export interface Candidate {
  cls: ClaimClass;
  clause: number;
  /** The words that carry it (for the finding's range). */
  span: WordSpan;
  /** A subtype for messages and fixes ("no-side-effects", "superlative", "vague-source"). */
  detail: string;
  /** An absolute word stands in it ("cure", "everyone", "guaranteed"): a modal does not hedge it. */
  absolute: boolean;
  /** Needs the clause's subject to be the article's therapy (or its reference) to count. */
  needsTherapy: boolean;
  /** Counts only when the sentence names a therapy (a heading "Effective treatments" names none). */
  needsMention?: boolean;
}

/** Everything one sentence asserts, computed once per distinct sentence text. */
export interface SentenceAssertions {
  words: Word[];
  clauses: Clause[];
  candidates: Candidate[];
  /** The sentence is a question: it asserts nothing. */
  question: boolean;
  /** Modality of each clause: 'asserted', 'hedged' (may, might, some), 'weak' (can), 'unasserted' (if, how, purpose, belief). */
  modality: ('asserted' | 'hedged' | 'weak' | 'unasserted')[];
  /** Only the sentence's first words were read: the document's time budget ran out inside it. */
  partial?: boolean;
}
