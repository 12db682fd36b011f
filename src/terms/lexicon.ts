// The term lexicon built by scripts/build-lexicon.mjs: one trie of every known word as typed
// arrays (used straight from the bytes of dist/lexicon.bin, no parsing) and a small JSON of term
// data (dist/lexicon.json). A value built from bytes, handed to lint() as `resources.lexicon` by a
// face (src/node/lexicon.ts reads the files); rules get it with lexiconOf(context.resources).

import { MissingResource, type Resources } from '../core/resources.js';

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
  /** Two-word WordNet nouns led by a disease adjective (real compounds: "diabetic retinopathy"). */
  lemmas: string[];
  /** The expression lexicon of term-garbled (scripts/build-expressions.mjs); absent in older builds. */
  expressions?: ExpressionData;
}

export interface ExpressionData {
  /** Parallel arrays: the expression as written, its source bits, its WordNet tag count. */
  expressions: { text: string[]; source: number[]; count: number[] };
  /** Plain word -> the one-word condition it stands for in a medical frame ("nervousness" -> "anxiety"). */
  conditions: Record<string, string>;
  /** Confusable word -> its WordNet parts of speech ("av": adjective and verb). */
  pos?: Record<string, string>;
  /** Verbs that only a person does to something (WordNet frames): "eye", "explore", "study";
   * one string, each verb between bars ("|eye|explore|"), to look up without a set of thousands. */
  agentVerbs?: string;
  /** Adjectives of a disorder (WordNet pertainyms): "diabetic", "asthmatic". */
  diseaseAdjectives?: string[];
  /** The look-up index of the expressions, made at build time (src/terms/expression-index.ts). */
  index?: ExpressionIndexData;
}

/** The expressions keyed for look-up, one per stem sequence (parallel arrays). */
export interface ExpressionIndexData {
  /** Where each is in `expressions.text`. */
  expression: number[];
  /** The stems of each, joined by spaces. */
  keys: string[];
  count: number[];
  source: number[];
  /** Per expression, a bit per word whose slot no other expression shares (any plain word there garbles it). */
  closed: number[];
  /** Stem -> postings (expression * 64 + min(length, 7) * 8 + position) of the expressions it anchors. */
  anchors: Record<string, number[]>;
  /** First stem of a whole rendering -> [its stems joined by spaces, the expression]. */
  phrases: Record<string, [string, number][]>;
  /** Acronym -> the expression of capitalised words it abbreviates ("FDA"), where only one does. */
  acronyms: Record<string, string>;
  /** Role and word ("h:pressure", "m:multiple") -> its substitutes, joined by "|", as look-up keys:
   * marks ("~" rarer than the word, "^" only as written), then the stems joined by spaces (several
   * words), the word as written ("^"), or its stem. Strong: synonyms and spinner renderings; weak:
   * hypernyms, hyponyms, sisters, antonyms, derivations. */
  strong: Record<string, string>;
  weak: Record<string, string>;
  /** Phrases that are words in their own right though they look like a swap ("several lesions"),
   * and the expressions themselves, as lower-case words joined by spaces. */
  inUse: string[];
}

/** The trie laid out in `bytes`: two counts, then first, target, flags and chars, each 4-byte aligned. */
function readTrie(bytes: Uint8Array): Trie {
  // Typed arrays need 4-byte alignment; a fresh copy has it.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
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

// Prose repeats its words, so each word's flags are looked up in the trie once (bounded).
const FLAG_CACHE_LIMIT = 100000;

export class Lexicon {
  private data: TermData | undefined;
  private readonly flagCache = new Map<string, number>();

  private constructor(
    readonly trie: Trie,
    private termJson: string,
  ) {}

  /** The lexicon from the bytes of lexicon.bin and the text of lexicon.json. */
  static fromBytes(trieBytes: Uint8Array, termJson: string): Lexicon {
    return new Lexicon(readTrie(trieBytes), termJson);
  }

  /** The term data (parsed on first use: most lints need only the trie). */
  get terms(): TermData {
    if (!this.data) {
      this.data = JSON.parse(this.termJson) as TermData;
      // The text is not needed again; holding it only makes every garbage collection slower.
      this.termJson = '';
    }
    return this.data;
  }

  /** Flags of a word (0 when unknown). */
  wordFlags(word: string): number {
    let flags = this.flagCache.get(word);
    if (flags === undefined) {
      flags = this.trieFlags(word);
      if (this.flagCache.size >= FLAG_CACHE_LIMIT) this.flagCache.clear();
      this.flagCache.set(word, flags);
    }
    return flags;
  }

  private trieFlags(word: string): number {
    const t = this.trie;
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) node = child(t, node, word.charCodeAt(i));
    return node >= 0 ? t.flags[node] & ~FLAG.HAS_MEDICAL : 0;
  }
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

export const LEXICON_RESOURCE = 'term lexicon';

/**
 * The lexicon lint() was given. A face that could not load it puts a MissingResource there
 * instead; either way a missing lexicon throws MissingResource, which stops only the rules that
 * need it (lint() reports it once).
 */
export function lexiconOf(resources: Resources): Lexicon {
  const value = resources.lexicon;
  if (value instanceof Lexicon) return value;
  if (value instanceof MissingResource) throw value;
  throw new MissingResource(LEXICON_RESOURCE, 'lint() was given no lexicon (resources.lexicon)');
}
