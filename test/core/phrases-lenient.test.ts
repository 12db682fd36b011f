// PhraseMatcher on patterns that do not parse: strict by default (built-in data is checked), and
// with `lenient` the rest still match, each indexed as in the list of patterns that parse.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PhraseError, PhraseMatcher } from '../../src/core/phrases.js';
import { tokenizeWord, type Token } from '../../src/core/tokens.js';

const tokensOf = (text: string): Token[] => [...text.matchAll(/\S+/g)].flatMap((m) => tokenizeWord(m[0], m.index!));
const entries = [
  { pattern: '[cure', value: 'unbalanced' },
  { pattern: 'cure ... pain', value: 'cure' },
  { pattern: 'heals ...', value: 'trailing gap' },
  { pattern: 'no side effects', value: 'safety' },
];

describe('phrase patterns that do not parse', () => {
  it('throw a PhraseError by default', () => {
    assert.throws(() => new PhraseMatcher(entries), PhraseError);
  });

  it('are left out with lenient, and the others match', () => {
    const found = new PhraseMatcher(entries, { lenient: true }).match(tokensOf('It cures the pain with no side effects'));
    assert.deepStrictEqual(
      found.map((m) => [m.value, m.patternIndex, m.first, m.last]),
      [
        ['cure', 0, 1, 3],
        ['safety', 1, 5, 7],
      ],
    );
  });
});
