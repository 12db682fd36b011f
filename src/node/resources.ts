// The built-in resources for Node: the term lexicon, read from disk the first time a rule asks
// for it (a lint with the term rules off never loads it).

import type { Resources } from '../core/resources.js';
import { nodeLexicon } from './lexicon.js';

/** The resources the built-in rules read. */
export function builtInResources(): Resources {
  return {
    get lexicon() {
      return nodeLexicon();
    },
  };
}
