// The built-in registry: every rule, the config sections knowledge contributes, and what the
// analyses add to each document's summary.

import type { Registry } from '../core/registry.js';
import { rules } from '../rules/index.js';
import { knowledgeSections } from '../knowledge/sections.js';
import { readabilitySummary } from '../plain/summary.js';

export const builtInRegistry: Registry = { rules, sections: knowledgeSections, summaries: [readabilitySummary] };
