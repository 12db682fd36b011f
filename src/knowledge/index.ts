// The built-in knowledge, bundled from YAML at build time. Rules read it; users extend it from
// their config file (see core/config.ts).

import { claimKnowledge, type ClaimPhrase } from './claims.js';
import { builtInTherapies, type Therapy } from './therapies.js';
import caveatsData from './caveats.yaml';
import type { TopicId } from './topics.js';

export type { Therapy, ClaimPhrase };

export interface CaveatTopic {
  phrases: string[];
  [key: string]: unknown;
}

export interface Knowledge {
  claims: ClaimPhrase[];
  therapies: Therapy[];
  topics: Partial<Record<TopicId, CaveatTopic>>;
}

export const knowledge: Knowledge = {
  claims: claimKnowledge.phrases,
  therapies: builtInTherapies,
  topics: (caveatsData as { topics: Knowledge['topics'] }).topics,
};
