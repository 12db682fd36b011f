// dist/cli.js starts the CLI bundle from V8's code cache made at build time (src/cli/launch.ts).
// The cache is used only for the bundle it was made from: V8 itself checks only the source's
// length, so a cache of another build of the same length must not be taken. A cache that cannot
// be used changes nothing but the time.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers.js';

const DIST = join(ROOT, 'dist');
const article = '# Ketamine\n\nKetamine infusions cure depression in one session and are completely safe.\n';

/** Runs a copy of the launcher and bundle in `dir`, reporting what it did with the cache. */
function run(dir: string) {
  const r = spawnSync(process.execPath, [join(dir, 'cli.js'), '--stdin', '--stdin-filename', 'a.md', '--format', 'json'], {
    input: article,
    encoding: 'utf8',
    cwd: tmpdir(),
    env: { ...process.env, FAIRBALANCE_CODE_CACHE: 'report', FAIRBALANCE_LEXICON_DIR: DIST },
  });
  return { status: r.status, stdout: r.stdout, cache: /code cache (.*)/.exec(r.stderr)?.[1] };
}

function copyBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fb-cache-'));
  for (const f of ['cli.js', 'cli-main.js', 'worker.js']) copyFileSync(join(DIST, f), join(dir, f));
  return dir;
}

describe('the CLI code cache', () => {
  const plain = run(copyBuild());

  it('is made by the build and used for its bundle', () => {
    const dir = copyBuild();
    copyFileSync(join(DIST, 'cli-main.cache'), join(dir, 'cli-main.cache'));
    const r = run(dir);
    assert.equal(r.cache, 'used');
    assert.equal(plain.cache, 'none');
    assert.deepEqual([r.status, r.stdout], [plain.status, plain.stdout]);
    assert.match(r.stdout, /claim-/);
  });

  it('is not used for another bundle of the same length', () => {
    const dir = copyBuild();
    copyFileSync(join(DIST, 'cli-main.cache'), join(dir, 'cli-main.cache'));
    // Same length, one character changed in a comment-free spot: a string the CLI prints.
    const source = readFileSync(join(dir, 'cli-main.js'), 'utf8');
    const changed = source.replace('no problems', 'No problems');
    assert.notEqual(changed, source);
    assert.equal(changed.length, source.length);
    writeFileSync(join(dir, 'cli-main.js'), changed);
    const r = run(dir);
    assert.equal(r.cache, 'of another build');
    assert.deepEqual([r.status, r.stdout], [plain.status, plain.stdout]);
  });

  it('a damaged cache is rejected and the CLI runs as without one', () => {
    const dir = copyBuild();
    const cache = readFileSync(join(DIST, 'cli-main.cache'));
    writeFileSync(join(dir, 'cli-main.cache'), Buffer.concat([cache.subarray(0, 20), Buffer.from('not a V8 code cache')]));
    const r = run(dir);
    assert.equal(r.cache, 'rejected by V8');
    assert.deepEqual([r.status, r.stdout], [plain.status, plain.stdout]);
  });
});
