import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliAsync, folder, holdsOpenForWriting, jsonReport, onlyRules, CLAIM } from './helpers.js';

// Fix tests use claim-absolute's hedged rewrite (kind "claim"), whose presence is stable; the
// exact rewrite text belongs to the knowledge files, so tests check that "cures" went away.
const config = () => onlyRules({ 'claim-absolute': 'error' });
const CLAIM_FIX = ['--fix', '--fix-type', 'claim'];
const read = (dir: string, name: string) => readFileSync(join(dir, name));

describe('cli --fix', () => {
  it('applies only safe fixes by default, so a claim rewrite needs --fix-type claim', () => {
    const dir = folder({ 'a.md': CLAIM, '.fairbalancerc.json': config() });
    const r = cli(['--fix', 'a.md'], { cwd: dir });
    assert.equal(r.status, 1, r.stderr);
    // The safe fix for a claim is a citation marker for the reviewer; the claim stays reported.
    assert.equal(read(dir, 'a.md').toString(), CLAIM.replace(/\.\n$/, '. [citation needed]\n'));
    writeFileSync(join(dir, 'a.md'), CLAIM);
    const fixed = cli([...CLAIM_FIX, 'a.md'], { cwd: dir });
    assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
    assert.doesNotMatch(read(dir, 'a.md').toString(), /cures/);
  });

  it('keeps CRLF line endings, a UTF-8 BOM and the file mode, and a second run changes nothing', () => {
    const crlf = 'This treatment cures pain.\r\nIt also cures worry.\r\n';
    const dir = folder({ 'crlf.md': crlf, 'bom.md': `\uFEFF${CLAIM}`, '.fairbalancerc.json': config() });
    chmodSync(join(dir, 'crlf.md'), 0o640);
    assert.equal(cli(CLAIM_FIX.concat('.'), { cwd: dir }).status, 0);
    const out = read(dir, 'crlf.md').toString();
    assert.doesNotMatch(out, /cures/);
    assert.equal(out.split('\r\n').length, 3);
    assert.doesNotMatch(out.replace(/\r\n/g, ''), /[\r\n]/);
    assert.equal(statSync(join(dir, 'crlf.md')).mode & 0o777, 0o640);
    const bom = read(dir, 'bom.md');
    assert.deepEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.doesNotMatch(bom.toString(), /cures/);

    const before = { crlf: read(dir, 'crlf.md'), bom, mtime: statSync(join(dir, 'bom.md')).mtimeMs };
    assert.equal(cli(CLAIM_FIX.concat('.'), { cwd: dir }).status, 0);
    assert.deepEqual(read(dir, 'crlf.md'), before.crlf);
    assert.deepEqual(read(dir, 'bom.md'), before.bom);
    assert.equal(statSync(join(dir, 'bom.md')).mtimeMs, before.mtime, 'an unchanged file is not rewritten');
  });

  it('writes UTF-16 LE and BE files back in their own encoding', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLAIM, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CLAIM, 'utf16le').swap16()]);
    const dir = folder({ 'le.txt': le, 'be.txt': be, '.fairbalancerc.json': config() });
    assert.equal(cli(CLAIM_FIX.concat('.'), { cwd: dir }).status, 0);
    const outLe = read(dir, 'le.txt');
    const outBe = read(dir, 'be.txt');
    assert.deepEqual([...outLe.subarray(0, 2)], [0xff, 0xfe]);
    assert.deepEqual([...outBe.subarray(0, 2)], [0xfe, 0xff]);
    const textLe = outLe.subarray(2).toString('utf16le');
    assert.equal(Buffer.from(outBe.subarray(2)).swap16().toString('utf16le'), textLe);
    assert.match(textLe, /^This treatment [\w ]+ pain\.\n$/);
    assert.doesNotMatch(textLe, /cures/);
  });

  it('fixes the target of a symlink and keeps the link', () => {
    const dir = folder({ 'real.md': CLAIM, '.fairbalancerc.json': config() });
    symlinkSync('real.md', join(dir, 'link.md'));
    assert.equal(cli(CLAIM_FIX.concat('link.md'), { cwd: dir }).status, 0);
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
    assert.doesNotMatch(read(dir, 'real.md').toString(), /cures/);
  });

  it('--fix-dry-run prints a unified diff and writes nothing; json gets the fixed text as output', () => {
    const dir = folder({ 'a.md': CLAIM, '.fairbalancerc.json': config() });
    const r = cli(['--fix-dry-run', '--fix-type', 'claim', 'a.md'], { cwd: dir });
    assert.match(r.stdout, /^--- a\/a\.md\n\+\+\+ b\/a\.md\n@@ -1,1 \+1,1 @@\n-This treatment cures pain\.\n\+This treatment [\w ]+ pain\.\n/);
    assert.equal(read(dir, 'a.md').toString(), CLAIM);
    const json = jsonReport(cli(['--fix-dry-run', '--fix-type', 'claim', '--format', 'json', 'a.md'], { cwd: dir }).stdout);
    assert.match(json[0].output!, /^This treatment [\w ]+ pain\.\n$/);
    assert.deepEqual(json[0].messages, [], 'findings are those left after fixing');
  });

  it('reports a read-only file, leaves it alone, fixes the rest and exits 2', () => {
    const dir = folder({ 'locked.md': CLAIM, 'open.md': CLAIM, '.fairbalancerc.json': config() });
    chmodSync(join(dir, 'locked.md'), 0o444);
    const r = cli(CLAIM_FIX.concat('.'), { cwd: dir });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'fairbalance: error: locked.md: read-only; not fixed\n');
    assert.equal(read(dir, 'locked.md').toString(), CLAIM);
    assert.doesNotMatch(read(dir, 'open.md').toString(), /cures/);
    assert.match(r.stdout, /locked\.md\n.*claim-absolute/, 'the unfixed file is reported with its findings');
  });

  it('leaves alone a file that changes between reading and writing', async () => {
    const dir = folder({ 'a.md': CLAIM, '.fairbalancerc.json': config() });
    const run = cliAsync(CLAIM_FIX.concat('a.md'), { cwd: dir, env: { FAIRBALANCE_TEST_DELAY_BEFORE_WRITE_MS: '3000' } });
    // Wait until the CLI holds a.md open for writing: it has linted it and is about to write.
    const deadline = Date.now() + 20000;
    while (!holdsOpenForWriting(run.pid, join(dir, 'a.md'))) {
      assert.ok(Date.now() < deadline, 'the CLI never opened a.md for writing');
      await new Promise((r) => setTimeout(r, 20));
    }
    writeFileSync(join(dir, 'a.md'), 'Edited by someone else. This cures everything.\n');
    const r = await run;
    assert.equal(read(dir, 'a.md').toString(), 'Edited by someone else. This cures everything.\n');
    assert.match(r.stderr, /a\.md: changed since it was read; not fixed/);
    assert.deepEqual(readdirSync(dir).sort(), ['.fairbalancerc.json', 'a.md'], 'no temporary file');
  });

  it('does not write back a file with invalid UTF-8 (it would lose the bytes)', () => {
    const bytes = Buffer.concat([Buffer.from('Bad '), Buffer.from([0xff]), Buffer.from(` byte. ${CLAIM}`)]);
    const dir = folder({ 'bad.md': bytes, '.fairbalancerc.json': config() });
    const r = cli(CLAIM_FIX.concat('bad.md'), { cwd: dir });
    assert.match(r.stderr, /bad\.md: invalid UTF-8; linted with U\+FFFD/);
    assert.match(r.stderr, /bad\.md: not fixed: writing it would replace its invalid UTF-8 bytes/);
    assert.deepEqual(read(dir, 'bad.md'), bytes);
  });
});
