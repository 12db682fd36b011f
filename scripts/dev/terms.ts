// Developer tool: a term table's scores per section, with its misses and false findings.
//   node scripts/dev/run.cjs scripts/dev/terms.ts test/terms/paraphrases-blind2.yaml [--half=a|b] [--show] [--section=spun]
// Held-out tables (paraphrases-blind3.yaml, half b of paraphrases.yaml) are scored only: no --show.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { line, scoreRows, type Section } from '../../test/helpers/term-table.js';

const [file, ...flags] = process.argv.slice(2);
const half = flags.find((f) => f.startsWith('--half='))?.slice(7);
const only = flags.find((f) => f.startsWith('--section='))?.slice(10);
const show = flags.includes('--show');
if (show && (file.includes('blind3') || half === 'b')) throw new Error('a held-out table is scored only: no --show');
const table = YAML.parse(readFileSync(file, 'utf8')) as Record<string, Section>;
for (const [name, section] of Object.entries(table)) {
  if (only && name !== only) continue;
  const halves = half === 'a' ? [0] : half === 'b' ? [1] : [0, 1];
  for (const h of halves as (0 | 1)[]) {
    const s = scoreRows({ invalid: section.invalid ?? [], valid: section.valid ?? [] }, h);
    console.log(`${name} half ${'ab'[h]}: ${line(s)}`);
    if (show) for (const x of [...s.misses, ...s.falsePositives.map((f) => `FP ${f}`)]) console.log(`   ${x}`);
  }
}
