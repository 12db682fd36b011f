// PhraseMatcher.match on a token list that copies another (a block unchanged since the file's last
// lint, core/tokens.ts markCopy): the matches a search of the copy finds, at the copy's offsets,
// as fresh objects each time.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PhraseMatcher } from '../../src/core/phrases.js';
import { markCopy, tokenizeWord, type Token } from '../../src/core/tokens.js';

const tokensOf = (text: string, base = 0): Token[] => {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) out.push(...tokenizeWord(m[0], base + m.index!));
  return out;
};

describe('phrase matches of a copied token list (core/phrases.ts)', () => {
  const matcher = new PhraseMatcher([
    { pattern: 'cure ... pain', value: 'cure' },
    { pattern: '# percent', value: 'share' },
    { pattern: '[most] people', value: 'people' },
  ]);
  const text = 'It cures your pain: 70 percent of most people said so.';

  it('are the matches of the copy itself, moved', () => {
    const original = tokensOf(text);
    const copy = tokensOf(text, 100);
    markCopy(copy, original);
    const fresh = tokensOf(text, 100);
    assert.deepStrictEqual(matcher.match(copy), matcher.match(fresh));
    assert.deepStrictEqual(matcher.match(copy), matcher.match(fresh));
    assert.ok(matcher.match(copy).length >= 3);
  });

  it('are new objects on every call', () => {
    const original = tokensOf(text);
    const copy = tokensOf(text, 7);
    markCopy(copy, original);
    const a = matcher.match(copy);
    a.sort((x, y) => y.first - x.first);
    a[0].start = -1;
    assert.deepStrictEqual(matcher.match(copy), matcher.match(tokensOf(text, 7)));
  });
});
