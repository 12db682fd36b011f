// Phrase patterns: data that a medical writer can read, matched in one pass over a sentence.
//
// A pattern is words separated by spaces:
//   cure          the word in any inflection (cure, cures, cured, curing)
//   =cure         exactly this form
//   cure|heal     either word
//   [very|so]     optional: one of these words, or nothing
//   *             any one word
//   ...           zero to three words
//   #             a number ("70", "1,000", "2.5")
// Hyphenated words and contractions in a pattern are tokenised like the text ("pain-free" =
// "pain free", "isn't" = "is not"). Patterns are never regular expressions, and matching is
// memoised (each element at each token is tried once per start), so no pattern from a config
// file can make matching slow: at most MAX_ELEMENTS elements, each start costs elements x the
// tokens a match can span.

import { isPlainWord, keyHash, originalOf, stem, tokenizeWord, type Token } from './tokens.js';

interface Alt {
  norm: string;
  /** Match on the stem (any inflection) rather than the exact form. */
  inflect: boolean;
}
type Element =
  | { type: 'word'; alts: Alt[]; optional: boolean; keys?: Set<string> }
  | { type: 'any' }
  | { type: 'gap'; max: number }
  | { type: 'number' };

interface Compiled<T> {
  elements: Element[];
  value: T;
  index: number;
  /** Filed under its first word's key: a token found by that key matches the first element. */
  keyed: boolean;
  /** The most tokens a match can span (each gap up to its max, each other element one). */
  span: number;
  /** Per word the match needs besides its first, the sentence-filter bits of its alternatives' keys
   * (see sentenceBits): a sentence without any of them cannot match, and is not tried. Made on the
   * pattern's first attempt (most patterns of a large list are never attempted in a run). */
  required?: Uint16Array[];
}

/** Elements a pattern may have (words, wildcards and gaps after tokenising); no phrase needs more. */
export const MAX_ELEMENTS = 40;

