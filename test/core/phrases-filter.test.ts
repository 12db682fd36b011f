// The matcher's filters (core/phrases.ts: a token's key hashes skip look-ups, and the sentence
// filter passes over patterns whose other words are absent) only spare work: the matches of a
// sentence are those found with the filters off (tokens without hashes turn them off).

import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { PhraseMatcher, patternError } from '../../src/core/phrases.js';
import { tokenizeWord, type Token } from '../../src/core/tokens.js';

const WORDS = ['it', 'cures', 'cure', 'pain', 'the', 'no', 'side', 'effects', 'effect', 'safe', 'very', 'fast', 'relief', 'for', 'all', '70', 'percent', 'patients', 'not', 'may', 'help', 'pain-free', "isn't"];
const tokensOf = (words: string[]): Token[] => {
  let at = 0;
  return words.flatMap((w) => {
    const t = tokenizeWord(w, at);
    at += w.length + 1;
    return t;
  });
};
const withoutHashes = (tokens: Token[]): Token[] => tokens.map((t) => ({ ...t, stemHash: undefined, normHash: undefined }));
const element = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(...WORDS).map((w) => `=${w.replace(/['-].*/, '')}`),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `${a.replace(/['-].*/, '')}|${b.replace(/['-].*/, '')}`),
  fc.constantFrom('*', '...', '#', '[very|so]', '[no]'),
);
const pattern = fc.array(element, { minLength: 1, maxLength: 5 }).map((els) => els.join(' '));

it('the filters change no match', () => {
  fc.assert(
    fc.property(fc.array(pattern, { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }), (patterns, words) => {
      const matcher = new PhraseMatcher(patterns.map((p, i) => ({ pattern: p, value: i })), { lenient: true });
      const tokens = tokensOf(words);
      assert.deepStrictEqual(matcher.match(tokens), matcher.match(withoutHashes(tokens)));
    }),
    { numRuns: 2000, seed: 11 },
  );
});

it('a pattern word the tokenizer splits ("cannot") matches as the text reads it; as an alternative it is an error', () => {
  const matcher = new PhraseMatcher([{ pattern: 'cannot fail', value: 1 }, { pattern: 'never fail', value: 2 }], { lenient: true });
  assert.deepStrictEqual(
    matcher.match(tokensOf(['it', 'cannot', 'fail'])).map((m) => m.value),
    [1],
  );
  assert.match(patternError('cannot|never fail') ?? '', /single words/);
});
