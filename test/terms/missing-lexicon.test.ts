// Without a lexicon the term rules cannot run: lint() says so once, and the other rules' findings stay.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLinter, lint } from '../../src/node/index.js';
import { MissingResource } from '../../src/core/resources.js';

const TEXT = 'Ketamine infusions cure depression. A subaneshetic dose is used.\n';
const config = { locale: 'en-US' as const };

describe('a missing term lexicon', () => {
  for (const [name, resources] of [
    ['no lexicon given', {}],
    ['the face could not load it', { lexicon: new MissingResource('term lexicon', 'dist/lexicon.bin not found') }],
  ] as const) {
    it(`${name}: one internal-error finding naming the term rules; the other rules run`, () => {
      const { findings } = createLinter({ resources }).lint(TEXT, { config, format: 'text' });
      const internal = findings.filter((f) => f.ruleId === 'fairbalance-internal-error');
      assert.equal(internal.length, 1, JSON.stringify(internal));
      assert.match(internal[0].message, /could not run term-misspelled, term-garbled, term-locale: the term lexicon is missing/);
      assert.ok(!findings.some((f) => f.category === 'term'));
      const others = lint(TEXT, { config, format: 'text' }).findings.filter((f) => f.category !== 'term').map((f) => f.ruleId);
      assert.deepEqual(findings.filter((f) => f.category !== 'meta').map((f) => f.ruleId), others);
    });
  }
});