export interface PhraseMatch<T> {
  value: T;
  /** Index of the pattern in the list it was compiled from. */
  patternIndex: number;
  /** Token indices [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export class PhraseError extends Error {}


function parseAlt(raw: string): Alt[] {
  const exact = raw.startsWith('=');
  const word = exact ? raw.slice(1) : raw;
  // A plain lower-case word is one token whose norm is itself: its stem without the tokenizer.
  if (isPlainWord(word)) return [{ norm: exact ? word : stem(word), inflect: !exact }];
  const tokens = tokenizeWord(word, 0);
  if (tokens.length !== 1) throw new PhraseError(`"${raw}": alternatives must be single words`);
  return [{ norm: exact ? tokens[0].norm : tokens[0].stem, inflect: !exact }];
}

// Lists of alternatives recur across patterns (a caveat list is expanded into dozens of them), so
// each written element is parsed once per process and its elements shared: they are never changed
// after parsing. Bounded, like the tokenizer's cache, for user patterns that change in an editor.
const parsedElements = new Map<string, readonly Element[]>();
const PARSED_LIMIT = 20000;

/** The elements one written element ("cure|heal", "[very|so]", "pain-free") stands for. */
function parseElement(raw: string, pattern: string): readonly Element[] {
  let elements = parsedElements.get(raw);
  if (!elements) {
    elements = parseElementUncached(raw, pattern);
    if (parsedElements.size >= PARSED_LIMIT) parsedElements.clear();
    parsedElements.set(raw, elements);
  }
  return elements;
}

function parseElementUncached(raw: string, pattern: string): Element[] {
  if (raw === '*') return [{ type: 'any' }];
  if (raw === '...') return [{ type: 'gap', max: 3 }];
  if (raw === '#') return [{ type: 'number' }];
  if (raw.startsWith('[') !== raw.endsWith(']') || raw.slice(1, -1).includes('[') || raw.slice(1, -1).includes(']')) {
    throw new PhraseError(`"${pattern}": unbalanced [ ] in "${raw}"`);
  }
  if (raw.split('|').some((alt) => !alt.replace(/^\[|\]$/g, ''))) throw new PhraseError(`"${pattern}": empty alternative in "${raw}"`);
  if (raw.startsWith('[') && raw.endsWith(']')) {
    const alts = raw.slice(1, -1).split('|').filter(Boolean).flatMap(parseAlt);
    if (!alts.length) throw new PhraseError(`"${pattern}": empty optional group`);
    return [wordElement(alts, true)];
  }
  if (raw.includes('|')) return [wordElement(raw.split('|').filter(Boolean).flatMap(parseAlt), false)];
  // A plain word may tokenise into several ("pain-free", "isn't").
  const exact = raw.startsWith('=');
  const word = exact ? raw.slice(1) : raw;
  if (isPlainWord(word)) return [wordElement([{ norm: exact ? word : stem(word), inflect: !exact }], false)];
  return tokenizeWord(word, 0).map((t) => wordElement([{ norm: exact ? t.norm : t.stem, inflect: !exact }], false));
}

/** A word element; a long list of alternatives is tested as a set of token keys (a token's stemKey or normKey). */
function wordElement(alts: Alt[], optional: boolean): Element {
  const element: Element = { type: 'word', alts, optional };
  if (alts.length > 4) element.keys = new Set(alts.map((a) => (a.inflect ? 's:' : 'n:') + a.norm));
  return element;
}

function parsePattern(pattern: string): Element[] {
  const elements: Element[] = [];
  for (const raw of pattern.trim().split(/\s+/)) {
    if (raw) elements.push(...parseElement(raw, pattern));
  }
  if (!elements.some((e) => e.type === 'word' || e.type === 'number')) {
    throw new PhraseError(`"${pattern}": a pattern needs at least one word`);
  }
  if (elements[elements.length - 1].type === 'gap') throw new PhraseError(`"${pattern}": cannot end with ...`);
  if (elements.length > MAX_ELEMENTS) throw new PhraseError(`"${pattern.slice(0, 60)}${pattern.length > 60 ? '...' : ''}": more than ${MAX_ELEMENTS} words, wildcards and gaps`);
  return elements;
}

/** Why a pattern cannot be used, or undefined when it is fine (for config checks and user data). */
export function patternError(pattern: string): string | undefined {
  try {
    parsePattern(pattern);
    return undefined;
  } catch (e) {
    if (e instanceof PhraseError) return e.message;
    throw e;
  }
}

const altMatches = (a: Alt, t: Token) => (a.inflect ? t.stem === a.norm : t.norm === a.norm);

/** Does any alternative match the token (a loop: this runs at every step of every attempt). */
function wordMatches(el: { alts: Alt[]; keys?: Set<string> }, t: Token): boolean {
  if (el.keys) return el.keys.has(t.stemKey) || el.keys.has(t.normKey);
  const alts = el.alts;
  for (let i = 0; i < alts.length; i++) if (altMatches(alts[i], t)) return true;
  return false;
}

/** A set of patterns compiled once and matched against token lists. */
export class PhraseMatcher<T> {
  private readonly byKey = new Map<string, Compiled<T>[]>();
  /** One bit per keyHash of the keys in byKey: a token whose keys' bits are clear needs no lookup. */
  private readonly keyBits = new Uint32Array(2048);
  /** Patterns that start with a number. */
  private readonly numberStart: Compiled<T>[] = [];
  /** Patterns that start with a wildcard: tried at every token. */
  private readonly anyStart: Compiled<T>[] = [];
  private readonly count: number;
  /** Which patterns were already tried at the current token (stamped with the token's generation). */
  private readonly tried: Uint32Array;
  private generation = 0;

  /**
   * Compiles `entries`. A pattern that does not parse throws a PhraseError, or with `lenient` is
   * left out (user data never stops linting; config checks report it), each parsed only once.
   */
  constructor(entries: Iterable<{ pattern: string; value: T }>, { lenient = false } = {}) {
    let index = 0;
    for (const { pattern, value } of entries) {
      let elements: Element[];
      try {
        elements = parsePattern(pattern);
      } catch (e) {
        if (lenient && e instanceof PhraseError) continue;
        throw e;
      }
      this.index(elements, value, index++);
    }
    this.count = index;
    this.tried = new Uint32Array(index);
  }

  /**
   * Files a pattern under the tokens it can start with, so that a token looks up only the
   * patterns that can match there. A leading optional word is filed both ways: with the word,
   * and as the rest of the pattern (same pattern index, so a start is reported once).
   */
  private index(elements: Element[], value: T, index: number) {
    const first = elements[0];
    if (first.type === 'word') {
      for (const a of first.alts) {
        const key = (a.inflect ? 's:' : 'n:') + a.norm;
        const list = this.byKey.get(key);
        const rest = first.optional ? [{ ...first, optional: false }, ...elements.slice(1)] : elements;
        const compiled = { elements: rest, value, index, span: spanOf(rest), keyed: true };
        if (list) list.push(compiled);
        else this.byKey.set(key, [compiled]);
        const h = keyHash(key);
        this.keyBits[h >>> 5] |= 1 << (h & 31);
      }
      if (first.optional && elements.length > 1) this.index(elements.slice(1), value, index);
    } else if (first.type === 'number') this.numberStart.push({ elements, value, index, span: spanOf(elements), keyed: false });
    else this.anyStart.push({ elements, value, index, span: spanOf(elements), keyed: false });
  }

