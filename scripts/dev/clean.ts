// Developer tool: a valid-only table (every row must stay silent): findings per kind and half.
//   node scripts/dev/run.cjs scripts/dev/clean.ts test/claims/clean-blind11.yaml [--half=a|b] [--show]
// Half b (odd rows) is scored only: no --show.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { lint } from '../../src/node/index.js';

const [file, ...flags] = process.argv.slice(2);
const half = flags.find((f) => f.startsWith('--half='))?.slice(7);
const show = flags.includes('--show');
if (show && half !== 'a') throw new Error('only half a may be shown');
const table = YAML.parse(readFileSync(file, 'utf8')) as Record<string, { text: string; format?: string }[]>;
let rows = 0;
let flagged = 0;
for (const [kind, list] of Object.entries(table)) {
  let n = 0;
  let f = 0;
  list.forEach((row, i) => {
    if ((half === 'a' && i % 2) || (half === 'b' && !(i % 2))) return;
    n++;
    const findings = lint(row.text, { format: row.format === 'markdown' ? 'markdown' : 'text' }).findings.filter((x) => x.category === 'claim' || x.category === 'term');
    if (!findings.length) return;
    f++;
    if (show) console.log(`   FP ${row.text}   <- ${findings.map((x) => `${x.ruleId} "${row.text.slice(x.start, x.end)}"`).join('; ')}`);
  });
  console.log(`${kind}: clean ${(n - f)}/${n}`);
  rows += n;
  flagged += f;
}
console.log(`TOTAL clean ${((rows - flagged) / rows).toFixed(2)} (${rows - flagged}/${rows})`);
