// Applies the insert-all safety-section fix to each seed article and lints again: no
// caveat-missing is left, and no claim or term finding is added (compared before and after, so
// the test stays meaningful as the claim and term rules grow).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../src/node/index.js';
import { applyFixes } from '../../src/core/fixes.js';
import type { Finding } from '../../src/core/types.js';

const SEEDS = resolve(__dirname, '../../..', 'shared/corpus/seeds');

/** Claim and term findings as "rule: covered text", a multiset that ignores offsets. */
function claimsAndTerms(text: string, findings: Finding[]): string[] {
  return findings
    .filter((f) => f.category === 'claim' || f.category === 'term')
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)
    .sort();
}

describe('safety-section fix on the seed articles', () => {
  const files = readdirSync(SEEDS).filter((f) => /\.(txt|md)$/.test(f));
  it('finds the seeds', () => assert.ok(files.length >= 5, SEEDS));
  for (const name of files) {
    it(name, () => {
      const filePath = resolve(SEEDS, name);
      const text = readFileSync(filePath, 'utf8');
      const before = lint(text, { filePath });
      const caveatFindings = before.findings.filter((f) => f.ruleId === 'caveat-missing');
      assert.ok(caveatFindings.length > 0, 'the seed misses some caveats');
      const { output, applied } = applyFixes(text, caveatFindings, { kinds: ['caveat'] });
      assert.equal(applied.length, 1, 'one section for all missing topics');
      const after = lint(output, { filePath });
      assert.deepEqual(after.findings.filter((f) => f.ruleId === 'caveat-missing').map((f) => f.messageId), []);
      const added = claimsAndTerms(output, after.findings);
      const had = claimsAndTerms(text, before.findings);
      for (const f of had) {
        const i = added.indexOf(f);
        if (i >= 0) added.splice(i, 1);
      }
      assert.deepEqual(added, [], 'claim or term findings added by the fix');
    });
  }
});
