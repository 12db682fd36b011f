// The reading grade in LintResult.summary: there whatever the plain rules' severities (the editor's
// checklist and --format summary read it), from the readability config section.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../src/node/index.js';
import { lint as coreLint } from '../../src/core/lint.js';
import type { Registry } from '../../src/core/registry.js';

const HARD =
  'Intravenous ketamine administration necessitates continuous cardiovascular monitoring. ' +
  'Dissociative experiences frequently accompany subanesthetic dosing regimens. ' +
  'Individualized therapeutic protocols optimize tolerability considerably.';

describe('summary.readability', () => {
  it('is filled with the default config, where the plain rules are off', () => {
    const result = lint(`# Hard\n\n${HARD}\n`, { filePath: 'a.md' });
    assert.ok(!result.findings.some((f) => f.ruleId.startsWith('plain-')));
    assert.deepEqual(result.summary.readability, { grade: 17.5, target: 8, formula: 'SMOG' });
  });

  it('follows readability.targetGrade and readability.formula', () => {
    const result = lint(`# Hard\n\n${HARD}\n`, { filePath: 'a.md', config: { readability: { targetGrade: 6, formula: 'flesch-kincaid' } } });
    assert.deepEqual(result.summary.readability, { grade: 36.6, target: 6, formula: 'Flesch-Kincaid' });
  });

  it('is absent for a text too short to grade', () => {
    assert.equal(lint('One sentence only.', { filePath: 'a.txt' }).summary.readability, undefined);
  });

  it('is the same grade the rule reports', () => {
    const result = lint(`# Hard\n\n${HARD}\n`, { filePath: 'a.md', config: { extends: 'strict' } });
    const article = result.findings.find((f) => f.ruleId === 'plain-readability' && f.messageId === 'article');
    assert.match(article?.message ?? '', /grade 17\.5 \(SMOG/);
  });

  it('a contributor that throws becomes an internal-error finding; the findings are kept', () => {
    const registry: Registry = { rules: [], summaries: [() => ({ therapies: ['x'] }), () => { throw new Error('boom'); }] };
    const result = coreLint('Some text here.', { registry, format: 'text' });
    assert.deepEqual(result.summary.therapies, ['x']);
    assert.deepEqual(result.findings.map((f) => [f.ruleId, /boom/.test(f.message)]), [['fairbalance-internal-error', true]]);
  });
});
