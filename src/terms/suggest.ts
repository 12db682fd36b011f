// Correction candidates for an unknown word: a bounded, weighted Damerau-Levenshtein walk of the
// lexicon trie (only branches still within the bound are visited, never a scan of every word).
// Weights follow how writers err: doubled or dropped double letters, vowels confused, sounds
// spelled another way (ph/f, c/k/s), neighbouring keys, swapped letters cost less than other edits.

import { FLAG, type Lexicon, type Trie } from './lexicon.js';

const VOWELS = 'aeiouy';
const SOUND_ALIKE = ['ck', 'cs', 'kq', 'cq', 'sz', 'gj', 'iy', 'fv', 'dt', 'bp', 'mn', 'xz'];
const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

const A = 97;
const SUB = new Float32Array(26 * 26).fill(1);
(function fillSubstitutionCosts() {
  const set = (a: string, b: string, cost: number) => {
    const i = (a.charCodeAt(0) - A) * 26 + (b.charCodeAt(0) - A);
    const j = (b.charCodeAt(0) - A) * 26 + (a.charCodeAt(0) - A);
    SUB[i] = Math.min(SUB[i], cost);
    SUB[j] = Math.min(SUB[j], cost);
  };
  KEYBOARD.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (c + 1 < row.length) set(row[c], row[c + 1], 0.7);
      const below = KEYBOARD[r + 1];
      if (below) for (const d of [c - 1, c]) if (below[d]) set(row[c], below[d], 0.75);
    }
  });
  for (const a of VOWELS) for (const b of VOWELS) if (a !== b) set(a, b, 0.6);
  for (const [a, b] of SOUND_ALIKE) set(a, b, 0.6);
  for (let i = 0; i < 26; i++) SUB[i * 26 + i] = 0;
})();

const isVowel = (c: number) => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
const subCost = (a: number, b: number) => (a >= A && a < A + 26 && b >= A && b < A + 26 ? SUB[(a - A) * 26 + (b - A)] : a === b ? 0 : 1);
/** Cost of a letter present on one side only; `prev` is the letter before it on that side. */
const gapCost = (c: number, prev: number) => (c === prev ? 0.4 : isVowel(c) ? 0.7 : 0.8);
const TRANSPOSE = 0.6;
const PH_F = 0.3;
const P = 112;
const H = 104;
const F = 102;

export interface Candidate {
  word: string;
  /** Edit cost. */
  cost: number;
  /** Cost adjusted for how likely the word is meant (ranking key). */
  score: number;
  common: boolean;
}

export interface Suggestions {
  medical: Candidate[];
  /** Cost of the nearest word that is English and not medical (Infinity if none within bound). */
  englishCost: number;
}

/** Costs are float32 sums: allow for rounding, so that 0.6 + 0.4 still counts as 1. */
const ROUNDING = 1e-4;
export const atMost = (cost: number, limit: number) => cost <= limit + ROUNDING;

/** Cost bound for a word of `n` letters: short words allow one slip, long words about two. */
export function maxCost(n: number): number {
  return n <= 4 ? 0 : n <= 6 ? 1 : n <= 9 ? 1.6 : 2.1;
}

// Unknown words recur (the same typo, a clinic's name on every line, every re-lint while a writer
// types), and the trie search is the costliest step of a lint: remember answers, within a cap.
// One cache per lexicon: the answers depend on its words.
const CACHE_LIMIT = 20000;
const caches = new WeakMap<Lexicon, Map<string, Suggestions>>();

/** Medical words of the lexicon within `bound` of `word` (lower case a-z), best first. */
export function suggest(lexicon: Lexicon, word: string, bound = maxCost(word.length), limit = 5): Suggestions {
  let cache = caches.get(lexicon);
  if (!cache) caches.set(lexicon, (cache = new Map()));
  const key = `${word}\u0000${bound}\u0000${limit}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const result = search(lexicon.trie, word, bound, limit);
  cache.set(key, result);
  return result;
}

function search(t: Trie, word: string, bound: number, limit: number): Suggestions {
  bound += ROUNDING;
  const q = Array.from(word, (ch) => ch.charCodeAt(0));
  const n = q.length;
  const root = new Float32Array(n + 1);
  for (let j = 1; j <= n; j++) root[j] = root[j - 1] + gapCost(q[j - 1], j > 1 ? q[j - 2] : -1);
  const found: Candidate[] = [];
  let englishCost = Infinity;
  const path: number[] = [];
  // One row per trie depth, reused: a depth-first walk needs only the rows on its current path.
  const rows: Float32Array[] = [root];
  const rowAt = (d: number) => (rows[d] ??= new Float32Array(n + 1));

  const visit = (node: number, row: Float32Array, prev: Float32Array | undefined) => {
    const depth = path.length;
    const flags = t.flags[node];
    const cost = row[n];
    if (cost <= bound && depth > 0) {
      if (flags & FLAG.MEDICAL) {
        const w = String.fromCharCode(...path);
        const common = (flags & FLAG.COMMON) !== 0;
        const firstLetter = path[0] === q[0] ? 0 : 0.3;
        const usage = flags & FLAG.PATIENT ? -0.15 : common ? 0 : 0.3;
        found.push({ word: w, cost, common, score: cost + firstLetter + usage + 0.02 * Math.abs(w.length - n) });
      } else if (flags & FLAG.ENGLISH) englishCost = Math.min(englishCost, cost);
    }
    for (let e = t.first[node]; e < t.first[node + 1]; e++) {
      const c = t.chars[e];
      const tPrev = depth > 0 ? path[depth - 1] : -1;
      const next = rowAt(depth + 1);
      next[0] = row[0] + gapCost(c, tPrev);
      let min = next[0];
      for (let j = 1; j <= n; j++) {
        const qc = q[j - 1];
        const qPrev = j > 1 ? q[j - 2] : -1;
        let v = row[j - 1] + subCost(c, qc);
        v = Math.min(v, row[j] + gapCost(c, tPrev), next[j - 1] + gapCost(qc, qPrev));
        if (prev && j > 1 && c === qPrev && tPrev === qc && c !== qc) v = Math.min(v, prev[j - 2] + TRANSPOSE);
        if (prev && tPrev === P && c === H && qc === F) v = Math.min(v, prev[j - 1] + PH_F);
        if (j > 1 && c === F && qPrev === P && qc === H) v = Math.min(v, row[j - 2] + PH_F);
        next[j] = v;
        if (v < min) min = v;
      }
      if (min > bound) continue;
      path.push(c);
      visit(t.target[e], next, row);
      path.pop();
    }
  };
  visit(0, root, undefined);
  found.sort((a, b) => a.score - b.score || a.word.localeCompare(b.word));
  return { medical: found.slice(0, limit), englishCost };
}
