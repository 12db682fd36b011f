// Turns retext's word nodes into normalised tokens that phrase patterns match against:
// lower case, straight apostrophes, hyphenated words split ("pain-free" = "pain free"),
// negative contractions expanded ("isn't" = "is not"), and a light stem so that one
// pattern word matches its inflections (cure, cures, cured, curing).

import { IGNORABLE, IGNORABLE_ALL } from './text.js';

export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  /** Lower case, straight apostrophes. */
  norm: string;
  /** Inflection-free form of `norm` (see `stem`). */
  stem: string;
  kind: TokenKind;
  /** Offsets of the source text this token stands for. */
  start: number;
  end: number;
  /** True when the source word starts with a capital letter. */
  capital: boolean;
  /** Lookup keys of phrase indexes ("s:" + stem, "n:" + norm), made once so matching does no string work. */
  stemKey: string;
  normKey: string;
  /** Hashes of the two keys (see keyHash), so a matcher can rule most tokens out without a lookup. */
  stemHash?: number;
  normHash?: number;
}

/**
 * Token lists that copy another with other offsets (a block's reading, kept from the file's last
 * lint, moved to where the block is now: document.ts), to that original. What depends only on the
 * words (phrase matches) can be kept by the original and reused while the block is unchanged.
 */
const originals = new WeakMap<readonly Token[], readonly Token[]>();

export function markCopy(copy: readonly Token[], original: readonly Token[]): void {
  originals.set(copy, original);
}

/** The list `tokens` copies (see markCopy), or undefined. */
export function originalOf(tokens: readonly Token[]): readonly Token[] | undefined {
  return originals.get(tokens);
}

/** A 16-bit hash of a phrase index key (FNV-1a, folded). */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) & 0xffff;
}

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;

/** Lower case, straight apostrophes, and no invisible format characters ("cu\u200Dres" = "cures"). */
export function normalizeWord(word: string): string {
  return word.replace(IGNORABLE_ALL, '').replace(APOSTROPHES, "'").toLowerCase();
}

/** A light English stemmer: enough to match inflections of one pattern word, not a linguistic stem. */
export function stem(word: string): string {
  let w = word;
  let stripped = false;
  if (w.length > 4 && (w.endsWith('ies') || w.endsWith('ied'))) {
    w = w.slice(0, -3) + 'y';
  } else if (w.length > 5 && w.endsWith('ing')) {
    w = w.slice(0, -3);
    stripped = true;
  } else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) {
    w = w.slice(0, -2);
    stripped = true;
  } else if (w.length > 4 && /(?:ch|sh|ss|x|z)es$/.test(w)) {
    w = w.slice(0, -2);
  } else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) {
    w = w.slice(0, -1);
  }
  // stopped -> stopp -> stop; but keep "ll" (filled -> fill) and "ss".
  if (stripped && w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsaeiou]/.test(w[w.length - 1])) {
    w = w.slice(0, -1);
  }
  if (w.length > 2 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 2 && w.endsWith('y')) w = w.slice(0, -1) + 'i';
  return w;
}

const NEGATIVE_CONTRACTIONS: Record<string, [string, string]> = {
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  cannot: ['can', 'not'],
};
/** A lower-case word the tokenizer keeps as one token whose norm is itself (not "cannot"). */
export const isPlainWord = (w: string) => /^[a-z]+$/.test(w) && !Object.hasOwn(NEGATIVE_CONTRACTIONS, w) && !Object.hasOwn(VERB_CONTRACTIONS, w);

const VERB_CONTRACTIONS: Record<string, [string, string]> = {
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "there's": ['there', 'is'],
  "what's": ['what', 'is'],
  "you're": ['you', 'are'],
  "they're": ['they', 'are'],
  "we're": ['we', 'are'],
  "you'll": ['you', 'will'],
  "it'll": ['it', 'will'],
  "they'll": ['they', 'will'],
  "you've": ['you', 'have'],
  "they've": ['they', 'have'],
  "we've": ['we', 'have'],
};

