// English grammar data (english.yaml), typed.

import data from './english.yaml';

export interface EnglishData {
  determiners: string[];
  pronouns: string[];
  modals: string[];
  auxiliaries: string[];
  copulas: string[];
  prepositions: string[];
  coordinators: string[];
  subordinators: string[];
  relativizers: string[];
  wh: string[];
  negators: string[];
  numbers: string[];
  adverbs: string[];
  /** Verbs that open a call to action ("Book ...", "Try ..."). */
  imperatives: string[];
  /** [base, past, participle, third person?] */
  irregularVerbs: string[][];
  /** plural -> singular */
  irregularNouns: Record<string, string>;
  /** comparative or superlative -> base */
  irregularAdjectives: Record<string, string>;
}

export const english = data as EnglishData;
