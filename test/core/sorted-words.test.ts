import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import data from 'fairbalance:word-classes';
import { SortedWords, inSortedList } from '../../src/core/sorted-words.js';

describe('sorted word lists', () => {
  const list = ['a', 'ab', 'abc', 'b', 'ba', 'heal', 'healer', 'zz'].join(' ');

  it('finds every word of the list, at either end and in the middle', () => {
    for (const w of list.split(' ')) assert.equal(inSortedList(list, w), true, w);
  });

  it('finds no prefix, extension, neighbour, empty string or phrase', () => {
    for (const w of ['', 'aa', 'abcd', 'hea', 'heale', 'healers', 'c', 'zzz', '0', 'a b', ' ']) assert.equal(inSortedList(list, w), false, JSON.stringify(w));
    assert.equal(inSortedList('', 'a'), false);
    assert.equal(inSortedList('one', 'one'), true);
  });

  it('answers as a set of the same words does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 60 }), fc.array(fc.stringMatching(/^[a-z]{0,6}$/), { maxLength: 30 }), (words, probes) => {
        const sorted = [...words].sort();
        const joined = sorted.join(' ');
        const cached = new SortedWords(joined);
        for (const w of [...sorted, ...probes]) {
          assert.equal(inSortedList(joined, w), sorted.includes(w), w);
          assert.equal(cached.has(w), sorted.includes(w), w);
        }
      }),
    );
  });

  it("WordNet's word classes are built sorted and without repeats (the search relies on it)", () => {
    const lists = [data.verbs, data.commonVerbs, data.changeVerbs, data.adjectives, data.adverbs, ...Object.values(data.nouns)];
    for (const l of lists) {
      const words = l.split(' ');
      assert.ok(words.length > 10);
      for (let i = 1; i < words.length; i++) assert.ok(words[i - 1] < words[i], `${words[i - 1]} before ${words[i]}`);
    }
  });
});
