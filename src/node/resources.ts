// The built-in resources for Node.

import type { Resources } from '../core/registry.js';

/** The resources the built-in rules read. */
export function builtInResources(): Resources {
  return {};
}