function make(norm: string, start: number, end: number, capital: boolean): Token {
  const kind: TokenKind = /^\d[\d.,]*$/.test(norm) ? 'number' : /^[\p{L}\p{M}\d'.]+$/u.test(norm) ? 'word' : 'symbol';
  const st = kind === 'word' ? stem(norm) : norm;
  const stemKey = 's:' + st;
  const normKey = 'n:' + norm;
  return { norm, stem: st, kind, start, end, capital, stemKey, normKey, stemHash: keyHash(stemKey), normHash: keyHash(normKey) };
}

// Words repeat (an article uses a few hundred distinct words), so each distinct word is tokenised
// once per process and later occurrences only shift the cached offsets. Bounded, so a stream of
// unique words (a fuzzer, a data dump) cannot grow it without limit.
const cache = new Map<string, readonly Token[]>();
const CACHE_LIMIT = 50000;

/**
 * Tokens for one source word (as retext delimits it) at `start`.
 * Hyphens and slashes split; contractions expand; a possessive 's is dropped.
 */
export function tokenizeWord(raw: string, start: number): Token[] {
  let relative = cache.get(raw);
  if (!relative) {
    relative = tokenizeUncached(raw);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, relative);
  }
  const out: Token[] = new Array(relative.length);
  for (let i = 0; i < relative.length; i++) {
    const t = relative[i];
    // A literal of one shape, not a spread: this runs for every word of every article.
    out[i] = { norm: t.norm, stem: t.stem, kind: t.kind, start: t.start + start, end: t.end + start, capital: t.capital, stemKey: t.stemKey, normKey: t.normKey, stemHash: t.stemHash, normHash: t.normHash };
  }
  return out;
}

/** Tokens of a word holding format characters: read without them, offsets mapped back to the word. */
function withoutIgnorables(raw: string): Token[] {
  const at: number[] = [];
  let plain = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const pair = c === 0xdb40 && i + 1 < raw.length ? raw.slice(i, i + 2) : raw[i];
    if (IGNORABLE.test(pair)) {
      i += pair.length - 1;
      continue;
    }
    plain += raw[i];
    at.push(i);
  }
  if (!plain) return [];
  return tokenizeUncached(plain).map((t) => ({ ...t, start: at[t.start] ?? 0, end: (at[t.end - 1] ?? raw.length - 1) + 1 }));
}

/** Tokens with offsets relative to the word's start. */
function tokenizeUncached(raw: string): Token[] {
  if (IGNORABLE.test(raw)) return withoutIgnorables(raw);
  const start = 0;
  const out: Token[] = [];
  const capital = /^\p{Lu}/u.test(raw);
  const norm = normalizeWord(raw);
  const whole = NEGATIVE_CONTRACTIONS[norm] ?? VERB_CONTRACTIONS[norm];
  if (whole) {
    // Each part covers its own letters: "You|’ll", "wo|n't", "ca|n't".
    const negative = NEGATIVE_CONTRACTIONS[norm] !== undefined;
    const apostrophe = raw.search(/['\u2019]/);
    const cut = negative ? raw.length - 3 : apostrophe > 0 ? apostrophe : raw.length - 1;
    return [make(whole[0], start, start + cut, capital), make(whole[1], start + cut, start + raw.length, false)];
  }
  // Split on hyphens and slashes, keeping offsets of each part.
  const re = /[^-/\u2010\u2011\u2013]+/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    let part = m[0];
    const at = start + m.index;
    if (part.endsWith("n't") && part.length > 3) {
      out.push(make(part.slice(0, -3), at, at + part.length - 3, capital && out.length === 0));
      out.push(make('not', at + part.length - 3, at + part.length, false));
      continue;
    }
    // A number at the end of a sentence comes with its full stop ("call 988.").
    if (/^\d[\d.,]*[.,]$/.test(part)) part = part.replace(/[.,]+$/, '');
    if (part.endsWith("'s") && part.length > 2) part = part.slice(0, -2);
    else if (part.endsWith("'") && part.length > 1) part = part.slice(0, -1);
    if (part) out.push(make(part, at, at + part.length, capital && out.length === 0));
  }
  return out;
}
