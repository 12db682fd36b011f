// Issue 17 item 8: the README's CI and pre-commit recipes, run as written: a tarball from
// `npm pack`, installed the way the recipes install it, then the commands of the GitHub Actions
// workflow and the plain git hook, copied out of README.md.

import assert from 'node:assert/strict';
import { describe, it, before } from 'node:test';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folder, ROOT } from './helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const TARBALL = `fairbalance-${VERSION}.tgz`;

/** The fenced block of `lang` that starts with `firstLine`. */
function block(lang: string, firstLine: string): string {
  const start = README.indexOf('```' + lang + '\n' + firstLine);
  assert.ok(start >= 0, `README has a ${lang} block starting "${firstLine}"`);
  const body = README.slice(start + lang.length + 4);
  return body.slice(0, body.indexOf('```'));
}

const env = () => ({ ...process.env, NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' });
const sh = (command: string, cwd: string) => spawnSync('sh', ['-c', command], { cwd, env: env(), encoding: 'utf8', maxBuffer: 1 << 26 });

describe('README recipes work as written (issue 17 item 8)', () => {
  let tarball = '';
  before(() => {
    const out = folder();
    const r = spawnSync('npm', ['pack', '--pack-destination', out, '--silent'], { cwd: ROOT, env: env(), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    tarball = join(out, TARBALL);
    assert.ok(existsSync(tarball), readdirSync(out).join(', '));
  });

  it('the README names the tarball npm pack makes', () => {
    assert.ok(README.includes(`writes ${TARBALL}`) && README.includes(`./tools/${TARBALL}`), `README should name ${TARBALL}`);
  });

  it('GitHub Actions: install from the tarball, annotations fail the job, SARIF is written', { timeout: 240000 }, () => {
    const repo = folder({ 'content/claim.md': 'This treatment cures pain.\n', 'content/clean.md': 'A nurse checks your blood pressure.\n', 'package.json': '{"name": "articles", "private": true}\n' });
    mkdirSync(join(repo, 'tools'));
    renameSync(tarball, join(repo, 'tools', TARBALL));
    const steps = [...block('yaml', '# .github/workflows/fairbalance.yml').matchAll(/^ {6}- run: (.+)$/gm)].map((m) => m[1]);
    assert.equal(steps.length, 3, steps.join('\n'));
    const install = sh(steps[0], repo);
    assert.equal(install.status, 0, install.stderr);
    const annotate = sh(steps[1], repo);
    assert.equal(annotate.status, 1, annotate.stderr);
    assert.match(annotate.stdout, /^::error file=content\/claim\.md,line=1,col=16,/m);
    const sarif = sh(steps[2], repo);
    assert.equal(sarif.status, 1, sarif.stderr);
    assert.equal(JSON.parse(readFileSync(join(repo, 'fairbalance.sarif'), 'utf8')).runs[0].results[0].ruleId, 'claim-absolute');
    // Keep the tarball for the next test.
    renameSync(join(repo, 'tools', TARBALL), tarball);
  });

  it('pre-commit: a dev dependency from the tarball; the hook blocks a commit with a claim and lets a clean one through', { timeout: 240000 }, () => {
    const repo = folder({ 'claim.md': 'This treatment cures pain.\n', 'clean.md': 'A nurse checks your blood pressure.\n', 'package.json': '{"name": "articles", "private": true}\n' });
    mkdirSync(join(repo, 'tools'));
    renameSync(tarball, join(repo, 'tools', TARBALL));
    const install = sh(block('sh', 'npm install --save-dev').trim(), repo);
    assert.equal(install.status, 0, install.stderr);
    assert.match(readFileSync(join(repo, 'package.json'), 'utf8'), /"fairbalance": ?"file:tools\/fairbalance-/);
    assert.equal(sh('git init -q && git add package.json package-lock.json && git commit -qm init', repo).status, 0);
    writeFileSync(join(repo, '.git', 'hooks', 'pre-commit'), block('sh', '#!/bin/sh'));
    chmodSync(join(repo, '.git', 'hooks', 'pre-commit'), 0o755);
    const blocked = sh('git add claim.md && git commit -qm claim', repo);
    assert.notEqual(blocked.status, 0, 'the claim blocks the commit');
    assert.match(blocked.stdout + blocked.stderr, /claim\.md\n.*claim-absolute/); // git shows a hook's output on stderr
    const passed = sh('git reset -q && git add clean.md && git commit -qm clean', repo);
    assert.equal(passed.status, 0, passed.stdout + passed.stderr);
    // The pre-commit framework's hook runs the same entry with the staged file names.
    const entry = /entry: (.+)$/m.exec(block('yaml', '# .pre-commit-config.yaml'))![1];
    assert.equal(sh(`${entry} clean.md`, repo).status, 0);
    assert.equal(sh(`${entry} claim.md`, repo).status, 1);
  });
});