  /**
   * Matches by token list matched before: a list that copies one (a block unchanged since the
   * file's last lint, tokens.ts) has the same matches at other offsets.
   */
  private readonly known = new WeakMap<readonly Token[], PhraseMatch<T>[]>();

  /** All matches, leftmost first; at one start, every pattern that matches is reported. */
  match(tokens: readonly Token[]): PhraseMatch<T>[] {
    const original = originalOf(tokens);
    if (!original) return this.search(tokens);
    let found = this.known.get(original);
    if (!found) this.known.set(original, (found = this.search(original)));
    // Fresh objects at this list's offsets (callers may sort or change what they are given).
    return found.map((m) => ({ value: m.value, patternIndex: m.patternIndex, first: m.first, last: m.last, start: tokens[m.first].start, end: tokens[m.last].end }));
  }

  private search(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (!this.count) return out;
    filterReady = sentenceBits(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (++this.generation === 0xffffffff) {
        this.tried.fill(0);
        this.generation = 1;
      }
      if (this.mayHave(t.stemHash)) {
        const byStem = this.byKey.get(t.stemKey);
        if (byStem) this.tryAll(byStem, tokens, i, out);
      }
      if (this.mayHave(t.normHash)) {
        const byNorm = this.byKey.get(t.normKey);
        if (byNorm) this.tryAll(byNorm, tokens, i, out);
      }
      if (t.kind === 'number' && this.numberStart.length) this.tryAll(this.numberStart, tokens, i, out);
      if (this.anyStart.length) this.tryAll(this.anyStart, tokens, i, out);
    }
    return out;
  }

  /** False when no key with this hash is filed (a token without hashes is always looked up). */
  private mayHave(hash: number | undefined): boolean {
    return hash === undefined || (this.keyBits[hash >>> 5] & (1 << (hash & 31))) !== 0;
  }

  private tryAll(list: Compiled<T>[], tokens: readonly Token[], i: number, out: PhraseMatch<T>[]): void {
    for (let k = 0; k < list.length; k++) {
      const c = list[k];
      if (this.tried[c.index] === this.generation) continue;
      if (filterReady && !satisfiable((c.required ??= requiredOf(c.elements, 1)))) continue;
      const last = matchAt(c, tokens, i);
      if (last < i) continue;
      this.tried[c.index] = this.generation;
      out.push({ value: c.value, patternIndex: c.index, first: i, last, start: tokens[i].start, end: tokens[last].end });
    }
  }
}

const spanOf = (elements: Element[]) => elements.reduce((n, e) => n + (e.type === 'gap' ? e.max : 1), 0);

// The sentence filter: one bit (of 1,024) per token key hash of the sentence being searched, so a
// pattern whose other required words are all absent is passed over without a match attempt (most
// attempts fail so). Made once per search; a token without hashes turns it off.
const FILTER_BITS = 1024;
const sentence = new Uint32Array(FILTER_BITS / 32);
let filterReady = false;

function setBit(h: number): void {
  const b = h & (FILTER_BITS - 1);
  sentence[b >>> 5] |= 1 << (b & 31);
}

function sentenceBits(tokens: readonly Token[]): boolean {
  sentence.fill(0);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.stemHash === undefined || t.normHash === undefined) return false;
    setBit(t.stemHash);
    setBit(t.normHash);
  }
  return true;
}

/** The filter bits of each required word element from `from` on (each element: any of its alternatives). */
function requiredOf(elements: Element[], from: number): Uint16Array[] {
  const out: Uint16Array[] = [];
  for (let e = from; e < elements.length; e++) {
    const el = elements[e];
    if (el.type === 'word' && !el.optional) out.push(filterBitsOf(el));
  }
  return out;
}

// Per word element (shared by the patterns that write it alike): its alternatives' filter bits.
const elementBits = new WeakMap<Element, Uint16Array>();

function filterBitsOf(el: Extract<Element, { type: 'word' }>): Uint16Array {
  let bits = elementBits.get(el);
  if (!bits) {
    const keys = el.keys ? [...el.keys] : el.alts.map((a) => (a.inflect ? 's:' : 'n:') + a.norm);
    elementBits.set(el, (bits = Uint16Array.from(keys, (k) => keyHash(k) & (FILTER_BITS - 1))));
  }
  return bits;
}

