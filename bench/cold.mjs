// Cold start: the whole CLI process on one 5 KB article (what a pre-commit hook pays), and inside
// a fresh process the time to load dist/index.js (lexicons and knowledge) and run the first lint.
// Beside them: a bare `node` start and the bundled parse-only floor on the same file.
//   node bench/cold.mjs [--json] [--quick]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, ROOT, articleOfSize, stats, ms } from './lib.mjs';

const json = process.argv.includes('--json');
const runs = process.argv.includes('--quick') ? 5 : 15;
const log = json ? console.error : console.log; // with --json, figures go to stderr and JSON to stdout
const CLI = join(ROOT, 'dist', 'cli.js');
const API = join(ROOT, 'dist', 'index.js');
if (!existsSync(CLI)) throw new Error('bench: dist/ is missing; run `npm run build` first (npm run bench does).');

const coldDir = join(DATA, 'cold');
mkdirSync(coldDir, { recursive: true });
const article = join(coldDir, 'article-5k.md');
writeFileSync(article, articleOfSize(5 * 1024));

const wall = (args) => {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    xs.push((performance.now() - t) / 1000);
  }
  return stats(xs);
};

// Inside one fresh process: require time, then the first lint (lazy lexicons load here), then a second.
const probe = `
const fs = require('node:fs');
const text = fs.readFileSync(${JSON.stringify(article)}, 'utf8');
let t = performance.now();
const api = require(${JSON.stringify(API)});
const load = performance.now() - t;
t = performance.now();
api.lint(text, { filePath: 'a.md' });
const first = performance.now() - t;
t = performance.now();
api.lint(text, { filePath: 'a.md' });
const second = performance.now() - t;
console.log(JSON.stringify({ load, first, second }));`;
const inner = [];
for (let i = 0; i < runs; i++) inner.push(JSON.parse(spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stdout));

const pick = (k) => stats(inner.map((x) => x[k])).median;
const out = {
  cli: wall([CLI, '--format', 'json', article]),
  node: wall(['-e', '']),
  parseOnly: existsSync(join(DATA, 'parse-only.cjs')) ? wall([join(DATA, 'parse-only.cjs'), coldDir]) : null,
  load: pick('load'),
  first: pick('first'),
  second: pick('second'),
};
log(`cold start (median of ${runs})`);
log(`  CLI on one 5 KB article      ${out.cli.median.toFixed(3)} s (p95 ${out.cli.p95.toFixed(3)} s)`);
log(`  bare node start              ${out.node.median.toFixed(3)} s`);
if (out.parseOnly) log(`  parse-only process, 1 file   ${out.parseOnly.median.toFixed(3)} s`);
log(`  require dist/index.js        ${ms(out.load)} ms`);
log(`  first lint (loads lexicons)  ${ms(out.first)} ms`);
log(`  second lint (warm-ish)       ${ms(out.second)} ms`);
if (json) console.log(JSON.stringify(out));
