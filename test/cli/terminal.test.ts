import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { progressLine, PROGRESS_MIN_FILES } from '../../src/cli/progress.js';
import { CLI, folder, onlyRules, CLAIM } from './helpers.js';

// `script` (util-linux) runs a command on a pseudo-terminal, so the CLI sees a TTY.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
function onTerminal(args: string[], cwd: string, env: Record<string, string> = {}): string {
  const { NO_COLOR: _drop, ...rest } = process.env;
  const command = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ');
  return spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', env: { ...rest, ...env } }).stdout;
}

describe('cli on a terminal', () => {
  it('stylish is coloured on a terminal, unless NO_COLOR is set', { skip: !hasScript && 'no script(1)' }, () => {
    const dir = folder({ 'a.md': CLAIM, '.fairbalancerc.json': onlyRules({ 'claim-absolute': 'error' }) });
    assert.match(onTerminal(['a.md'], dir), /\u001b\[31merror/);
    assert.doesNotMatch(onTerminal(['a.md'], dir, { NO_COLOR: '1' }), /\u001b\[/);
  });

  it('a progress line only for big runs on a terminal, erased at the end', () => {
    const writes: string[] = [];
    const small = progressLine(PROGRESS_MIN_FILES - 1, (s) => writes.push(s), true);
    small.update(1);
    small.end();
    const piped = progressLine(10000, (s) => writes.push(s), false);
    piped.update(1);
    piped.end();
    assert.equal(writes.length, 0);
    const big = progressLine(1000, (s) => writes.push(s), true);
    big.update(1);
    big.update(2); // within 100 ms of the last: not redrawn
    big.update(1000); // the last is always drawn
    big.end();
    assert.deepEqual(writes, ['\rfairbalance: linted 1/1000 files', '\rfairbalance: linted 1000/1000 files', '\r\u001b[K']);
  });

  it('shows progress on stderr for a big run on a terminal, not in the report', { skip: !hasScript && 'no script(1)' }, () => {
    const tree: Record<string, string> = {};
    for (let i = 0; i < PROGRESS_MIN_FILES; i++) tree[`f${i}.md`] = 'Plain words.\n';
    const dir = folder(tree);
    const out = onTerminal(['.', '--format', 'json', '--output-file', join(dir, 'r.json')], dir);
    assert.match(out, new RegExp(`fairbalance: linted ${PROGRESS_MIN_FILES}/${PROGRESS_MIN_FILES} files`));
  });
});
