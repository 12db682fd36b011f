// The term lexicon built by scripts/build-lexicon.mjs: one trie of every known word as typed
// arrays (read straight from dist/lexicon.bin, no parsing) and a small JSON of term data.
// Loaded lazily, once per process, from beside the bundle (dist/), or for the bundled unit tests
// (.test-dist/) from the repository's dist/; FAIRBALANCE_LEXICON_DIR overrides both.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const FLAG = { MEDICAL: 1, ENGLISH: 2, COMMON: 4, HAS_MEDICAL: 8, PATIENT: 16 } as const;

export interface Trie {
  /** Edges of node i are first[i] .. first[i + 1]. */
  first: Uint32Array;
  target: Uint32Array;
  chars: Uint16Array;
  flags: Uint8Array;
}

export interface TermData {
  /** en-GB spelling -> en-US spelling, medical words only. */
  localePairs: Record<string, string>;
  /** A multiword medical term with one word swapped for a synonym -> the term. */
  spun: Record<string, string>;
  /** Two-word WordNet nouns led by a disease adjective (real compounds: "diabetic retinopathy"). */
  lemmas: string[];
}

export class LexiconMissing extends Error {}

function lexiconDir(): string {
  const fromEnv = process.env.FAIRBALANCE_LEXICON_DIR;
  if (fromEnv) return fromEnv;
  if (existsSync(join(__dirname, 'lexicon.bin'))) return __dirname;
  for (let dir = __dirname, i = 0; i < 5; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'dist', 'lexicon.bin'))) return join(dir, 'dist');
  }
  throw new LexiconMissing(`fairbalance: dist/lexicon.bin not found from ${__dirname}; run npm run build`);
}

function readTrie(file: string): Trie {
  const raw = readFileSync(file);
  // Typed arrays need 4-byte alignment; a fresh copy has it.
  const buf = raw.byteOffset % 4 === 0 ? raw : Buffer.from(raw);
  const words = new Uint32Array(buf.buffer, buf.byteOffset, 2);
  const [nodes, edges] = [words[0], words[1]];
  const pad = (n: number) => n + ((4 - (n % 4)) % 4);
  let at = buf.byteOffset + 8;
  const first = new Uint32Array(buf.buffer, at, nodes + 1);
  at += pad((nodes + 1) * 4);
  const target = new Uint32Array(buf.buffer, at, edges);
  at += pad(edges * 4);
  const flags = new Uint8Array(buf.buffer, at, nodes);
  at += pad(nodes);
  const chars = new Uint16Array(buf.buffer, at, edges);
  return { first, target, chars, flags };
}

let trie: Trie | undefined;
let data: TermData | undefined;

export function lexiconTrie(): Trie {
  trie ??= readTrie(join(lexiconDir(), 'lexicon.bin'));
  return trie;
}

export function termData(): TermData {
  data ??= JSON.parse(readFileSync(join(lexiconDir(), 'lexicon.json'), 'utf8')) as TermData;
  return data;
}

/** The child of `node` along character code `c`, or -1. Edges are sorted: binary search. */
export function child(t: Trie, node: number, c: number): number {
  let lo = t.first[node];
  let hi = t.first[node + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = t.chars[mid];
    if (m === c) return t.target[mid];
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Flags of a word (0 when unknown). */
// Prose repeats its words, so each word's flags are looked up in the trie once (bounded).
const flagCache = new Map<string, number>();
const FLAG_CACHE_LIMIT = 100000;

export function wordFlags(word: string): number {
  let flags = flagCache.get(word);
  if (flags === undefined) {
    flags = trieFlags(word);
    if (flagCache.size >= FLAG_CACHE_LIMIT) flagCache.clear();
    flagCache.set(word, flags);
  }
  return flags;
}

function trieFlags(word: string): number {
  const t = lexiconTrie();
  let node = 0;
  for (let i = 0; i < word.length && node >= 0; i++) node = child(t, node, word.charCodeAt(i));
  return node >= 0 ? t.flags[node] & ~FLAG.HAS_MEDICAL : 0;
}
