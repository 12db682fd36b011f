// Scoring a claim paraphrase table's class (rows of test/claims/paraphrases*.yaml): recall (invalid
// rows whose claim phrase a claim finding overlaps) and valid-clean rate (valid rows with no claim
// finding), with the rows missed and the valid rows flagged. Borderline rows are left out.

import { lint } from '../../src/node/index.js';

export interface Row {
  text: string;
  claim?: string;
  format?: string;
  borderline?: boolean;
}
export type Rows = { invalid?: Row[]; valid?: Row[] };

export const claimFindings = (row: Row) => lint(row.text, { format: row.format === 'markdown' ? 'markdown' : 'text' }).findings.filter((f) => f.category === 'claim');

/** `keep` picks rows by their position in their list (a half of a blind table). */
export function scoreClaims(rows: Rows, keep: (index: number) => boolean = () => true) {
  const invalid = (rows.invalid ?? []).filter((r, i) => keep(i) && !r.borderline && r.claim);
  const valid = (rows.valid ?? []).filter((r, i) => keep(i) && !r.borderline);
  const missed: Row[] = [];
  const flagged: { row: Row; findings: ReturnType<typeof claimFindings> }[] = [];
  for (const r of invalid) {
    const at = r.text.indexOf(r.claim!);
    if (!claimFindings(r).some((f) => f.start < at + r.claim!.length && f.end > at)) missed.push(r);
  }
  for (const r of valid) {
    const findings = claimFindings(r);
    if (findings.length) flagged.push({ row: r, findings });
  }
  const found = invalid.length - missed.length;
  const clean = valid.length - flagged.length;
  return { recall: invalid.length ? found / invalid.length : 1, validClean: valid.length ? clean / valid.length : 1, invalid: invalid.length, valid: valid.length, found, clean, missed, flagged };
}
