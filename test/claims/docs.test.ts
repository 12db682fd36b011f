// The examples on each claim rule's doc page are true: valid ones are not reported, invalid ones
// are, on the phrase the table names.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { findingsOf } from '../helpers/rule-tester.js';
import { knowledge } from '../../src/knowledge/index.js';

const dir = resolve(__dirname, '../..', 'docs/rules');
const known = (sentence: string) => knowledge.therapies.some((t) => t.names.some((n) => sentence.toLowerCase().startsWith(n.toLowerCase())));

for (const file of readdirSync(dir).filter((f) => f.startsWith('claim-') && f.endsWith('.md'))) {
  const id = file.slice(0, -3);
  const page = readFileSync(resolve(dir, file), 'utf8');
  const section = (title: string) => page.split(title)[1]?.split(/\n\n(?=[A-Z#])/)[0] ?? '';
  describe(`docs/rules/${file}`, () => {
    const valid = [...section('Valid (not reported):\n').matchAll(/^- (.+)$/gm)].map((m) => m[1]);
    const rows = [...page.matchAll(/^\| (?!sentence|---)(.+?) \| (.+?) \| (.+?) \|$/gm)].map((m) => ({ text: m[1], finding: m[2] }));
    it('has examples', () => assert.ok(valid.length && rows.length));
    for (const text of valid) {
      it(`valid: ${text}`, () => assert.deepEqual(findingsOf(id, { text }).map((f) => text.slice(f.start, f.end)), []));
    }
    for (const row of rows) {
      // Regulatory examples need the therapy in the knowledge (therapies.yaml).
      if (id === 'claim-regulatory' && !known(row.text)) continue;
      it(`invalid: ${row.text}`, () => {
        const found = findingsOf(id, { text: row.text }).map((f) => row.text.slice(f.start, f.end));
        assert.deepEqual(found, row.finding.split(' / '));
      });
    }
  });
}
