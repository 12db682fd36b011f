// Issue 19, "It changes bytes or loses them": items 11 and 12. --fix never changes a byte outside
// a fix, and what another program appends or sees through a hard link is not lost.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closeSync, linkSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { cli, folder, onlyRules } from '../cli/helpers.js';
import { readRegularFile, FileReadError } from '../../src/node/safe-read.js';

const CLAIM = 'This treatment cures pain.\n';
const config = () => onlyRules({ 'claim-absolute': 'error' });
const FIX = ['--fix', '--fix-type', 'claim'];
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

describe('UTF-16 is validated like UTF-8 (issue 19 item 11)', () => {
  it('a lone surrogate or an odd trailing byte: linted, never rewritten', () => {
    const lone = Buffer.concat([utf16le(CLAIM), Buffer.from([0x00, 0xd8])]); // U+D800 alone at the end
    const odd = Buffer.concat([utf16le(CLAIM), Buffer.from([0x41])]);
    const dir = folder({ 'lone.txt': lone, 'odd.txt': odd, '.fairbalancerc.json': config() });
    const r = cli([...FIX, '.'], { cwd: dir });
    assert.equal(r.status, 1, 'the claims are still reported');
    assert.deepEqual(readFileSync(join(dir, 'lone.txt')), lone);
    assert.deepEqual(readFileSync(join(dir, 'odd.txt')), odd);
    for (const name of ['lone.txt', 'odd.txt']) {
      assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')}: invalid UTF-16 \\(a lone surrogate or an odd byte\\); linted with U\\+FFFD`));
      assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')}: not fixed: writing it would replace its invalid UTF-16 bytes`));
    }
  });

  it('valid UTF-16 is still fixed', () => {
    const dir = folder({ 'ok.txt': utf16le(CLAIM), '.fairbalancerc.json': config() });
    assert.equal(cli([...FIX, 'ok.txt'], { cwd: dir }).status, 0);
    assert.doesNotMatch(readFileSync(join(dir, 'ok.txt')).subarray(2).toString('utf16le'), /cures/);
  });
});

describe('hard links and files open for append (issue 19 item 12)', () => {
  it('a hard-linked article is fixed in place: both names see the fix, the link is not split', () => {
    const dir = folder({ 'a.md': CLAIM, '.fairbalancerc.json': config() });
    linkSync(join(dir, 'a.md'), join(dir, 'twin.md'));
    const inode = statSync(join(dir, 'a.md')).ino;
    assert.equal(cli([...FIX, 'a.md'], { cwd: dir }).status, 0);
    assert.equal(statSync(join(dir, 'a.md')).ino, inode);
    assert.equal(statSync(join(dir, 'a.md')).nlink, 2);
    assert.doesNotMatch(readFileSync(join(dir, 'twin.md'), 'utf8'), /cures/);
  });

  it('lines appended through a handle opened before the run land after the fixed text', () => {
    const dir = folder({ 'log.md': CLAIM, '.fairbalancerc.json': config() });
    const appender = openSync(join(dir, 'log.md'), 'a');
    try {
      assert.equal(cli([...FIX, 'log.md'], { cwd: dir }).status, 0);
      writeSync(appender, 'Appended after the fix.\n');
    } finally {
      closeSync(appender);
    }
    const text = readFileSync(join(dir, 'log.md'), 'utf8');
    assert.doesNotMatch(text, /cures/);
    assert.match(text, /\nAppended after the fix\.\n$/);
  });
});

describe('the safe reader the CLI, the config loader and the language server use (issue 19 item 10)', () => {
  it('refuses what is not a regular file, and what is over the limit, on the open descriptor', () => {
    const dir = folder({ 'a.md': 'x'.repeat(100) });
    assert.equal(readRegularFile(join(dir, 'a.md'), { maxBytes: 100 }).bytes.length, 100);
    assert.throws(() => readRegularFile(join(dir, 'a.md'), { maxBytes: 99 }), (e: unknown) => e instanceof FileReadError && e.reason === 'too-big');
    assert.throws(() => readRegularFile('/dev/zero', { maxBytes: 1 << 20 }), (e: unknown) => e instanceof FileReadError && e.reason === 'not-regular');
    assert.throws(() => readRegularFile(dir, { maxBytes: 1 << 20 }), (e: unknown) => e instanceof FileReadError && e.reason === 'not-regular');
    assert.throws(() => readRegularFile(join(dir, 'none.md'), { maxBytes: 1 }), /ENOENT/);
  });
});
