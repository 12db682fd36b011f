// Scoring a blind term table (rows of test/terms/paraphrases*.yaml): per section and half, recall,
// precision and correction rate of the term findings. A row counts as corrected when an
// overlapping finding offers a listed correction (its fix or one of its suggestions), ignoring
// case and a leading article.

import { lint, resolveConfig } from '../../src/node/index.js';

export interface Row {
  text: string;
  term?: string;
  correction?: string[];
  borderline?: boolean;
}
export type Section = { invalid: Row[]; valid: Row[] };

const config = resolveConfig({});
const bare = (s: string) => s.toLowerCase().replace(/^(?:a|an)\s+/, '').trim();

export interface Score {
  rows: number;
  found: number;
  corrected: number;
  withCorrection: number;
  findings: number;
  truePositives: number;
  misses: string[];
  falsePositives: string[];
}

export function scoreRows(section: Section, half: 0 | 1): Score {
  const s: Score = { rows: 0, found: 0, corrected: 0, withCorrection: 0, findings: 0, truePositives: 0, misses: [], falsePositives: [] };
  const termFindings = (text: string) => lint(text, { config, format: 'text' }).findings.filter((f) => f.category === 'term');
  section.invalid.forEach((row, i) => {
    if (i % 2 !== half) return;
    const findings = termFindings(row.text);
    const at = row.text.indexOf(row.term!);
    const end = at + row.term!.length;
    const hits = findings.filter((f) => f.start < end && at < f.end);
    s.findings += findings.length;
    s.truePositives += hits.length;
    if (!row.borderline) for (const f of findings) if (!hits.includes(f)) s.falsePositives.push(`${f.ruleId}: "${row.text.slice(f.start, f.end)}" in: ${row.text}`);
    if (row.borderline) {
      // A finding on a borderline row is neither counted nor held against precision.
      s.findings -= findings.length;
      s.truePositives -= hits.length;
      return;
    }
    s.rows++;
    if (hits.length) s.found++;
    const corrections = (row.correction ?? []).map(bare);
    if (corrections.length) {
      s.withCorrection += hits.length ? 1 : 0;
      const offered = hits.flatMap((f) => f.fixes.map((x) => bare(x.text)));
      if (hits.length && offered.some((o) => corrections.includes(o))) s.corrected++;
      else if (hits.length) s.misses.push(`uncorrected: "${row.term}" got ${JSON.stringify(offered)}`);
    }
    if (!hits.length) s.misses.push(`missed: "${row.term}" in: ${row.text}${findings.length ? ` (found ${findings.map((f) => `"${row.text.slice(f.start, f.end)}"`).join(', ')})` : ''}`);
  });
  section.valid.forEach((row, i) => {
    if (i % 2 !== half || row.borderline) return;
    const findings = termFindings(row.text);
    s.findings += findings.length;
    for (const f of findings) s.falsePositives.push(`${f.ruleId}: "${row.text.slice(f.start, f.end)}" in: ${row.text}`);
  });
  return s;
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : 'n/a');
export const line = (s: Score) =>
  `R=${ratio(s.found, s.rows)} (${s.found}/${s.rows}) P=${ratio(s.truePositives, s.findings)} (${s.truePositives}/${s.findings}) corr=${ratio(s.corrected, s.withCorrection)} (${s.corrected}/${s.withCorrection})`;

