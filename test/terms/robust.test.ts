// The term rules never throw, whatever the text, and stay fast on hostile input.

import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { lint, resolveConfig } from '../../src/node/index.js';

const config = resolveConfig({ locale: 'en-GB' });
const termFindings = (text: string) => lint(text, { config, format: 'text' }).findings.filter((f) => f.category === 'term');

it('never throws on arbitrary text', () => {
  const words = fc.constantFrom('ketamine', 'Ketamin', 'is', 'an', 'a', 'NMDA', 'receptor', '(CRPS)', 'itself', 'eying', 'Diabetic', '-', ',', '\n- ', 'side effects include:', 'anaesthetic', 'é', '😀', '\u0301');
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(words, { maxLength: 60 }).map((w) => w.join(' '))), (text) => {
      termFindings(text);
    }),
    { numRuns: 300, seed: 7 },
  );
});

it('a very long unknown word is skipped quickly', () => {
  const started = Date.now();
  assert.deepEqual(termFindings(`A ${'ketamin'.repeat(500)} dose and ${'x'.repeat(100000)}.`), []);
  assert.ok(Date.now() - started < 2000);
});
