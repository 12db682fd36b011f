// The examples on each claim rule's doc page are true: valid ones are not reported; invalid ones
// are, on exactly the phrases the table names; and the table's "preferred fix" is what the rule's
// rewrites make of the sentence ("—" when the rule offers no rewrite, only a [citation needed]
// marker or nothing).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { findingsOf } from '../helpers/rule-tester.js';
import { applyFixes } from '../../src/core/fixes.js';

const dir = resolve(__dirname, '../..', 'docs/rules');
const NO_REWRITE = '—';

for (const file of readdirSync(dir).filter((f) => f.startsWith('claim-') && f.endsWith('.md'))) {
  const id = file.slice(0, -3);
  const page = readFileSync(resolve(dir, file), 'utf8');
  /** The text after `title`, up to the next paragraph that is not part of a list or table. */
  const section = (title: string) => page.split(title)[1]?.split(/\n\n(?=[A-Z#])/)[0] ?? '';
  describe(`docs/rules/${file}`, () => {
    const valid = [...section('Valid (not reported):\n').matchAll(/^- (.+)$/gm)].map((m) => m[1]);
    const rows = [...section('Invalid (reported, with the preferred fix):\n').matchAll(/^\| (?!sentence \||---)(.+?) \| (.+?) \| (.+?) \|$/gm)].map((m) => ({
      text: m[1],
      finding: m[2],
      fixed: m[3],
    }));
    it('has examples', () => assert.ok(valid.length && rows.length));
    for (const text of valid) {
      it(`valid: ${text}`, () => assert.deepEqual(findingsOf(id, { text }).map((f) => text.slice(f.start, f.end)), []));
    }
    for (const row of rows) {
      it(`invalid: ${row.text}`, () => {
        const findings = findingsOf(id, { text: row.text });
        assert.deepEqual(
          findings.map((f) => row.text.slice(f.start, f.end)),
          row.finding.split(' / '),
          'finding',
        );
        const rewrites = findings.filter((f) => f.fixes.some((x) => x.kind === 'claim'));
        if (row.fixed === NO_REWRITE) {
          assert.deepEqual(rewrites.map((f) => f.fixes.find((x) => x.kind === 'claim')?.text), [], 'the table says no rewrite, but the rule offers one');
        } else {
          assert.ok(rewrites.length, 'the table gives a preferred fix, but the rule offers no rewrite');
          assert.equal(applyFixes(row.text, findings, { kinds: ['claim'] }).output, row.fixed, 'preferred fix');
        }
      });
    }
  });
}
