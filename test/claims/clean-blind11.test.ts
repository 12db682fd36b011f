// A blind table of sentences that are no claim (test/claims/clean-blind11.yaml, written from the
// RUBRIC by an author who had not read the rules): procedure, mechanism, hedged and sourced
// statements, cautions, disclosures, clinic admin, conditions, authoritative copy and near-misses.
// Every row should stay silent; the floor keeps the share that does from falling. Half a (even
// rows of each kind) is tunable, half b is scored only.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { it } from 'node:test';
import YAML from 'yaml';
import { lint } from '../../src/node/index.js';

const table = YAML.parse(readFileSync(resolve(__dirname, '../..', 'test/claims/clean-blind11.yaml'), 'utf8')) as Record<string, { text: string; format?: string }[]>;
const FLOOR = 0.95;

for (const half of [0, 1]) {
  it(`clean blind table 11, half ${'ab'[half]}: claim and term findings on no more than ${Math.round((1 - FLOOR) * 100)}% of rows`, () => {
    const rows = Object.values(table).flatMap((list) => list.filter((_, i) => i % 2 === half));
    const flagged = rows.filter((r) => lint(r.text, { format: r.format === 'markdown' ? 'markdown' : 'text' }).findings.some((f) => f.category === 'claim' || f.category === 'term'));
    const clean = 1 - flagged.length / rows.length;
    console.log(`clean blind 11 half ${'ab'[half]}: ${rows.length - flagged.length}/${rows.length} clean (${clean.toFixed(2)})`);
    assert.ok(rows.length >= 100, `rows ${rows.length}`);
    assert.ok(clean >= FLOOR, `clean ${clean.toFixed(3)} < ${FLOOR}`);
  });
}
