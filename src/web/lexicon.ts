// The term lexicon in the browser: built from the bytes the extension read from its own
// dist/lexicon.bin and dist/lexicon.json (src/node/lexicon.ts reads the same files under Node).

import { MissingResource, type Resources } from '../core/resources.js';
import { LEXICON_RESOURCE, Lexicon } from '../terms/lexicon.js';
import type { LexiconMessage } from '../server/protocol.js';

/** The resources for lint(): the lexicon, or the MissingResource saying why there is none. */
export function lexiconResources(message: LexiconMessage): Resources {
  let lexicon: Lexicon | MissingResource;
  if (!message.trie || message.terms === undefined) {
    lexicon = new MissingResource(LEXICON_RESOURCE, message.error ?? 'the extension sent no lexicon');
  } else {
    try {
      lexicon = Lexicon.fromBytes(message.trie, message.terms);
    } catch (e) {
      lexicon = new MissingResource(LEXICON_RESOURCE, `cannot read the lexicon (${(e as Error).message})`);
    }
  }
  return { lexicon };
}
