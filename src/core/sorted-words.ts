// Sorted word lists kept as one space-separated string and searched in place (binary search over
// character positions): a list of tens of thousands of words costs nothing at start-up, where a
// Set of them takes milliseconds to build and megabytes to hold in every thread.

/** Compares list[start, end) with `word` in code-unit order: < 0, 0 or > 0. */
function compareAt(list: string, start: number, end: number, word: string): number {
  const n = Math.min(end - start, word.length);
  for (let i = 0; i < n; i++) {
    const d = list.charCodeAt(start + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - word.length;
}

/**
 * Whether `word` is one of the words of `list`: words separated by single spaces, sorted in
 * code-unit order (what `Array.prototype.sort` gives), none empty.
 */
export function inSortedList(list: string, word: string): boolean {
  if (!word || word.includes(' ')) return false;
  // [lo, hi): lo is the start of the first candidate word, hi the end of the last.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > lo && list.charCodeAt(start - 1) !== 32) start--;
    let end = list.indexOf(' ', start);
    if (end < 0 || end > hi) end = hi;
    const c = compareAt(list, start, end, word);
    if (c === 0) return true;
    if (c < 0) lo = end + 1;
    else hi = start - 1;
  }
  return false;
}

/**
 * The mark after `word` in `list`: lower-case words each followed by one character outside a-z (its
 * mark, which also ends it), sorted by word in code-unit order. Undefined when the word is absent.
 * ("appleTbrainB": "brain" -> "B".)
 */
export function markInSortedList(list: string, word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  const isMark = (i: number) => {
    const c = list.charCodeAt(i);
    return c < 97 || c > 122;
  };
  // [lo, hi): lo is the start of the first candidate word, hi the end of the last (after its mark).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > lo && !isMark(start - 1)) start--;
    let end = start;
    while (end < hi && !isMark(end)) end++;
    const c = compareAt(list, start, end, word);
    if (c === 0) return list[end];
    if (c < 0) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

const CACHE_LIMIT = 50000;

/** A sorted list with its answers cached: a text asks about the same few thousand words again and again. */
export class SortedWords {
  private readonly cache = new Map<string, boolean>();
  constructor(private readonly list: string) {}

  has(word: string): boolean {
    let hit = this.cache.get(word);
    if (hit === undefined) {
      hit = inSortedList(this.list, word);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, hit);
    }
    return hit;
  }
}
