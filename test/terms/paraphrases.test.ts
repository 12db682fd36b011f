// The blind term table (paraphrases.yaml, written from RUBRIC.md by someone who never read the
// term rules): per section, recall, precision and correction rate of the term findings.
// Half of each list is looked at while developing (odd row indexes, counted per section and per
// invalid/valid list from 0); the even half is held out: its scores are printed, its misses never.
// A row counts as corrected when an overlapping finding offers a listed correction (its fix or
// one of its suggestions), ignoring case and a leading article.

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { line, scoreRows, type Score, type Section } from '../helpers/term-table.js';
import table from './paraphrases.yaml';

const sections = table as Record<string, Section>;
const verbose = process.env.TERM_TABLE_VERBOSE === '1';

for (const [name, section] of Object.entries(sections)) {
  it(`blind term table, ${name}: looked-at half and held-out half`, () => {
    const looked = scoreRows(section, 1);
    const held = scoreRows(section, 0);
    console.log(`term table ${name.padEnd(15)} looked-at ${line(looked)} | held-out ${line(held)}`);
    // Only the looked-at half's failures are ever printed.
    if (verbose) for (const m of [...looked.misses, ...looked.falsePositives.map((f) => `false positive: ${f}`)]) console.log(`  ${m}`);
    assert.ok(looked.rows + held.rows > 0);
    // Precision first: a noisy term rule is worse than a quiet one.
    const precision = (s: Score) => (s.findings ? s.truePositives / s.findings : 1);
    assert.ok(precision(looked) >= PRECISION_FLOOR, `looked-at precision ${precision(looked)}`);
  });
}

/** Precision the looked-at half must keep in every section. */
const PRECISION_FLOOR = 0.8;
