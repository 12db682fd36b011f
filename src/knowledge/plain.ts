// Plain-language knowledge (plain.yaml), typed: medical words with plainer alternatives and how
// each swaps, the acronyms readers know, what others stand for, and the grammar words the
// plain-* rules need to keep a fix grammatical.

import plainData from './plain.yaml';
import { termKnowledge } from './terms.js';

/** How an entry's plain word stands in for it (see plain.yaml). */
export type SwapKind = 'noun' | 'mass' | 'adjective' | 'adverb' | 'verb' | 'none';

export interface JargonEntry {
  term: string;
  plain: string;
  swap?: SwapKind;
  /** [the term's plural, the plain word's plural] for a noun, when adding -s is wrong. */
  plural?: [string, string];
  /** A verb's forms that swap whatever stands before them. */
  forms?: Record<string, string>;
  /** A verb's participles: they swap only after is, has, been, ... */
  participle?: Record<string, string>;
  /** A noun that is an adjective too: swaps only before a grammar word or punctuation. */
  alsoAdjective?: boolean;
  except?: string[];
}

/** One written form of a jargon entry and the words that replace it (none: no one-for-one swap). */
export interface JargonForm {
  form: string;
  plain: string;
  /** The replacement for a one-for-one swap; undefined when the writer must reword. */
  swap?: string;
  kind: SwapKind;
  /** Swaps only after an auxiliary (a participle). */
  afterAuxiliary?: boolean;
  entry: JargonEntry;
}

export interface PlainKnowledge {
  jargon: JargonEntry[];
  commonAcronyms: string[];
  credentials: string[];
  expansions: Record<string, string>;
  grammar: {
    nounFollowers: string[];
    auxiliaries: string[];
    definedAfter: string[];
    definedBefore: string[];
    acronymDefinedAfter: string[];
    acronymSkips: string[];
  };
}

const raw = plainData as Partial<PlainKnowledge>;

export const plainKnowledge: PlainKnowledge = {
  jargon: raw.jargon ?? [],
  commonAcronyms: raw.commonAcronyms ?? [],
  credentials: raw.credentials ?? [],
  expansions: raw.expansions ?? {},
  grammar: { nounFollowers: [], auxiliaries: [], definedAfter: [], definedBefore: [], acronymDefinedAfter: [], acronymSkips: [], ...raw.grammar },
};

/** An English plural good enough for the nouns of plain.yaml (an entry states any other). */
function plural(phrase: string): string {
  if (/[^aeiou]y$/.test(phrase)) return phrase.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(phrase)) return phrase + 'es';
  return phrase + 's';
}

/** Every written form of an entry with the words that replace it. */
function formsOf(entry: JargonEntry): JargonForm[] {
  const kind = entry.swap ?? 'none';
  const make = (form: string, swap: string | undefined, afterAuxiliary = false): JargonForm => ({ form, plain: entry.plain, swap, kind, entry, ...(afterAuxiliary ? { afterAuxiliary } : {}) });
  switch (kind) {
    case 'noun': {
      const [termPlural, plainPlural] = entry.plural ?? [plural(entry.term), plural(entry.plain)];
      return [make(entry.term, entry.plain), make(termPlural, plainPlural)];
    }
    case 'verb':
      return [
        ...Object.entries(entry.forms ?? {}).map(([form, swap]) => make(form, swap)),
        ...Object.entries(entry.participle ?? {}).map(([form, swap]) => make(form, swap, true)),
      ];
    case 'none':
      return [make(entry.term, undefined)];
    default:
      return [make(entry.term, entry.plain)];
  }
}

let forms: JargonForm[] | undefined;
/** Every jargon form of plain.yaml (built once). */
export function jargonForms(): JargonForm[] {
  return (forms ??= plainKnowledge.jargon.flatMap(formsOf));
}

/** What an acronym stands for, from plain.yaml or the condition names of terms.yaml. */
export function acronymExpansion(acronym: string): string | undefined {
  const { expansions } = plainKnowledge;
  if (Object.hasOwn(expansions, acronym)) return expansions[acronym];
  return Object.hasOwn(termKnowledge.acronyms, acronym) ? termKnowledge.acronyms[acronym] : undefined;
}
