#!/usr/bin/env node
// npm run score: lints a corpus with the built CLI and scores it with ../shared/eval/score.mjs.
//   node scripts/score.mjs [--corpus DIR] [extra score.mjs flags...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const corpus = at >= 0 ? args.splice(at, 2)[1] : resolve(root, '../shared/corpus/seeds');
const scorer = resolve(root, '../shared/eval/score.mjs');
if (!existsSync(scorer)) {
  console.error(`score: ${scorer} not found (the shared folder sits beside the project)`);
  process.exit(2);
}
const lint = spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', corpus], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (lint.status !== 0 && lint.status !== 1) {
  process.stderr.write(lint.stderr);
  process.exit(2);
}
const report = join(mkdtempSync(join(tmpdir(), 'fb-score-')), 'report.json');
writeFileSync(report, lint.stdout);
const score = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--report', report, ...args], { stdio: 'inherit' });
process.exit(score.status ?? 2);
