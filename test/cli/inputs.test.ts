import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, folder, jsonReport, onlyRules, isRoot, CLAIM, CLEAN } from './helpers.js';

const config = () => onlyRules({ 'claim-absolute': 'error' });
const files = (stdout: string) => jsonReport(stdout).map((e) => e.file);

describe('cli inputs', () => {
  it('"!**/NAME" excludes a file in a folder outside the working folder too (the README site-audit recipe)', () => {
    const dir = folder({ 'corpus/a.md': CLAIM, 'corpus/INDEX.md': CLAIM, 'work/.keep': '' });
    const r = cli(['--format', 'json', '../corpus', '!**/INDEX.md'], { cwd: join(dir, 'work') });
    assert.deepEqual(jsonReport(r.stdout).map((f) => f.file), ['a.md']);
  });

  it('finds .md, .markdown and .txt in folders, skipping node_modules and dot-folders', () => {
    const dir = folder({
      'a.md': CLEAN,
      'b.markdown': CLEAN,
      'sub/c.txt': CLEAN,
      'sub/d.html': CLEAN,
      'node_modules/pkg/e.md': CLEAN,
      '.git/f.md': CLEAN,
      '.github/g.md': CLEAN,
    });
    assert.deepEqual(files(cli(['--format', 'json', '.'], { cwd: dir }).stdout), ['a.md', 'b.markdown', 'c.txt']);
    assert.deepEqual(files(cli(['--format', 'json', 'sub/*.txt', '*.md'], { cwd: dir }).stdout), ['a.md', 'c.txt']);
    assert.deepEqual(files(cli(['--format', 'json', '.', '!sub/**'], { cwd: dir }).stdout), ['a.md', 'b.markdown']);
  });

  it('.fairbalanceignore, --ignore-path and --no-ignore', () => {
    const dir = folder({ 'a.md': CLEAN, 'drafts/b.md': CLEAN, 'c.txt': CLEAN, '.fairbalanceignore': 'drafts/\n# comment\n', 'other.ignore': '*.txt\n' });
    assert.deepEqual(files(cli(['--format', 'json', '.'], { cwd: dir }).stdout), ['a.md', 'c.txt']);
    assert.deepEqual(files(cli(['--format', 'json', '--ignore-path', 'other.ignore', '.'], { cwd: dir }).stdout), ['a.md', 'b.md']);
    assert.deepEqual(files(cli(['--format', 'json', '--no-ignore', '.'], { cwd: dir }).stdout), ['a.md', 'c.txt', 'b.md']);
    const named = cli(['--format', 'json', 'drafts/b.md'], { cwd: dir });
    assert.equal(named.status, 0);
    assert.deepEqual(files(named.stdout), []);
    assert.equal(named.stderr, 'fairbalance: warning: drafts/b.md: ignored by .fairbalanceignore (use --no-ignore to lint it)\n');
    const missing = cli(['--ignore-path', 'nope', '.'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^fairbalance: cannot read ignore file nope: ENOENT\n$/);
  });

  it('decodes UTF-16 LE/BE with a BOM and reports positions in the decoded text', () => {
    const text = `Intro line.\n${CLAIM}`;
    const dir = folder({
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'utf8.txt': text,
      '.fairbalancerc.json': config(),
    });
    const report = jsonReport(cli(['--format', 'json', '.'], { cwd: dir }).stdout);
    const where = report.map((e) => e.messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn]));
    assert.deepEqual(where, [[['claim-absolute', 2, 16, 26]], [['claim-absolute', 2, 16, 26]], [['claim-absolute', 2, 16, 26]]]);
  });

  it('lints invalid UTF-8 with a warning; a binary or oversized file is an error finding (fail closed)', () => {
    const dir = folder({
      'bad.md': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(`. ${CLAIM}`)]),
      'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'big.md': 'x'.repeat(5000),
      'empty.md': '',
      '.fairbalancerc.json': config(),
    });
    const r = cli(['--format', 'json', '--max-file-size', '4096', '.'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.deepEqual(files(r.stdout), ['bad.md', 'big.md', 'bin.md', 'empty.md']);
    const report = jsonReport(r.stdout);
    assert.equal(report[0].messages[0].ruleId, 'claim-absolute', 'the claim in bad.md is still reported');
    assert.deepEqual(report[1].messages.map((m) => [m.ruleId, m.severity, m.message]), [['fairbalance-unread', 2, 'Fair Balance did not lint this file: 5 KB is over the 4 KB limit (maxFileSize or --max-file-size).']]);
    assert.deepEqual(report[2].messages.map((m) => [m.ruleId, m.severity, m.message]), [['fairbalance-unread', 2, 'Fair Balance did not lint this file: it looks binary (NUL bytes).']]);
    assert.deepEqual(r.stderr.trim().split('\n'), ['fairbalance: warning: bad.md: invalid UTF-8; linted with U+FFFD in place of the bad bytes']);
    // The limit can come from the config file too.
    writeFileSync(join(dir, '.fairbalancerc.json'), JSON.stringify({ ...JSON.parse(config()), maxFileSize: 100 }));
    assert.match(cli(['big.md'], { cwd: dir }).stdout, /big\.md\n.*5 KB is over the 1 KB limit/);
  });

  it('unreadable files and symlink loops are error findings; the rest is linted', () => {
    const dir = folder({ 'good.md': CLAIM, '.fairbalancerc.json': config() });
    symlinkSync('loop.md', join(dir, 'loop.md'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up')); // a folder loop, never followed
    const r = cli(['--format', 'json', 'good.md', 'loop.md'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
    assert.deepEqual(jsonReport(r.stdout).map((e) => [e.file, e.messages.map((m) => m.ruleId)]), [['good.md', ['claim-absolute']], ['loop.md', ['fairbalance-unread']]]);
    assert.equal(cli(['--format', 'json', '.'], { cwd: dir }).status, 1, 'a folder walk does not follow links');
    if (!isRoot) {
      writeFileSync(join(dir, 'secret.md'), CLEAN);
      chmodSync(join(dir, 'secret.md'), 0);
      const denied = cli(['.'], { cwd: dir });
      assert.equal(denied.status, 1);
      assert.match(denied.stdout, /secret\.md\n.*cannot read it \(EACCES\)/);
    }
  });

  it('a missing path or an empty glob is a usage error (exit 2, one line)', () => {
    const dir = folder({ 'a.md': CLEAN });
    for (const arg of ['nope.md', 'nothing/**/*.md']) {
      const r = cli([arg], { cwd: dir });
      assert.equal(r.status, 2);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });

  it('scales to a large tree: thousands of files in parallel, sorted the same as one thread', () => {
    const count = 3000;
    const tree: Record<string, string> = { '.fairbalancerc.json': config() };
    for (let i = 0; i < count; i++) tree[`d${i % 30}/s${i % 7}/f${i}.md`] = i % 100 === 0 ? CLAIM : CLEAN;
    const dir = folder(tree);
    const began = Date.now();
    const many = cli(['--format', 'json', '.'], { cwd: dir });
    const ms = Date.now() - began;
    assert.equal(many.status, 1, many.stderr);
    assert.equal(many.stderr, '', 'no progress line when stderr is not a terminal');
    const report = JSON.parse(many.stdout) as { filePath: string; messages: unknown[] }[];
    assert.equal(report.length, count);
    assert.deepEqual(report.map((e) => e.filePath), report.map((e) => e.filePath).sort());
    assert.equal(report.filter((e) => e.messages.length).length, count / 100);
    assert.ok(ms < 60000, `took ${ms} ms`);
    const small = Object.keys(tree).filter((f) => f.startsWith('d1/')).length;
    const one = cli(['--format', 'json', '--workers', '1', 'd1'], { cwd: dir }).stdout;
    const two = cli(['--format', 'json', '--workers', '2', 'd1'], { cwd: dir }).stdout;
    assert.equal(JSON.parse(one).length, small);
    assert.equal(one, two);
  });
});
