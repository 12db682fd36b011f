// Loads the term lexicon (dist/lexicon.bin and dist/lexicon.json) once per process, on first use:
// from beside the bundle (dist/), or for the bundled unit tests (.test-dist/) from the repository's
// dist/ above it; FAIRBALANCE_LEXICON_DIR overrides both. A lexicon that cannot be found or read
// becomes a MissingResource, so the term rules report it once and the other rules still run.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MissingResource } from '../core/resources.js';
import { LEXICON_RESOURCE, Lexicon } from '../terms/lexicon.js';

function lexiconDir(): string {
  const fromEnv = process.env.FAIRBALANCE_LEXICON_DIR;
  if (fromEnv) return fromEnv;
  if (existsSync(join(__dirname, 'lexicon.bin'))) return __dirname;
  for (let dir = __dirname, i = 0; i < 5; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'dist', 'lexicon.bin'))) return join(dir, 'dist');
  }
  throw new MissingResource(LEXICON_RESOURCE, `dist/lexicon.bin not found from ${__dirname} (run npm run build, or set FAIRBALANCE_LEXICON_DIR)`);
}

/** Reads the lexicon files in `dir`; throws MissingResource when they cannot be read. */
export function readLexicon(dir: string): Lexicon {
  try {
    return Lexicon.fromBytes(readFileSync(join(dir, 'lexicon.bin')), readFileSync(join(dir, 'lexicon.json'), 'utf8'));
  } catch (e) {
    throw new MissingResource(LEXICON_RESOURCE, `cannot read the lexicon in ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

let loaded: Lexicon | MissingResource | undefined;

/**
 * The lexicon's bytes in memory that threads can share (the trie is used straight from them):
 * read once by the CLI's main thread and handed to its workers, so that each does not read and
 * hold its own 7 MB copy. Undefined when the lexicon cannot be read (each thread then reports it).
 */
export function sharedLexiconBytes(): { trie: SharedArrayBuffer; json: string } | undefined {
  try {
    const dir = lexiconDir();
    const bytes = readFileSync(join(dir, 'lexicon.bin'));
    const trie = new SharedArrayBuffer(bytes.length);
    new Uint8Array(trie).set(bytes);
    return { trie, json: readFileSync(join(dir, 'lexicon.json'), 'utf8') };
  } catch {
    return undefined;
  }
}

/** Uses bytes from sharedLexiconBytes() as this thread's lexicon (a worker's, instead of reading the files). */
export function useSharedLexicon(shared: { trie: SharedArrayBuffer; json: string }): void {
  loaded = Lexicon.fromBytes(new Uint8Array(shared.trie), shared.json);
}

/** The lexicon, or the MissingResource saying why there is none (loaded once per process). */
export function nodeLexicon(): Lexicon | MissingResource {
  if (!loaded) {
    try {
      loaded = readLexicon(lexiconDir());
    } catch (e) {
      if (!(e instanceof MissingResource)) throw e;
      loaded = e;
    }
  }
  return loaded;
}
