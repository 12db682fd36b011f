// The built-in registry: every rule, and the config sections knowledge contributes.

import type { Registry } from '../core/registry.js';
import { rules } from '../rules/index.js';
import { knowledgeSections } from '../knowledge/sections.js';

export const builtInRegistry: Registry = { rules, sections: knowledgeSections };
