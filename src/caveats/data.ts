// The caveat data (src/knowledge/caveats.yaml), typed.

import caveatsData from '../knowledge/caveats.yaml';
import type { Source, TopicTemplate } from '../knowledge/therapies.js';
import type { TopicId } from '../knowledge/topics.js';

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

interface CaveatsData {
  /** Word lists that patterns name as {name}. */
  lists: Record<string, string>;
  topics: Record<TopicId, TopicData>;
  generic: Record<TopicId, TopicTemplate>;
  mentalHealth: { minSentences: number; urgent: string[]; terms: string[] };
  crisisLines: Record<string, CrisisLine>;
  trailing: string[];
}

export const caveats = caveatsData as CaveatsData;

/** A pattern with each {name} replaced by its word list ("expect ... {reaction}"). */
export function expandLists(pattern: string): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => caveats.lists?.[name] ?? whole);
}

export function crisisLineFor(region: string | undefined): CrisisLine {
  return caveats.crisisLines[region ?? 'US'] ?? caveats.crisisLines.default;
}
