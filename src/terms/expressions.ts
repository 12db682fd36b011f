// Fixed medical expressions garbled by a synonym swap ("a number of sclerosis", "Food and
// Medication Administration", "blood stress"): an n-gram that becomes an expression of the lexicon
// when one or two of its words are put back for the word they stand for, and that is no phrase in
// its own right. The expression lexicon (scripts/build-expressions.mjs) gives the expressions, the
// substitutes of their words (WordNet, spinner renderings) and the phrases in use; this module
// indexes them once per lexicon and looks n-grams up by their words (no scan of the lists).

import { keyHash, originalOf, stem, type Token } from '../core/tokens.js';
import { FLAG, type ExpressionData, type ExpressionIndexData, type Lexicon } from './lexicon.js';
import { FUNCTION, KNOWLEDGE, MAX_SWAPS, THERAPIES, normsOf } from './expression-index.js';
import { nounKind, wordnetAdjective, wordnetAdverb, wordnetVerb } from '../language/wordclasses.js';
import { PARTICLES } from '../language/tag.js';
import { english } from '../knowledge/english.js';


export interface GarbledExpression {
  start: number;
  end: number;
  /** The replacement: the expression, in the source's case and number, with its article when that changes. */
  fix: string;
  /** The expression as listed. */
  expression: string;
  /** Only weak relations (hypernyms) or several candidates: a suggestion, not a safe fix. */
  certain: boolean;
}

interface Expression {
  text: string;
  /** Stems of its tokens. */
  keys: string[];
  /** Its words as the tokenizer writes them (lower case), made on first use; empty when they do
   * not line up with `keys`. */
  words: string[] | undefined;

  count: number;
  /** A proper name ("Food and Drug Administration"): fixed word for word. */
  name: boolean;
  /** From the project's knowledge: chosen as fixed, so a weak swap of it counts too. */
  curated: boolean;
  /** A therapy's name (therapies.yaml). */
  therapy: boolean;
  /** Per word: no other expression fills this slot and the rest is no expression of its own, so
   * any plain word there garbles it ("post-traumatic pressure disorder"). */
  closed: number;
  /** Per word, its substitutes once looked up (made on first use). */
  subs: (Substitutes | undefined)[] | undefined;
}

/** How a word of the text stands for a word of an expression. */
const enum Strength {
  Exact = 0,
  /** A synonym or a spinner rendering. */
  Strong = 1,
  /** A hypernym, hyponym, sister, antonym or derivation rarer than the word. */
  Weak = 2,
  /** The same, commoner than the word (a writer's choice more often than a spinner's). */
  Weaker = 3,
  /** Any plain word, in a slot of a long expression that no other expression shares. */
  Free = 4,
}

/** The head noun (the last word) or a modifier: they take different synonyms. */
const roleOf = (keys: string[], i: number) => (i === keys.length - 1 ? 'h:' : 'm:') + keys[i];
/** Two capitalised content words make a name. */
const isName = (text: string) => text.split(/[\s-]+/).filter((w) => /^[A-Z][a-z]/.test(w)).length >= 2;

/** A word WordNet knows only as a noun ("mood", not "today" or "plays"). */
/** Closed-class words WordNet also lists as nouns ("who" for the WHO, "us" for the US): never a noun here. */
const CLOSED = new Set([...english.pronouns, ...english.wh, ...english.determiners].map((w) => w.toLowerCase()));
const onlyNoun = (norm: string) => !CLOSED.has(norm) && nounKind(norm) !== undefined && !wordnetVerb(norm) && !wordnetAdverb(norm) && !wordnetAdjective(norm);
const AUXILIARIES = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been']);
const NONE: never[] = [];

interface Substitutes {
  /** Stem of a one-word substitute -> how strong. */
  single: Map<string, Strength>;
  /** A one-word substitute that counts only as written (a thesaurus entry, marked "^") -> how strong. */
  exact: Map<string, Strength>;
  /** Substitutes of several words, by their first stem (met reading forwards) and by their last
   * (reading backwards): a token is tried only against those it can start or end. */
  multiByFirst: Map<string, MultiWord[]>;
  multiByLast: Map<string, MultiWord[]>;
  /** The keys above as tokens carry them ("s:" + stem, "n:" + norm), as a 128-bit filter of their
   * hashes (keyHash): most tokens meet none of a word's substitutes, and the filter says so
   * without a look-up. Made when a token is first tried against them: most substitutes are
   * compiled only to file an anchor's postings (anchorOf), which needs no filter. */
  filter: Uint32Array | undefined;
}

function filterOf(subs: Substitutes): Uint32Array {
  const filter = new Uint32Array(4);
  const add = (key: string) => {
    const h = keyHash(key) & 127;
    filter[h >> 5] |= 1 << (h & 31);
  };
  for (const stemKey of subs.single.keys()) add(`s:${stemKey}`);
  for (const stemKey of subs.multiByFirst.keys()) add(`s:${stemKey}`);
  for (const stemKey of subs.multiByLast.keys()) add(`s:${stemKey}`);
  for (const norm of subs.exact.keys()) add(`n:${norm}`);
  return filter;
}

/** False when no substitute is filed under a key with this hash (a token without hashes is always looked up). */
function mayHave(subs: Substitutes, hash: number | undefined): boolean {
  if (hash === undefined) return true;
  const h = hash & 127;
  return ((subs.filter ??= filterOf(subs))[h >> 5] & (1 << (h & 31))) !== 0;
}

