import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SEEDS = resolve(ROOT, '..', 'shared', 'corpus', 'seeds');
const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('cli', () => {
  it('prints the RUBRIC JSON shape for the seeds', () => {
    const r = cli(['--format', 'json', SEEDS]);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.length, 5);
    for (const entry of report) {
      assert.equal(typeof entry.filePath, 'string');
      for (const m of entry.messages) {
        for (const k of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']) assert.ok(k in m, `${k} in message`);
      }
    }
  });

  it('exits 1 when there are error-level findings and 0 when clean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fb-cli-'));
    writeFileSync(join(dir, 'bad.md'), 'Ketamine cures pain.\n');
    writeFileSync(join(dir, 'good.md'), 'A nurse checks your blood pressure.\n');
    assert.equal(cli([join(dir, 'bad.md')]).status, 1);
    assert.equal(cli([join(dir, 'good.md')]).status, 0);
  });

  it('exits 2 with one line for a missing file, an unknown flag and a bad config', () => {
    const missing = cli(['/no/such/file.md']);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    assert.match(missing.stderr, /no such file or folder/);

    const flag = cli(['--frobnicate', 'x.md']);
    assert.equal(flag.status, 2);
    assert.equal(flag.stderr.trim().split('\n').length, 1);

    const dir = mkdtempSync(join(tmpdir(), 'fb-cli-'));
    writeFileSync(join(dir, '.fairbalancerc.json'), '{"rules": {"claim-absolute": "on"}}');
    writeFileSync(join(dir, 'a.md'), 'Text.\n');
    const bad = cli([join(dir, 'a.md')]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /\.fairbalancerc\.json: rules\.claim-absolute: expected "off", "warn" or "error"/);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
  });
});
