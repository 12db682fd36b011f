// `npm run bench`: runs every benchmark (each in its own process, so one's JIT and heap state
// does not colour another's), prints their figures, then the budget table. Figures only: the
// bench never fails a build. Needs dist/ (npm run bench builds first).
//   node bench/run.mjs [--quick]

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, printTable } from './lib.mjs';

const quick = process.argv.includes('--quick');
const run = (script) => {
  const args = [join(ROOT, 'bench', script), ...(quick ? ['--quick'] : []), '--json'];
  // Figures stream to the terminal (stderr); the JSON on stdout feeds the budget table.
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    console.error(`bench/${script} failed (exit ${r.status})`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
};

console.log(`Fair Balance benchmarks: node ${process.version}, ${new Date().toISOString()}${quick ? ' (quick: fewer runs)' : ''}\n`);
const relint = run('relint.mjs');
console.log('');
const cli = run('cli.mjs');
console.log('');
const cold = run('cold.mjs');
console.log('');
const plain = run('plain.mjs');

const at = (n) => cli?.series.find((s) => s.articles === n) ?? cli?.series.at(-1);
const big = at(1000);
console.log(`\nBudgets (goals, not tests; issue 17)${big && big.articles !== 1000 ? `; CLI rows use ${big.articles} articles (--quick)` : ''}; load average at the CLI run: ${cli?.load ?? 'n/a'}\n`);
printTable([
  { figure: 're-lint 5 KB, median', value: relint?.relint5k.lint.median, unit: 'ms', max: 4 },
  { figure: 're-lint 5 KB, p95', value: relint?.relint5k.lint.p95, unit: 'ms', max: 8 },
  { figure: 're-lint 5 KB / parse-only (median)', value: relint?.relint5k.ratio, unit: 'x', max: 2 },
  { figure: 're-lint 50 KB / parse-only (median)', value: relint?.relint50k.ratio, unit: 'x', max: 2 },
  { figure: '1 MB file / parse-only (median)', value: relint?.big1m.ratio, unit: 'x', max: 1.5 },
  { figure: '1,000 articles CLI, 1 worker / parse-only', value: big?.ratioOne, unit: 'x', max: 1.5 },
  { figure: '1,000 articles CLI, 1 worker / parse-only (CPU)', value: big?.cpuRatioOne ?? null, unit: 'x', max: 1.5 },
  { figure: '1,000 articles CLI, all cores / parse-only', value: big?.ratioAll ?? null, unit: 'x', max: 1.0 },
  { figure: '1,000 articles CLI, peak memory (1 worker)', value: big?.one.peakMb, unit: 'MB', max: 200 },
  { figure: '1,000 articles CLI, peak memory (all cores)', value: big?.all?.peakMb ?? null, unit: 'MB', max: 200 },
  { figure: 'cold CLI process, one 5 KB article', value: cold?.cli.median, unit: 's', max: 0.3 },
  { figure: 'plain family, time inside it on a 5 KB re-lint (median)', value: plain?.familyInside, unit: 'ms', max: 0.5 },
  { figure: 'plain family added to a 5 KB re-lint (lint() difference)', value: plain?.familyAdded, unit: 'ms', max: 0.5 },
]);
