// Developer tool: a claim paraphrase table's recall and valid-clean rate per class, as
// test/claims/paraphrases.test.ts scores them, with the misses and false findings listed.
//   node scripts/dev/run.cjs scripts/dev/tables.ts test/claims/paraphrases-blind9.yaml [--half=a|b] [--show] [--class=efficacy]
// Half a is the rows at even positions (tunable in the blind tables), half b the odd ones (scored only:
// do not use --show on half b).
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { scoreClaims, type Rows } from '../../test/helpers/claim-table.js';

const [file, ...flags] = process.argv.slice(2);
const half = flags.find((f) => f.startsWith('--half='))?.slice(7);
const only = flags.find((f) => f.startsWith('--class='))?.slice(8);
const show = flags.includes('--show');
if (show && half === 'b') throw new Error('half b is scored only: no --show');
const table = YAML.parse(readFileSync(file, 'utf8')) as Record<string, Rows>;
const keep = (i: number) => !half || (half === 'a' ? i % 2 === 0 : i % 2 === 1);
let found = 0, total = 0, clean = 0, valids = 0;
for (const [cls, rows] of Object.entries(table)) {
  if (only && cls !== only) continue;
  const s = scoreClaims(rows, keep);
  found += s.found; total += s.invalid; clean += s.clean; valids += s.valid;
  console.log(`${cls}: recall ${s.recall.toFixed(2)} (${s.found}/${s.invalid}) valid-clean ${s.validClean.toFixed(2)} (${s.clean}/${s.valid})`);
  if (!show) continue;
  for (const r of s.missed) console.log(`   MISS ${r.text}   [claim: ${r.claim}]`);
  for (const { row, findings } of s.flagged) console.log(`   FP   ${row.text}   <- ${findings.map((x) => `${x.ruleId} "${row.text.slice(x.start, x.end)}"`).join('; ')}`);
}
console.log(`TOTAL recall ${(found / (total || 1)).toFixed(2)} (${found}/${total}) valid-clean ${(clean / (valids || 1)).toFixed(2)} (${clean}/${valids})`);
