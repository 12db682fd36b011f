// Small token helpers the plain analyses share.

import type { Token } from '../core/tokens.js';

/** Do the tokens hold these words (lower case, in order, one token each)? */
export function hasSequence(tokens: readonly Token[], words: readonly string[]): boolean {
  if (!words.length) return false;
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let j = 0; j < words.length; j++) if (tokens[i + j].norm !== words[j]) continue outer;
    return true;
  }
  return false;
}

/** A phrase as a phrase pattern of its exact forms ("also known as" -> "=also =known =as"). */
export const exactPattern = (phrase: string): string =>
  phrase
    .trim()
    .split(/\s+/)
    .map((w) => `=${w}`)
    .join(' ');
