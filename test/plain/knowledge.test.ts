// plain.yaml is data a medical writer edits: its shape, its sources, and that every acronym it
// names is one the rule can see.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import plainData from '../../src/knowledge/plain.yaml';
import { jargonForms, plainKnowledge, acronymExpansion } from '../../src/knowledge/plain.js';
import { acronymKey } from '../../src/plain/acronyms.js';
import { indefiniteArticle, articleFor } from '../../src/plain/articles.js';

const KEYS = new Set(['term', 'plain', 'swap', 'plural', 'forms', 'participle', 'except', 'alsoAdjective']);
const SWAPS = new Set(['noun', 'mass', 'adjective', 'adverb', 'verb', 'none']);

describe('plain.yaml', () => {
  it('names its sources', () => {
    const sources = (plainData as { sources: Record<string, unknown[]> }).sources;
    for (const key of ['jargon', 'acronyms', 'readability']) assert.ok(sources[key]?.length, `sources.${key}`);
  });

  it('has well-formed jargon entries', () => {
    for (const e of plainKnowledge.jargon) {
      assert.equal(typeof e.term, 'string', JSON.stringify(e));
      assert.equal(typeof e.plain, 'string', JSON.stringify(e));
      assert.ok(SWAPS.has(e.swap ?? 'none'), `${e.term}: swap ${e.swap}`);
      for (const k of Object.keys(e)) assert.ok(KEYS.has(k), `${e.term}: unknown key "${k}" (a comma in an unquoted value?)`);
      if (e.swap === 'verb') assert.ok(e.forms || e.participle, `${e.term}: a verb lists its forms`);
    }
  });

  it('has each written form once', () => {
    const seen = new Map<string, string>();
    for (const f of jargonForms()) {
      const key = f.form.toLowerCase();
      assert.ok(!seen.has(key), `"${f.form}" is in ${seen.get(key)} and ${f.entry.term}`);
      seen.set(key, f.entry.term);
    }
  });

  it('names acronyms the rule can see, and none that it both knows and expands', () => {
    const common = new Set(plainKnowledge.commonAcronyms);
    for (const a of plainKnowledge.commonAcronyms) assert.equal(acronymKey(a), a, `common: ${a}`);
    for (const a of Object.keys(plainKnowledge.expansions)) {
      assert.equal(acronymKey(a), a, `expansion: ${a}`);
      assert.ok(!common.has(a), `${a} is both common and expanded`);
      assert.ok(acronymExpansion(a), a);
    }
  });
});

describe('indefinite articles', () => {
  const table: [string, 'a' | 'an'][] = [
    ['painkiller', 'a'], ['heart attack', 'a'], ['irregular heartbeat', 'an'], ['anti-nausea medicine', 'an'], ['outlook', 'an'],
    ['hour', 'an'], ['honest', 'an'], ['unit', 'a'], ['useful', 'a'], ['one', 'a'], ['umbrella', 'an'],
    ['MRI', 'an'], ['CT', 'a'], ['FDA', 'an'], ['N-methyl-D-aspartate', 'an'], ['selective', 'a'], ['US', 'a'],
  ];
  for (const [word, article] of table) it(`${article} ${word}`, () => assert.equal(indefiniteArticle(word), article));
  it('keeps the case of the article it changes', () => {
    assert.equal(articleFor('An', 'painkiller'), 'A');
    assert.equal(articleFor('a', 'analgesic'), 'an');
    assert.equal(articleFor('AN', 'pill'), 'A');
    assert.equal(articleFor('a', 'pill'), 'a');
  });
  it('gives every plain swap of a countable noun or adjective a sensible article', () => {
    for (const f of jargonForms()) {
      if (!f.swap || (f.kind !== 'noun' && f.kind !== 'adjective')) continue;
      assert.match(indefiniteArticle(f.swap), /^an?$/);
    }
  });
});
