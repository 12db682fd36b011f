// Caveat knowledge (caveats.yaml), typed: what shows each safety topic is present, why it is
// needed, the generic template sentences and the crisis lines by region.

import caveatsData from './caveats.yaml';
import type { Source, TopicTemplate } from './therapies.js';
import type { TopicId } from './topics.js';

/**
 * A phrase of a topic. `context`: it counts only in a sentence about the treatment (a mention, or
 * a word of `treatmentContext`); `verb`: its first word must be the clause's verb; `prohibition`:
 * the sentence must also say "not", "never" or "avoid".
 */
export type TopicPhrase = string | { pattern: string; context?: boolean; verb?: boolean; prohibition?: boolean };

export interface TopicData {
  severity: 'error' | 'warning';
  message: string;
  phrases: TopicPhrase[];
  denials: string[];
  /** Matches inside an "if", "unless" or "whether" clause about the reader do not count ("if you have headaches"). */
  notConditional?: boolean;
  /** Matches inside a relative clause about people do not count ("patients who have not responded to ..."). */
  notRelative?: boolean;
  /** The topic is about the reader, not the therapy: no check of whose clause it is (crisis lines). */
  anySubject?: boolean;
  /** A subject that names people with a condition discloses the topic ("people with heart disease should not ..."). */
  anyCondition?: boolean;
}

export interface CrisisLine {
  text: string;
  /** For messages: "the 988 Suicide & Crisis Lifeline; 911". */
  short: string;
  sources: Source[];
}

export interface CaveatKnowledge {
  /** Word lists that patterns name as {name}; an entry may be several words ("blood pressure"). */
  lists: Record<string, string>;
  /** Words that make a clause a denial ("no", "never", "without"); a pattern that has one is a negative disclosure ("do not drive"). */
  negators: string[];
  /** Words that open a phrase about another treatment ("unlike", "compared with"). */
  foils: string[];
  /** Words that make the subject a condition rather than the therapy ("low testosterone"). */
  conditionModifiers: string[];
  /** Words that put a sentence about the treatment ("after", "session", "dose"). */
  treatmentContext: string[];
  /** Words after a condition modifier that make it a way of giving the treatment ("low-dose"). */
  notConditions: string[];
  /** Subject heads that are a treatment's physical agent ("the cold", "the needles"). */
  agents: string[];
  /** Words before a treatment noun that make it another treatment ("normal treatment"). */
  otherModifiers: string[];
  /** Nouns that, as a subject with a determiner, are the article's own treatment ("each prescription"). */
  ownNouns: string[];
  topics: Record<TopicId, TopicData>;
  generic: Record<TopicId, TopicTemplate>;
  /** Generic templates that differ for readers in a region (config `region`). */
  genericRegions?: Partial<Record<string, Partial<Record<TopicId, TopicTemplate>>>>;
  /** What the fix adds for a treatment the knowledge does not list: a note to the writer per topic. */
  writerNotes: Partial<Record<TopicId, string>>;
  mentalHealth: { minSentences: number; urgent: string[]; terms: string[] };
  crisisLines: Record<string, CrisisLine>;
  trailing: string[];
}

export const caveats = caveatsData as CaveatKnowledge;

/** The word a list's entries of several words stand for in compiled patterns ("blood pressure"). */
export const listPlaceholder = (name: string) => `zz${name.toLowerCase()}zz`;

/** The entries of a word list ({name}), split into single words and phrases of several words. */
export function listEntries(name: string): { single: string[]; multi: string[] } | undefined {
  const list = caveats.lists?.[name];
  if (list === undefined) return undefined;
  const entries = list.split('|').map((e) => e.trim()).filter(Boolean);
  return { single: entries.filter((e) => !/\s/.test(e)), multi: entries.filter((e) => /\s/.test(e)) };
}

/**
 * A pattern with each {name} replaced by its word list ("expect ... {reaction}"). An alternative is
 * one word, so a list's entries of several words are one placeholder word: the detector first
 * turns such a phrase in the text into that word (`listPlaceholder`), so a pattern stays one
 * pattern however many phrases its lists hold.
 */
export function expandLists(pattern: string): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const entries = listEntries(name);
    if (!entries) return whole;
    return [...entries.single, ...(entries.multi.length ? [`=${listPlaceholder(name)}`] : [])].join('|');
  });
}

export function crisisLineFor(region: string | undefined): CrisisLine {
  return caveats.crisisLines[region ?? 'US'] ?? caveats.crisisLines.default;
}

/** The generic template for a topic, in the region's terms where it has its own. */
export function genericTemplate(topic: TopicId, region: string | undefined): TopicTemplate | undefined {
  return (region ? caveats.genericRegions?.[region]?.[topic] : undefined) ?? caveats.generic[topic];
}
