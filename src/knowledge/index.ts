// The built-in knowledge, bundled from YAML at build time: one typed view per file, owned by the
// module that reads it. Rules import what they need; this object is what the Node API exposes and
// what rules get as `context.knowledge`. Users extend it from their config file (core/config.ts).

import { claimKnowledge, type ClaimPhrase } from './claims.js';
import { builtInTherapies, type Therapy } from './therapies.js';
import { caveats } from './caveats.js';

export type { Therapy, ClaimPhrase };

export interface Knowledge {
  claims: typeof claimKnowledge;
  therapies: Therapy[];
  caveats: typeof caveats;
}

export const knowledge: Knowledge = { claims: claimKnowledge, therapies: builtInTherapies, caveats };
