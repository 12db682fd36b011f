// Words as a reader counts them, from the tokens the core already made: a hyphenated word or a
// contraction is one word ("pain-free", "isn't"), though the tokens split it for phrase matching.
// Syllables come from the `syllable` package (a maintained English syllable counter), cached per
// word because an article repeats a few hundred distinct words.

import { syllable } from 'syllable';
import type { Sentence } from '../core/document.js';

export interface Word {
  start: number;
  end: number;
}

const JOINERS = /^[-\u2010\u2011]$/;

/** The sentence's words: word and number tokens, rejoined where the source has no space between them. */
export function wordsOf(sentence: Sentence, text: string): Word[] {
  const out: Word[] = [];
  for (const t of sentence.tokens) {
    if (t.kind === 'symbol') continue;
    const prev = out[out.length - 1];
    if (prev && (t.start <= prev.end || (t.start === prev.end + 1 && JOINERS.test(text[prev.end])))) {
      prev.end = Math.max(prev.end, t.end);
    } else out.push({ start: t.start, end: t.end });
  }
  return out;
}

const cache = new Map<string, number>();
const CACHE_LIMIT = 50000;
/**
 * Longer than any English word: a pasted hash or a fuzzer's input. `syllable` is quadratic in the
 * length of its input (6 s for 100,000 letters), so such a run is counted by its vowel groups.
 */
const LONGEST_WORD = 45;

/** Syllables in one word; at least one (the package gives 0 for digits: "2008" is still a word read aloud). */
export function syllablesIn(word: string): number {
  if (word.length > LONGEST_WORD) return Math.max(1, word.match(/[aeiouy]+/gi)?.length ?? 0);
  const key = word.toLowerCase();
  let n = cache.get(key);
  if (n === undefined) {
    n = Math.max(1, syllable(key));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, n);
  }
  return n;
}
