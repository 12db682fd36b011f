// Developer tool: a claim paraphrase table's recall and valid-clean rate per class, as
// test/claims/paraphrases.test.ts scores them, with the misses and false findings listed.
//   node scripts/dev/run.cjs scripts/dev/tables.ts test/claims/paraphrases-blind9.yaml [--half=a|b] [--show] [--class=efficacy]
// Half a is the rows at even positions (tunable in the blind tables), half b the odd ones (scored only:
// do not use --show on half b).
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { lint } from '../../src/node/index.js';

interface Row { text: string; claim?: string; format?: string; borderline?: boolean }
const [file, ...flags] = process.argv.slice(2);
const half = flags.find((f) => f.startsWith('--half='))?.slice(7);
const only = flags.find((f) => f.startsWith('--class='))?.slice(8);
const show = flags.includes('--show');
if (show && half === 'b') throw new Error('half b is scored only: no --show');
const table = YAML.parse(readFileSync(file, 'utf8')) as Record<string, { invalid?: Row[]; valid?: Row[] }>;
const inHalf = (_: unknown, i: number) => !half || (half === 'a' ? i % 2 === 0 : i % 2 === 1);
const claims = (r: Row) => lint(r.text, { format: r.format === 'markdown' ? 'markdown' : 'text' }).findings.filter((f) => f.category === 'claim');
let found = 0, total = 0, clean = 0, valids = 0;
for (const [cls, rows] of Object.entries(table)) {
  if (only && cls !== only) continue;
  const invalid = (rows.invalid ?? []).filter(inHalf).filter((r) => !r.borderline && r.claim);
  const valid = (rows.valid ?? []).filter(inHalf).filter((r) => !r.borderline);
  const misses: string[] = [], noisy: string[] = [];
  let f = 0, c = 0;
  for (const r of invalid) {
    const at = r.text.indexOf(r.claim!);
    if (claims(r).some((x) => x.start < at + r.claim!.length && x.end > at)) f++;
    else misses.push(`${r.text}   [claim: ${r.claim}]`);
  }
  for (const r of valid) {
    const fs = claims(r);
    if (!fs.length) c++;
    else noisy.push(`${r.text}   <- ${fs.map((x) => `${x.ruleId} "${r.text.slice(x.start, x.end)}"`).join('; ')}`);
  }
  found += f; total += invalid.length; clean += c; valids += valid.length;
  console.log(`${cls}: recall ${(f / (invalid.length || 1)).toFixed(2)} (${f}/${invalid.length}) valid-clean ${(c / (valid.length || 1)).toFixed(2)} (${c}/${valid.length})`);
  if (show) {
    for (const m of misses) console.log(`   MISS ${m}`);
    for (const n of noisy) console.log(`   FP   ${n}`);
  }
}
console.log(`TOTAL recall ${(found / (total || 1)).toFixed(2)} (${found}/${total}) valid-clean ${(clean / (valids || 1)).toFixed(2)} (${clean}/${valids})`);
