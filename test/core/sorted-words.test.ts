import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import data from 'fairbalance:word-classes';
import { SortedWords, inSortedList, markInSortedList } from '../../src/core/sorted-words.js';

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

  it('finds the mark after a word in a marked list, and nothing for others', () => {
    const marked = 'aTabBabcSbPzzA';
    assert.deepEqual(['a', 'ab', 'abc', 'b', 'zz', 'abcd', 'c', '', 'A', 'ab c'].map((w) => markInSortedList(marked, w)), ['T', 'B', 'S', 'P', 'A', undefined, undefined, undefined, undefined, undefined]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 60 }), fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 30 }), (words, probes) => {
        const sorted = [...words].sort();
        const list = sorted.map((w, i) => w + 'BSPAT'[i % 5]).join('');
        for (const w of [...sorted, ...probes]) assert.equal(markInSortedList(list, w), sorted.includes(w) ? 'BSPAT'[sorted.indexOf(w) % 5] : undefined, w);
      }),
    );
  });

  it("WordNet's word classes are built sorted and without repeats (the search relies on it)", () => {
    const lists = [data.verbs, data.commonVerbs, data.changeVerbs, data.intransitiveVerbs, data.adjectives, data.adverbs];
    for (const l of lists) {
      const words = l.split(' ');
      assert.ok(words.length > 10);
      for (let i = 1; i < words.length; i++) assert.ok(words[i - 1] < words[i], `${words[i - 1]} before ${words[i]}`);
    }
    const nouns = data.nounKinds.split(/[A-Z]/).slice(0, -1);
    assert.ok(nouns.length > 1000 && /[BSPAT]$/.test(data.nounKinds));
    for (let i = 1; i < nouns.length; i++) assert.ok(nouns[i - 1] < nouns[i], `${nouns[i - 1]} before ${nouns[i]}`);
  });
});