/** Every required element has an alternative whose bit the sentence has. */
function satisfiable(required: Uint16Array[]): boolean {
  for (let r = 0; r < required.length; r++) {
    const bits = required[r];
    let any = false;
    for (let k = 0; k < bits.length && !any; k++) any = (sentence[bits[k] >>> 5] & (1 << (bits[k] & 31))) !== 0;
    if (!any) return false;
  }
  return true;
}

// The memo of one match attempt: (element, token offset from the start) -> result, valid where
// its stamp is the attempt's number. Reused across attempts (no clearing); grown when needed.
let memo = new Int32Array(1024);
let stamps = new Uint32Array(1024);
let attempt = 0;

/**
 * Index of the last token of the match of `c` starting at token `start`, or -1. Tried first as a
 * plain search with a step limit (almost every attempt fails or succeeds in a few steps); past
 * the limit, the same search again with each (element, token) solved once (memoised), so gaps
 * cannot make it exponential. Both give the same answer.
 */
function matchAt<T>(c: Compiled<T>, tokens: readonly Token[], start: number): number {
  steps = 0;
  // A keyed pattern's first word is the token it was found by: start at its second element.
  const quick = c.keyed ? plain(c.elements, 1, tokens, start + 1) : plain(c.elements, 0, tokens, start);
  if (quick !== GAVE_UP) return quick;
  const width = c.span + 1;
  const size = (c.elements.length + 1) * width;
  if (memo.length < size) {
    memo = new Int32Array(Math.max(size, memo.length * 2));
    stamps = new Uint32Array(memo.length);
  }
  if (++attempt === 0xffffffff) {
    stamps.fill(0);
    attempt = 1;
  }
  return matchFrom(c.elements, 0, tokens, start, start, width);
}

/** Steps a plain search may take before the memoised one takes over. */
const STEP_LIMIT = 200;
const GAVE_UP = -2;
let steps = 0;

/** The search of solve() without a memo, giving up (GAVE_UP) after STEP_LIMIT steps. */
function plain(elements: Element[], e: number, tokens: readonly Token[], at: number): number {
  if (e === elements.length) return at - 1;
  if (++steps > STEP_LIMIT) return GAVE_UP;
  const el = elements[e];
  switch (el.type) {
    case 'any':
      return at < tokens.length ? plain(elements, e + 1, tokens, at + 1) : -1;
    case 'number':
      return at < tokens.length && tokens[at].kind === 'number' ? plain(elements, e + 1, tokens, at + 1) : -1;
    case 'gap':
      for (let skip = 0; skip <= el.max && at + skip <= tokens.length; skip++) {
        const r = plain(elements, e + 1, tokens, at + skip);
        if (r !== -1) return r;
      }
      return -1;
    case 'word': {
      if (at < tokens.length && wordMatches(el, tokens[at])) {
        const r = plain(elements, e + 1, tokens, at + 1);
        if (r !== -1) return r;
      }
      return el.optional ? plain(elements, e + 1, tokens, at) : -1;
    }
  }
}

/** Index of the last token matched, or -1; `at` is the next token to match. Shortest match wins. */
function matchFrom(elements: Element[], e: number, tokens: readonly Token[], at: number, start: number, width: number): number {
  if (e === elements.length) return at - 1;
  const slot = e * width + (at - start);
  if (stamps[slot] === attempt) return memo[slot];
  const r = solve(elements, e, tokens, at, start, width);
  stamps[slot] = attempt;
  memo[slot] = r;
  return r;
}

function solve(elements: Element[], e: number, tokens: readonly Token[], at: number, start: number, width: number): number {
  const el = elements[e];
  switch (el.type) {
    case 'any':
      return at < tokens.length ? matchFrom(elements, e + 1, tokens, at + 1, start, width) : -1;
    case 'number':
      return at < tokens.length && tokens[at].kind === 'number' ? matchFrom(elements, e + 1, tokens, at + 1, start, width) : -1;
    case 'gap':
      for (let skip = 0; skip <= el.max && at + skip <= tokens.length; skip++) {
        const r = matchFrom(elements, e + 1, tokens, at + skip, start, width);
        if (r >= 0) return r;
      }
      return -1;
    case 'word': {
      if (at < tokens.length && wordMatches(el, tokens[at])) {
        const r = matchFrom(elements, e + 1, tokens, at + 1, start, width);
        if (r >= 0) return r;
      }
      // An optional element at the very start never makes a match start early.
      return el.optional ? matchFrom(elements, e + 1, tokens, at, start, width) : -1;
    }
  }
}
