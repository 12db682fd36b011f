// Caveat knowledge (caveats.yaml), typed: what shows each safety topic is present, why it is
// needed, the generic template sentences and the crisis lines by region.

import caveatsData from './caveats.yaml';
import type { Source, TopicTemplate } from './therapies.js';
import type { TopicId } from './topics.js';

export interface TopicData {
  severity: 'error' | 'warning';
  message: string;
  phrases: string[];
  denials: string[];
}

export interface CrisisLine {
  text: string;
  /** For messages: "the 988 Suicide & Crisis Lifeline; 911". */
  short: string;
  sources: Source[];
}

export interface CaveatKnowledge {
  /** Word lists that patterns name as {name}. */
  lists: Record<string, string>;
  topics: Record<TopicId, TopicData>;
  generic: Record<TopicId, TopicTemplate>;
  mentalHealth: { minSentences: number; urgent: string[]; terms: string[] };
  crisisLines: Record<string, CrisisLine>;
  trailing: string[];
}

export const caveats = caveatsData as CaveatKnowledge;

/** A pattern with each {name} replaced by its word list ("expect ... {reaction}"). */
export function expandLists(pattern: string): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => caveats.lists?.[name] ?? whole);
}

export function crisisLineFor(region: string | undefined): CrisisLine {
  return caveats.crisisLines[region ?? 'US'] ?? caveats.crisisLines.default;
}
