// A second blind term table (paraphrases-blind2.yaml, written from RUBRIC.md by a helper that never
// read the term rules or the corpus): spun expressions over seventeen therapies, real-word
// confusions, and 249 sentences of correct clinic and health-service copy dense with medical
// collocations (the `natural` section, which must stay free of term findings). Both halves were
// looked at after its first measurement (spun recall 0.42 / 0.34 by half, natural valid-clean
// 0.95), so it is a regression table, not a held-out one: floors a change must keep. Table 3 (below)
// is held out.

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { line, scoreRows, type Score, type Section } from '../helpers/term-table.js';
import table2 from './paraphrases-blind2.yaml';
import table3 from './paraphrases-blind3.yaml';

const both = (section: Section): Score => {
  const [a, b] = [scoreRows(section, 0), scoreRows(section, 1)];
  return { rows: a.rows + b.rows, found: a.found + b.found, corrected: a.corrected + b.corrected, withCorrection: a.withCorrection + b.withCorrection, findings: a.findings + b.findings, truePositives: a.truePositives + b.truePositives, misses: [...a.misses, ...b.misses], falsePositives: [...a.falsePositives, ...b.falsePositives] };
};
const precision = (s: Score) => (s.findings ? s.truePositives / s.findings : 1);

type Floors = Record<string, { recall: number; precision: number; flaggedValid: number }>;
/**
 * Per table and section: the least recall and precision it must keep, and how many valid rows may
 * be flagged. Table 3 (paraphrases-blind3.yaml, written the same way by another helper for 118
 * other expressions) is held out: scored, never read to tune; its floors are its first measurement.
 */
const TABLES: [string, Record<string, Section>, Floors][] = [
  ['2', table2 as Record<string, Section>, {
    spun: { recall: 0.35, precision: 0.95, flaggedValid: 0 },
    confusion: { recall: 0.55, precision: 0.95, flaggedValid: 0 },
    natural: { recall: 0, precision: 0, flaggedValid: 12 },
  }],
  ['3', table3 as Record<string, Section>, {
    spun: { recall: 0.36, precision: 0.9, flaggedValid: 1 },
    confusion: { recall: 0.53, precision: 0.9, flaggedValid: 1 },
    natural: { recall: 0, precision: 0, flaggedValid: 1 },
  }],
];

for (const [id, sections, floors] of TABLES) for (const [name, section] of Object.entries(sections)) {
  it(`blind term table ${id}, ${name}`, () => {
    const s = both(section);
    const floor = floors[name];
    assert.ok(floor, `no floor for section ${name}`);
    const flagged = new Set(s.falsePositives.filter((f) => section.valid.some((r) => f.endsWith(`in: ${r.text}`))).map((f) => f.slice(f.indexOf(' in: ')))).size;
    console.log(`term table ${id} ${name.padEnd(10)} ${line(s)}; valid rows flagged ${flagged}/${section.valid.length}`);
    if (s.rows) assert.ok(s.found / s.rows >= floor.recall, `recall ${(s.found / s.rows).toFixed(2)} < ${floor.recall}`);
    if (floor.precision) assert.ok(precision(s) >= floor.precision, `precision ${precision(s).toFixed(2)} < ${floor.precision}`);
    assert.ok(flagged <= floor.flaggedValid, `${flagged} valid rows flagged (at most ${floor.flaggedValid})`);
  });
}
