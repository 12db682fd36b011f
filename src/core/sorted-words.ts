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
 * Where `word` ends in `list` (the index just after it), or -1. `list` holds lower-case words
 * (a-z), sorted in code-unit order (what `Array.prototype.sort` gives), each ended by one character
 * outside a-z (a space, or a mark such as a kind letter) or by the end of the list.
 */
function endOf(list: string, word: string): number {
  if (!/^[a-z]+$/.test(word)) return -1;
  const ends = (i: number) => {
    const c = list.charCodeAt(i);
    return c < 97 || c > 122;
  };
  // [lo, hi): lo is the start of the first candidate word, hi the end of the last (with its ending).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > lo && !ends(start - 1)) start--;
    let end = start;
    while (end < hi && !ends(end)) end++;
    const c = compareAt(list, start, end, word);
    if (c === 0) return end;
    if (c < 0) lo = end + 1;
    else hi = start;
  }
  return -1;
}

/** Whether `word` is one of the space-separated words of sorted `list`. */
export const inSortedList = (list: string, word: string) => endOf(list, word) >= 0;

/** The mark after `word` in a list of words each followed by one ("appleTbrainB": "brain" -> "B"), or undefined. */
export function markInSortedList(list: string, word: string): string | undefined {
  const end = endOf(list, word);
  return end >= 0 && end < list.length ? list[end] : undefined;
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
