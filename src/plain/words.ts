// Words as a reader counts them, from the tokens the core already made: a hyphenated word or a
// contraction is one word ("pain-free", "isn't"), though the tokens split it for phrase matching.
// Syllables come from the `syllable` package (a maintained English syllable counter), cached per
// word because an article repeats a few hundred distinct words.

import { syllable } from 'syllable';
import type { Sentence } from '../core/document.js';
import type { Token } from '../core/tokens.js';

export interface Word {
  start: number;
  end: number;
}

/** A hyphen that joins the parts of one word ("pain-free"). */
const isJoiner = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;

/**
 * Calls `visit` with each word's range: word and number tokens, rejoined where the source has no
 * space between them. `token` is the word's one token when it has only one (its `norm` saves a
 * slice of the text). Returns the number of words.
 */
export function forEachWord(sentence: Sentence, text: string, visit: (start: number, end: number, token: Token | undefined) => void): number {
  let start = -1;
  let end = -1;
  let only: Token | undefined;
  let count = 0;
  for (const t of sentence.tokens) {
    if (t.kind === 'symbol') continue;
    if (start >= 0 && (t.start <= end || (t.start === end + 1 && isJoiner(text.charCodeAt(end))))) {
      if (t.end > end) end = t.end;
      only = undefined;
      continue;
    }
    if (start >= 0) visit(start, end, only);
    start = t.start;
    end = t.end;
    only = t;
    count++;
  }
  if (start >= 0) visit(start, end, only);
  return count;
}

const NOTHING = () => {};

/** How many words the sentence has (see forEachWord). */
export const wordCount = (sentence: Sentence, text: string): number => forEachWord(sentence, text, NOTHING);

/** The sentence's words (see forEachWord). */
export function wordsOf(sentence: Sentence, text: string): Word[] {
  const out: Word[] = [];
  forEachWord(sentence, text, (start, end) => out.push({ start, end }));
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
  let n = cache.get(word);
  if (n !== undefined) return n;
  if (word.length > LONGEST_WORD) return Math.max(1, word.match(/[aeiouy]+/gi)?.length ?? 0);
  // Keyed as written (a hit needs no lower-casing); counted in lower case.
  n = Math.max(1, syllable(word.toLowerCase()));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, n);
  return n;
}