interface MultiWord {
  keys: string[];
  strength: Strength;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Index {
  /** The expressions, each made on first use (an article meets a few hundred of some five thousand): see exprAt. */
  exprs: (Expression | undefined)[];
  /** The expressions as written (ExpressionData.expressions.text), by ExpressionIndexData.expression. */
  texts: string[];
  /** The same filed by what can stand near the anchor (made on first use). */
  keyedAnchors: Map<string, Anchor>;
  /** One bit per keyHash of "s:" + each anchor and each rendering's first stem. */
  starts: Uint32Array;
  /** The index data of the lexicon (its substitutes are read from it on first use). */
  built: ExpressionIndexData;
  /** Substitutes of a role and word ("h:pressure"), compiled on first use: most are never asked for. */
  substitutes: Map<string, Substitutes>;
  /** First stem of a whole rendering -> its stems and the expression it renders. */
  phrases: Map<string, { keys: string[]; expr: number }[]>;
  /** Words of every phrase in use, expressions included, joined by spaces. */
  inUse: string[];
  /** The same as a set (made on first use). */
  inUseSet: Set<string> | undefined;
  /** Stems of an expression joined by spaces -> the expression. */
  byKey: Map<string, number>;
}

const indexes = new WeakMap<Lexicon, Index | null>();

/** The words of an expression (norms and stems line up one to one; if not, none: no substitutes). */
function wordsOf(e: Expression): string[] {
  if (!e.words) {
    const words = normsOf(e.text);
    e.words = words.length === e.keys.length ? words : [];
  }
  return e.words;
}

function expression(text: string, keys: string[], count: number, source: number): Expression {
  return { text, keys, words: undefined, count, name: isName(text), curated: (source & KNOWLEDGE) !== 0, therapy: (source & THERAPIES) !== 0, closed: 0, subs: undefined };
}

/** A phrase is in use as written, or with its last word in the singular ("clinical ordeals"). */
function inUse(index: Index, norms: string[]): boolean {
  // Phrases in use by their words as written (stems would make "side resulting" of "side results").
  // The build wrote them as lower-case words joined by spaces, as the tokenizer's norms are.
  const set = (index.inUseSet ??= new Set(index.inUse));
  if (set.has(norms.join(' '))) return true;
  const last = norms[norms.length - 1];
  if (/[^s]s$/.test(last) && set.has([...norms.slice(0, -1), singular(last)].join(' '))) return true;
  // A phrase opened by a verb, in another form of it ("passing urine" for "pass urine").
  const verb = norms.length > 1 ? wordnetVerb(norms[0]) : undefined;
  return verb !== undefined && verb.lemma !== norms[0] && set.has([verb.lemma, ...norms.slice(1)].join(' '));
}

/** The index from the lexicon's precomputed one (scripts/build-lexicon.mjs): objects and maps only. */
function load(data: ExpressionData, built: ExpressionIndexData): Index {
  const byKey = new Map<string, number>();
  built.keys.forEach((key, i) => byKey.set(key, i));
  const phrases = new Map<string, { keys: string[]; expr: number }[]>();
  for (const [first, list] of Object.entries(built.phrases)) phrases.set(first, list.map(([keys, expr]) => ({ keys: keys.split(' '), expr })));
  const starts = new Uint32Array(2048);
  for (const stemKey of [...Object.keys(built.anchors), ...phrases.keys()]) {
    const h = keyHash(`s:${stemKey}`);
    starts[h >>> 5] |= 1 << (h & 31);
  }
  return { built, texts: data.expressions.text, exprs: new Array(built.keys.length), keyedAnchors: new Map(), starts, substitutes: new Map(), phrases, inUseSet: undefined, byKey, inUse: built.inUse };
}

/** Expression `i` of the index, made on first use. */
function exprAt(index: Index, i: number): Expression {
  let e = index.exprs[i];
  if (!e) {
    const { built } = index;
    e = index.exprs[i] = expression(index.texts[built.expression[i]], built.keys[i].split(' '), built.count[i], built.source[i]);
    e.closed = built.closed[i];
  }
  return e;
}

/** The postings of an anchor stem (ExpressionIndexData.anchors), read from the parsed JSON as it is. */
const postingsOf = (index: Index, stemKey: string): number[] | undefined => (Object.hasOwn(index.built.anchors, stemKey) ? index.built.anchors[stemKey] : undefined);

/** The substitutes of role-and-word `key` ("h:pressure"), compiled once. */
function substitutesOf(index: Index, key: string): Substitutes {
  let subs = index.substitutes.get(key);
  if (subs) return subs;
  subs = { single: new Map(), exact: new Map(), multiByFirst: new Map(), multiByLast: new Map(), filter: undefined };
  const { strong, weak } = index.built;
  for (const [isWeak, list] of [[false, strong[key]], [true, weak[key]]] as const) {
    if (!list) continue;
    // Keyed at build time (ExpressionIndexData.strong): marks, then stems or the word as written.
    for (const marked of list.split('|')) {
      const rarer = marked.startsWith('~');
      const asWritten = marked.startsWith(rarer ? '~^' : '^');
      const body = marked.slice(Number(rarer) + Number(asWritten));
      const strength = !isWeak ? Strength.Strong : rarer ? Strength.Weak : Strength.Weaker;
      if (body.includes(' ')) {
        const keys = body.split(' ');
        const multi = { keys, strength };
        addTo(subs.multiByFirst, keys[0], multi);
        addTo(subs.multiByLast, keys[keys.length - 1], multi);
      } else if (asWritten) subs.exact.has(body) || subs.exact.set(body, strength);
      else if (!subs.single.has(body)) subs.single.set(body, strength);
    }
  }
  index.substitutes.set(key, subs);
  return subs;
}

function indexOf(lexicon: Lexicon): Index | null {
  let index = indexes.get(lexicon);
  if (index === undefined) {
    const data = lexicon.terms.expressions;
    index = data?.index ? load(data, data.index) : null;
    indexes.set(lexicon, index);
  }
  return index;
}

/**
 * The postings of one anchor stem, ready for a sentence. An expression matches around its anchor
 * only if its words beside the anchor are met by the tokens there. So each posting is filed under
 * what can meet one such word, at its offset from the anchor: the next word (the one before when
 * the anchor is last), or, when that word is closed (any plain word may stand there), the word
 * beyond it one token further and the closed word's multiword substitutes. What can meet a word:
 * its stem, its substitutes (a stem, a word as written, the first or last stem of a multiword
 * one), in a name any capitalised word, and outside a therapy's name a derived form or look-alike
 * (which shares the word's first letter, and in a two-word expression its first five). A token
 * then aligns only the expressions its neighbours name, not every expression the anchor is in
 * ("therapy" anchors a hundred). The filing accepts everything meet() does; align() decides.
 */
interface Anchor {
  postings: number[];
  /** By offset from the anchor: OFFSETS[i]. */
  near: Filing[];
  /** Indexes into `postings` aligned at every occurrence (no word near the anchor to file them by). */
  always: number[];
}

/** Postings (indexes into Anchor.postings) by what stands at one offset from the anchor. */
interface Filing {
  /** By the stem of the token there, and by its word as written. */
  byStem: Map<string, number[]>;
  byNorm: Map<string, number[]>;
  /** A word as written matched in the singular ("n:" key), so a plural token is looked up singular. */
  singular: boolean;
  /** First five letters (a derived form in a two-word expression), first letter (a look-alike),
   * as numbers (prefixCode, charCode): no string is made per token to look them up. */
  prefix: Map<number, number[]>;
  first: Map<number, number[]>;
  /** Names: any capitalised word. */
  capital: number[];
}

const OFFSETS = [1, -1, 2, -2] as const;

/** A number for a word's first five letters: five bits each, exact for a-z (a collision only adds a candidate). */
function prefixCode(w: string): number {
  let h = 0;
  for (let i = 0; i < 5; i++) h = h * 32 + (w.charCodeAt(i) & 31);
  return h;
}
const filing = (): Filing => ({ byStem: new Map(), byNorm: new Map(), singular: false, prefix: new Map(), first: new Map(), capital: [] });

/** False when no anchor or rendering starts with a stem of this hash (a token without hashes is always looked up). */
const mayStart = (index: Index, stemHash: number | undefined) => stemHash === undefined || (index.starts[stemHash >>> 5] & (1 << (stemHash & 31))) !== 0;

/** Files posting `q` under what can meet word `k` of `e` at `offset` from the anchor (only its
 * multiword substitutes' edge stems with `multiOnly`). */
function file(index: Index, f: Filing, q: number, e: Expression, k: number, offset: number, multiOnly = false): void {
  if (!multiOnly) addTo(f.byStem, e.keys[k], q);
  const words = wordsOf(e);
  if (!words.length) return;
  const subs = ((e.subs ??= [])[k] ??= substitutesOf(index, roleOf(words, k)));
  for (const stem of (offset > 0 ? subs.multiByFirst : subs.multiByLast).keys()) addTo(f.byStem, stem, q);
  if (multiOnly) return;
  for (const stem of subs.single.keys()) addTo(f.byStem, stem, q);
  for (const norm of subs.exact.keys()) addTo(f.byNorm, norm, q);
  if (subs.exact.size && k === e.keys.length - 1) f.singular = true;
  if (e.name && !FUNCTION.has(e.keys[k])) f.capital.push(q);
  if (!e.therapy && words[k].length >= 6) {
    if (e.keys.length < 3) addTo(f.prefix, prefixCode(words[k]), q);
    else addTo(f.first, words[k].charCodeAt(0), q);
  }
}

const closedAt = (e: Expression, k: number) => ((e.closed >> k) & 1) === 1;

function anchorOf(index: Index, stemKey: string): Anchor | undefined {
  let anchor = index.keyedAnchors.get(stemKey);
  if (anchor) return anchor;
  const postings = postingsOf(index, stemKey);
  if (!postings) return undefined;
  anchor = { postings, near: OFFSETS.map(filing), always: [] };
  const { near } = anchor;
  for (let q = 0; q < postings.length; q++) {
    const e = exprAt(index, postings[q] >> 6);
    const p = postings[q] & 7;
    const n = e.keys.length;
    if (p + 1 < n && !closedAt(e, p + 1)) file(index, near[0], q, e, p + 1, 1);
    else if (p > 0 && !closedAt(e, p - 1)) file(index, near[1], q, e, p - 1, -1);
    else {
      // The word beside the anchor is closed (any plain word may stand there, one token): filed
      // by the word beyond it, one token further, and by the closed word's multiword substitutes.
      const dir = p + 1 < n ? 1 : -1;
      const beyond = p + 2 * dir;
      if (beyond < 0 || beyond >= n || closedAt(e, beyond)) anchor.always.push(q);
      else {
        file(index, near[dir === 1 ? 2 : 3], q, e, beyond, 2 * dir);
        file(index, near[dir === 1 ? 0 : 1], q, e, p + dir, dir, true);
      }
    }
  }
  index.keyedAnchors.set(stemKey, anchor);
  return anchor;
}

/**
 * The stem of a plural token's singular when it differs from the token's own ("happenings" ->
 * "happen", not "happening"): the light stemmer strips one ending, so a plural of a noun in -ing or
 * -ed stems short of its singular, and would never meet the substitutes filed under the singular.
 */
function singularStem(t: Token): string | undefined {
  if (t.kind !== 'word' || t.norm === t.stem || !t.norm.endsWith('s')) return undefined;
  const again = stem(t.stem);
  return again !== t.stem ? again : undefined;
}

/** Adds to `out` the postings `f` files under what token `t` can stand for. */
function lookUp(f: Filing, t: Token | undefined, out: number[]): void {
  if (!t) return;
  pushAll(out, f.byStem.get(t.stem));
  if (t.kind !== 'word' || AUXILIARIES.has(t.norm)) return;
  const plural = singularStem(t);
  if (plural !== undefined) pushAll(out, f.byStem.get(plural));
  if (f.byNorm.size) {
    pushAll(out, f.byNorm.get(t.norm));
    if (f.singular && t.norm !== t.stem) pushAll(out, f.byNorm.get(singular(t.norm)));
  }
  if (t.norm.length >= 6) {
    if (f.prefix.size) pushAll(out, f.prefix.get(prefixCode(t.norm)));
    if (f.first.size) pushAll(out, f.first.get(t.norm.charCodeAt(0)));
  }
  if (f.capital.length && t.capital && !FUNCTION.has(t.stem)) pushAll(out, f.capital);
}

function pushAll(out: number[], list: number[] | undefined): void {
  if (list) for (let i = 0; i < list.length; i++) out.push(list[i]);
}

/** The candidates of the last call (one array reused: each list is read before the next call). */
const found: number[] = [];

/** Indexes into the anchor's postings worth aligning at token `j`, ascending (the postings' order). */
function candidates(anchor: Anchor, tokens: readonly Token[], j: number): number[] {
  const out = found;
  out.length = 0;
  pushAll(out, anchor.always);
  for (let i = 0; i < OFFSETS.length; i++) {
    const f = anchor.near[i];
    if (f.byStem.size) lookUp(f, tokens[j + OFFSETS[i]], out);
  }
  if (out.length < 2) return out;
  out.sort((a, b) => a - b);
  let n = 1;
  for (let i = 1; i < out.length; i++) if (out[i] !== out[n - 1]) out[n++] = out[i];
  out.length = n;
  return out;
}

interface Match {
  first: number;
  last: number;
  /** The expression's last word met one token (so its number says the source's number). */
  singleLast: boolean;
  expr: number;
  swaps: number;
  /** The weakest relation used. */
  weak: boolean;
}

/** Edit distance of two short words, up to `cap` (beyond it: cap + 1). */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (row[j] < min) min = row[j];
    }
    if (min > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length];
}

