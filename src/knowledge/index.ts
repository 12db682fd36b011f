// The built-in knowledge, bundled from YAML at build time: one typed view per file, owned by the
// module that reads it. Analyses import what they need; this object is what the Node API exposes.
// Users extend it from their config file through the sections in sections.ts.

import { claimKnowledge, type ClaimPhrase } from './claims.js';
import { builtInTherapies, type Therapy } from './therapies.js';
import { caveats } from './caveats.js';
import { termKnowledge } from './terms.js';

export type { Therapy, ClaimPhrase };

export interface Knowledge {
  claims: typeof claimKnowledge;
  therapies: Therapy[];
  caveats: typeof caveats;
  terms: typeof termKnowledge;
}

export const knowledge: Knowledge = { claims: claimKnowledge, therapies: builtInTherapies, caveats, terms: termKnowledge };
