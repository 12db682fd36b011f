#!/usr/bin/env node
// npm run score:dev: scores the seeds, both halves of the dev corpus (scripts/dev-split.json) and
// the whole dev corpus, one line each, with the built CLI and ../shared/eval/score.mjs.
//   node scripts/score-dev.mjs            the four score lines
//   node scripts/score-dev.mjs --details  also the per-file table of the tune half (never of the untouched half)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const scorer = join(shared, 'eval/score.mjs');
const dev = join(shared, 'corpus/dev');
if (!existsSync(scorer) || !existsSync(dev)) {
  console.error(`score-dev: ${shared} (eval/score.mjs and corpus/dev) not found beside the project`);
  process.exit(2);
}
const split = JSON.parse(readFileSync(join(root, 'scripts/dev-split.json'), 'utf8'));
const details = process.argv.includes('--details');
const tmp = mkdtempSync(join(tmpdir(), 'fb-dev-'));

/** A folder holding copies of the dev articles (and gold) whose numbers are listed. */
function half(name, numbers) {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dev)) if (numbers.some((n) => f.startsWith(`${n}-`))) copyFileSync(join(dev, f), join(dir, f));
  return dir;
}

function score(label, corpus, showDetails) {
  const lint = spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', corpus], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (lint.status !== 0 && lint.status !== 1) {
    process.stderr.write(lint.stderr);
    process.exit(2);
  }
  const report = join(tmp, `${label}.json`);
  writeFileSync(report, lint.stdout);
  const out = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--report', report], { encoding: 'utf8' });
  if (showDetails) process.stdout.write(out.stdout.replace(/\nscore:.*\n?$/, '\n'));
  const line = out.stdout.split('\n').find((l) => l.startsWith('score:')) ?? `(no score: ${out.stderr.trim()})`;
  console.log(`${label.padEnd(16)} ${line}`);
}

score('seeds', join(shared, 'corpus/seeds'), false);
score('dev tune', half('tune', split.tune), details);
score('dev untouched', half('untouched', split.untouched), false);
score('dev whole', dev, false);