const INFLECTIONS = new Set(['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'or', 'ors', 'ment', 'ments', 'ly', 'al', 'e', 'y']);

/** Longest common subsequence length. */
function common(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return prev[b.length];
}

/**
 * A derived form (same stem, another suffix: "adjunction" - "adjunctive") is Weak; a look-alike
 * (same first letter, most letters in order: "simplex" - "sympathetic") is Weaker. Spelling
 * variants and inflections (one edit, or one word the other plus an ending) are neither.
 */
function lookAlike(a: string, b: string): Strength | undefined {
  if (a.length < 6 || b.length < 6 || a[0] !== b[0] || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) return undefined;
  if (a.startsWith(b) || b.startsWith(a) || distance(a, b, 1) <= 1) return undefined;
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
  const shorter = Math.min(a.length, b.length);
  if (prefix >= 5) {
    // Endings of inflection and of everyday derivation ("approval" - "approved", "thinning" -
    // "thinner") make the writer's own phrase; another derivational ending is the slip.
    const ends = [a.slice(prefix), b.slice(prefix)];
    if (ends.some((x) => INFLECTIONS.has(x)) || ends.some((x) => x.length > 4) || prefix < 0.6 * shorter) return undefined;
    return Strength.Weak;
  }
  return common(a, b) >= 0.55 * shorter ? Strength.Weaker : undefined;
}

/** Whether token `at` makes an expression or a phrase in use with the token before or after it. */
function pairs(index: Index, tokens: readonly Token[], at: number): boolean {
  for (const [a, b] of [[at - 1, at], [at, at + 1]]) {
    if (a < 0 || b >= tokens.length) continue;
    if (index.byKey.has(`${tokens[a].stem} ${tokens[b].stem}`) || inUse(index, [tokens[a].norm, tokens[b].norm])) return true;
  }
  return false;
}

/** Exactly one hyphen in text[from, to): the two tokens are one hyphenated word. */
function hyphenAt(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Only spaces and hyphens in text[from, to). */
function isGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 0x2010 && c !== 0x2011 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

/** What meet() answers, packed in one number to spare an allocation per call: width * 8 + strength, or -1. */
const pack = (width: number, strength: Strength) => width * 8 + strength;
const NO_MEETING = -1;

/** How expression word `k` meets the tokens from `at` (forwards, or backwards when dir = -1). */
function meet(index: Index, e: Expression, k: number, tokens: readonly Token[], at: number, dir: 1 | -1, joined: (a: number, b: number) => boolean, plain: (at: number) => boolean): number {
  const t = tokens[at];
  if (!t) return NO_MEETING;
  if (t.stem === e.keys[k]) return pack(1, Strength.Exact);
  const words = wordsOf(e);
  // A modal or auxiliary is no noun of the same spelling ("it can end" is no "rear end").
  if (t.kind !== 'word' || !words.length || AUXILIARIES.has(t.norm)) return NO_MEETING;
  const subs = ((e.subs ??= [])[k] ??= substitutesOf(index, roleOf(words, k)));
  const byStem = mayHave(subs, t.stemHash);
  const plural = k === e.keys.length - 1 ? singularStem(t) : undefined;
  const s =
    (byStem ? subs.single.get(t.stem) : undefined) ??
    (plural !== undefined ? subs.single.get(plural) : undefined) ??
    (mayHave(subs, t.normHash) ? subs.exact.get(t.norm) : undefined) ??
    (k === e.keys.length - 1 && t.norm !== t.stem && subs.exact.size ? subs.exact.get(singular(t.norm)) : undefined);
  let best = s !== undefined ? pack(1, s) : NO_MEETING;
  // In a name any capitalised word in place of one of its words garbles it ("European Medicines Company").
  if (best < 0 && e.name && t.capital && !FUNCTION.has(t.stem) && !FUNCTION.has(e.keys[k])) best = pack(1, Strength.Weaker);
  // A derived form of the word ("adjunction therapy" for "adjunctive therapy") or a look-alike
  // ("reflex simplex dystrophy" for "reflex sympathetic dystrophy"): a slip or a spinner's misreading.
  // (Not in a therapy's name: clinics name their own devices and versions, "whole body cryosauna".)
  if (best < 0 && !e.therapy && t.norm.length >= 6 && t.norm[0] === words[k][0]) {
    // A look-alike counts only in a long expression; a derived form shares five letters.
    const derivedOnly = e.keys.length < 3;
    if (!derivedOnly || t.norm.startsWith(words[k].slice(0, 5))) {
      const look = lookAlike(t.norm, words[k]);
      if (look && (!derivedOnly || look === Strength.Weak)) best = pack(1, look);
    }
  }
  // (In a three-word expression only a word that cannot be an adjective or adverb: "lower daily
  // pain" is lower pain every day, no garble of "lower back pain"; "umbilical chord tissue" is one.)
  if (best < 0 && (e.closed >> k) & 1 && plain(at) && (e.keys.length >= 4 || (!wordnetAdjective(t.norm) && !wordnetAdverb(t.norm)))) best = pack(1, Strength.Free);
  // Only the substitutes that start (or, backwards, end) with this token can meet it; in their
  // listed order, so the first of the widest wins as before.
  const multis = byStem ? ((dir === 1 ? subs.multiByFirst : subs.multiByLast).get(t.stem) ?? NONE) : NONE;
  for (let q = 0; q < multis.length; q++) {
    const m = multis[q];
    const n = m.keys.length;
    if (best >= 0 && best >> 3 >= n) continue;
    let ok = true;
    for (let w = 0; w < n && ok; w++) {
      const i = dir === 1 ? at + w : at - (n - 1) + w;
      ok = i >= 0 && i < tokens.length && tokens[i].stem === m.keys[w] && (w === 0 || joined(i - 1, i));
    }
    if (ok) best = pack(n, m.strength);
  }
  return best;
}

/** Aligns expression `e` with its word `p` on token `j`; undefined when it does not fit. */
function align(index: Index, e: Expression, ei: number, p: number, tokens: readonly Token[], j: number, joined: (a: number, b: number) => boolean, plain: (at: number) => boolean): Match | undefined {
  let swaps = 0;
  let weakest: Strength = Strength.Exact;
  let kept = 1;
  let last = j;
  let lastWidth = 1;
  for (let k = p + 1; k < e.keys.length; k++) {
    // The gap first: it is one look-up, meet() several.
    if (!joined(last, last + 1)) return undefined;
    const m = meet(index, e, k, tokens, last + 1, 1, joined, plain);
    if (m < 0) return undefined;
    const width = m >> 3;
    const strength: Strength = m & 7;
    lastWidth = width;
    if (strength === Strength.Exact) {
      kept += FUNCTION.has(e.keys[k]) ? 0 : 1;
    } else if (++swaps > MAX_SWAPS) return undefined;
    if (strength > weakest) weakest = strength;
    last += width;
  }
  const singleLast = p === e.keys.length - 1 || lastWidth === 1;
  let first = j;
  for (let k = p - 1; k >= 0; k--) {
    if (!joined(first - 1, first)) return undefined;
    const m = meet(index, e, k, tokens, first - 1, -1, joined, plain);
    if (m < 0) return undefined;
    const width = m >> 3;
    const strength: Strength = m & 7;
    if (strength === Strength.Exact) {
      kept += FUNCTION.has(e.keys[k]) ? 0 : 1;
    } else if (++swaps > MAX_SWAPS) return undefined;
    if (strength > weakest) weakest = strength;
    first -= width;
  }
  if (swaps === 0) return undefined;
  // Two swaps need two words kept; a weak relation (a hypernym) needs a longer expression.
  if (swaps > 1 && kept < 2) return undefined;
  // In a two-word expression a weak relation counts only when a spinner would pick it (rarer than
  // the word) and the expression was chosen as fixed (curated: "heart assault" for "heart attack").
  if (weakest === Strength.Free && (swaps > 1 || kept < 2)) return undefined;
  // Not when the free word makes a phrase with a neighbour ("ketamine infusion therapy").
  if (weakest === Strength.Free) for (let i = first; i <= last; i++) if (tokens[i].stem !== e.keys[i - first] && pairs(index, tokens, i)) return undefined;
  if (weakest === Strength.Weaker && e.keys.length < 3) return undefined;
  if (weakest === Strength.Weak && e.keys.length < 3 && !e.curated) return undefined;
  const weak = weakest >= Strength.Weak;
  // A name is written with capitals: its kept words too.
  if (e.name && weak) {
    for (let i = first; i <= last; i++) if (!FUNCTION.has(tokens[i].stem) && !tokens[i].capital) return undefined;
    if (kept < 2) return undefined;
  }
  return { first, last, singleLast, expr: ei, swaps, weak };
}

function singular(w: string): string {
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : /(?:s|x|z|ch|sh)es$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
}
const plural = (w: string) => (/(?:s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);

/** The expression in the number and case of the source text, with "a"/"an" fixed before it. */
function replacement(e: Expression, sourceText: string, lastToken: Token, singleLast: boolean): string {
  const words = e.text.split(' ');
  const lastWord = words[words.length - 1];
  const sourcePlural = singleLast && lastToken.norm !== lastToken.stem && lastToken.norm.endsWith('s') && !lastToken.norm.endsWith('ss');
  const exprPlural = /[^s]s$/.test(lastWord) && stem(lastWord) !== lastWord;
  if (sourcePlural && !exprPlural) words[words.length - 1] = plural(lastWord);
  else if (!sourcePlural && exprPlural) words[words.length - 1] = singular(lastWord);
  let text = words.join(' ');
  if (/^[A-Z]/.test(sourceText) && /^[a-z]/.test(text)) text = text[0].toUpperCase() + text.slice(1);
  return text;
}

const startsWithVowelSound = (s: string) => /^[aeiou]/i.test(s) && !/^(?:uni|use|eu|one)/i.test(s);

// A re-lint reads an unchanged block again as a copy of its earlier tokens (core/tokens.ts): its
// garbled expressions are the same, at offsets moved with the block.
const seen = new WeakMap<readonly Token[], { lexicon: Lexicon; base: number; found: GarbledExpression[] }>();

/**
 * Garbled expressions in one sentence. `text` is the document source; `tokens` the sentence's.
 */
export function garbledExpressionsIn(lexicon: Lexicon, text: string, tokens: readonly Token[]): GarbledExpression[] {
  const original = originalOf(tokens);
  if (!original || !tokens.length) return findGarbled(lexicon, text, tokens);
  const base = tokens[0].start;
  const hit = seen.get(original);
  if (hit && hit.lexicon === lexicon) return hit.found.map((g) => ({ ...g, start: g.start - hit.base + base, end: g.end - hit.base + base }));
  const found = findGarbled(lexicon, text, tokens);
  seen.set(original, { lexicon, base, found });
  return found.map((g) => ({ ...g }));
}

function isPlain(lexicon: Lexicon, t: Token): boolean {
  if (t.kind !== 'word' || t.norm.length < 3 || FUNCTION.has(t.norm) || !/^[a-z]+$/.test(t.norm)) return false;
  const flags = lexicon.wordFlags(t.norm) || lexicon.wordFlags(t.stem);
  // Nor a body part or a disorder ("age-related joint degeneration" is its own term).
  return (flags & FLAG.ENGLISH) !== 0 && (flags & FLAG.PATIENT) === 0 && !((flags & FLAG.MEDICAL) !== 0 && (flags & FLAG.COMMON) === 0);
}

/**
 * Garbled expressions found by aligning every posting of every anchor, without the filing of
 * Anchor: slow, and the same answers (the test of the filing).
 */
export const garbledByEveryPosting = (lexicon: Lexicon, text: string, tokens: readonly Token[]) => findGarbled(lexicon, text, tokens, true);

function findGarbled(lexicon: Lexicon, text: string, tokens: readonly Token[], everyPosting = false): GarbledExpression[] {
  const index = indexOf(lexicon);
  if (!index) return [];
  // Whether only spaces or hyphens stand between neighbouring tokens, decided once per sentence.
  const gaps = new Uint8Array(tokens.length);
  for (let i = 0; i + 1 < tokens.length; i++) gaps[i] = isGap(text, tokens[i].end, tokens[i + 1].start) ? 1 : 0;
  const joined = (a: number, b: number) => a >= 0 && b < tokens.length && b === a + 1 && gaps[a] === 1;
  // Token i is a plain English word, not a technical term of its own ("norepinephrine" makes
  // another drug class); asked for many expressions' free slots, so decided once per token.
  const plainAt = new Int8Array(tokens.length).fill(-1);
  const plain = (i: number) => (plainAt[i] < 0 ? (plainAt[i] = isPlain(lexicon, tokens[i]) ? 1 : 0) : plainAt[i]) === 1;
  const matches: Match[] = [];
  for (let j = 0; j < tokens.length; j++) {
    // Most tokens start nothing, and the filter says so without a look-up.
    if (!mayStart(index, tokens[j].stemHash)) continue;
    // Whole renderings ("circulatory strain").
    for (const r of index.phrases.get(tokens[j].stem) ?? NONE) {
      const last = j + r.keys.length - 1;
      if (last < tokens.length && r.keys.every((k, i) => tokens[j + i].stem === k && (i === 0 || joined(j + i - 1, j + i)))) matches.push({ first: j, last, singleLast: true, expr: r.expr, swaps: 1, weak: false });
    }
    const anchor = tokens[j].kind === 'word' ? anchorOf(index, tokens[j].stem) : undefined;
    if (!anchor) continue;
    const { postings } = anchor;
    for (const q of everyPosting ? postings.map((_, i) => i) : candidates(anchor, tokens, j)) {
      const p = postings[q] & 7;
      // Room for the expression around the token (a multiword substitute only widens it).
      if (j < p || j + ((postings[q] >> 3) & 7) - p > tokens.length) continue;
      const ei = postings[q] >> 6;
      const e = exprAt(index, ei);
      const m = align(index, e, ei, p, tokens, j, joined, plain);
      if (!m) continue;
      const norms = tokens.slice(m.first, m.last + 1).map((t) => t.norm);
      if (inUse(index, norms)) continue;
      // "anxiety and low mood": a swapped last word followed by another word of its phrase
      // modifies that word; it does not stand for the expression's head.
      const next = tokens[m.last + 1];
      if (tokens[m.last].stem !== e.keys[e.keys.length - 1] && next && joined(m.last, m.last + 1) && next.kind === 'word' && !next.capital && !FUNCTION.has(next.norm) && !AUXILIARIES.has(next.norm) && onlyNoun(next.norm)) continue;
      // "how the body breaks down medicines": a swapped last word before a verb's particle is a
      // verb, the word before it its subject, and no expression.
      if (tokens[m.last].stem !== e.keys[e.keys.length - 1] && next && joined(m.last, m.last + 1) && PARTICLES.has(next.norm) && wordnetVerb(tokens[m.last].norm) !== undefined) continue;
      // A span cannot split a hyphenated word ("non-steroidal anti-inflammatory" holds no
      // "steroidal anti-inflammatory"), nor take the last word of an expression written in full
      // just before it ("mental health nurse" is no "health nurse").
      if (m.first > 0 && hyphenAt(text, tokens[m.first - 1].end, tokens[m.first].start)) continue;
      if (m.last + 1 < tokens.length && hyphenAt(text, tokens[m.last].end, tokens[m.last + 1].start)) continue;
      if (m.first > 0 && joined(m.first - 1, m.first) && index.byKey.has(`${tokens[m.first - 1].stem} ${tokens[m.first].stem}`)) continue;
      // Part of a longer phrase in use.
      if (m.first > 0 && joined(m.first - 1, m.first) && inUse(index, [tokens[m.first - 1].norm, ...norms])) continue;
      if (m.last + 1 < tokens.length && joined(m.last, m.last + 1) && inUse(index, [...norms, tokens[m.last + 1].norm])) continue;
      // A name is garbled only as a whole: "Pan American Health Organization" is no "World Health
      // Organization", "Mental Health Services Administration" no "mental health services".
      if (e.name || m.weak) {
        const capitalName = (t: Token | undefined) => t !== undefined && t.capital && !FUNCTION.has(t.norm) && !/^[A-Z.]+$/.test(text.slice(t.start, t.end));
        if ((m.first > 0 && capitalName(tokens[m.first - 1])) || capitalName(tokens[m.last + 1])) continue;
      }
      matches.push(m);
    }
  }
  if (!matches.length) return [];
  // Longest span first, then fewest swaps, strong before weak, the commoner expression.
  matches.sort((a, b) => b.last - b.first - (a.last - a.first) || a.swaps - b.swaps || Number(a.weak) - Number(b.weak) || exprAt(index, b.expr).count - exprAt(index, a.expr).count);
  const out: GarbledExpression[] = [];
  // Tokens already covered, and the matches of each span: linear in a sentence of any length.
  const taken = new Uint8Array(tokens.length);
  const bySpan = new Map<number, Match[]>();
  for (const m of matches) {
    const key = m.first * tokens.length + m.last;
    const list = bySpan.get(key);
    if (list) list.push(m);
    else bySpan.set(key, [m]);
  }
  for (const m of matches) {
    let free = true;
    for (let k = m.first; k <= m.last && free; k++) free = taken[k] === 0;
    if (!free) continue;
    const rivals = bySpan.get(m.first * tokens.length + m.last)!.filter((o) => o !== m && o.swaps === m.swaps && o.weak === m.weak && exprAt(index, o.expr).text.toLowerCase() !== exprAt(index, m.expr).text.toLowerCase());
    taken.fill(1, m.first, m.last + 1);
    const e = exprAt(index, m.expr);
    let start = tokens[m.first].start;
    const end = tokens[m.last].end;
    const source = text.slice(start, end);
    let fix = replacement(e, source, tokens[m.last], m.singleLast);
    // "an operating nose" -> "a runny nose": the article goes with the word it sits before.
    const before = m.first > 0 ? tokens[m.first - 1] : undefined;
    if (before && (before.norm === 'a' || before.norm === 'an') && /^\s+$/.test(text.slice(before.end, start))) {
      const article = startsWithVowelSound(fix) ? 'an' : 'a';
      if (article !== before.norm) {
        const raw = text.slice(before.start, before.end);
        start = before.start;
        fix = `${/^A/.test(raw) ? article[0].toUpperCase() + article.slice(1) : article} ${fix}`;
      }
    }
    out.push({ start, end, fix, expression: e.text, certain: !m.weak && rivals.length === 0 });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface SwappedCondition {
  start: number;
  end: number;
  /** The condition (or conditions, "depression and anxiety") in the source's case. */
  fix: string;
  conditions: string[];
}

const firstWords = new WeakMap<Record<string, string>, Set<string>>();
/** First words of the plain words, so that other tokens are passed over without building keys. */
function firstWordsOf(swaps: Record<string, string>): Set<string> {
  let set = firstWords.get(swaps);
  if (!set) firstWords.set(swaps, (set = new Set(Object.keys(swaps).map((k) => k.split(' ')[0]))));
  return set;
}

const PEOPLE = new Set(['people', 'patients', 'person', 'adults', 'children', 'those', 'living', 'live', 'lives', 'anyone', 'someone']);
const LINKS = new Set(['of', 'for', 'from', 'with', 'like', 'against']);

/**
 * One-word conditions swapped for a plain word in a medical frame ("used to treat low spirits",
 * "symptoms of nervousness", "low spirits and nervousness"). `frames` are the words that make the
 * frame medical, `conditions` the one-word conditions themselves.
 */
export function swappedConditionsIn(lexicon: Lexicon, text: string, tokens: readonly Token[], frames: ReadonlySet<string>, conditions: ReadonlySet<string>): SwappedCondition[] {
  const swaps = lexicon.terms.expressions?.conditions;
  if (!swaps) return [];
  // Plain words found: [first token, last token, condition].
  const found: [number, number, string][] = [];
  const firsts = firstWordsOf(swaps);
  for (let i = 0; i < tokens.length; i++) {
    if (!firsts.has(tokens[i].norm)) continue;
    const one = swaps[tokens[i].norm];
    const two = i + 1 < tokens.length ? swaps[`${tokens[i].norm} ${tokens[i + 1].norm}`] : undefined;
    if (two) found.push([i, ++i, two]);
    else if (one) found.push([i, i, one]);
  }
  if (!found.length) return [];
  const framed = (first: number) => {
    const prev = tokens[first - 1];
    if (!prev) return false;
    if (frames.has(prev.norm)) return true;
    const before = tokens[first - 2];
    return LINKS.has(prev.norm) && before !== undefined && (frames.has(before.norm) || PEOPLE.has(before.norm));
  };
  const coordinated = (a: number, b: number) => b === a + 2 && (tokens[a + 1].norm === 'and' || tokens[a + 1].norm === 'or');
  const out: SwappedCondition[] = [];
  for (let k = 0; k < found.length; k++) {
    const [first, last, condition] = found[k];
    const next = found[k + 1];
    // "low spirits and nervousness": two swaps joined are one garbled pair.
    if (next && coordinated(last, next[0])) {
      const start = tokens[first].start;
      const end = tokens[next[1]].end;
      const joiner = tokens[last + 1].norm;
      out.push({ start, end, fix: caseOf(text.slice(start, end), `${condition} ${joiner} ${next[2]}`), conditions: [condition, next[2]] });
      k++;
      continue;
    }
    const neighbour = (i: number) => tokens[i] !== undefined && conditions.has(tokens[i].norm);
    const withCondition = (first >= 2 && ['and', 'or'].includes(tokens[first - 1].norm) && neighbour(first - 2)) || (['and', 'or'].includes(tokens[last + 1]?.norm) && neighbour(last + 2));
    if (!framed(first) && !withCondition) continue;
    const start = tokens[first].start;
    const end = tokens[last].end;
    out.push({ start, end, fix: caseOf(text.slice(start, end), condition), conditions: [condition] });
  }
  return out;
}

const caseOf = (source: string, text: string) => (/^[A-Z]/.test(source) ? text[0].toUpperCase() + text.slice(1) : text);

/**
 * The expression that token `i` makes with its neighbours when its stem is `stem` (the word a
 * writer may have meant): its first and last token and text, or undefined. Only spaces or hyphens
 * may stand between the tokens.
 */
export function expressionAround(lexicon: Lexicon, text: string, tokens: readonly Token[], i: number, stemAt: string): { first: number; last: number; expression: string } | undefined {
  const index = indexOf(lexicon);
  if (!index) return undefined;
  const joined = (a: number, b: number) => /^[\s\-\u2010\u2011]*$/.test(text.slice(tokens[a].end, tokens[b].start));
  for (let n = 4; n >= 2; n--) {
    for (let first = Math.max(0, i - n + 1); first <= i && first + n <= tokens.length; first++) {
      const last = first + n - 1;
      let ok = true;
      const keys: string[] = [];
      for (let k = first; k <= last && ok; k++) {
        keys.push(k === i ? stemAt : tokens[k].stem);
        ok = k === first || joined(k - 1, k);
      }
      const expr = ok ? index.byKey.get(keys.join(' ')) : undefined;
      if (expr !== undefined) return { first, last, expression: exprAt(index, expr).text };
    }
  }
  return undefined;
}
