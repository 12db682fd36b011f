import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cli, folder, jsonReport, onlyRules, CLAIM, CLEAN } from './helpers.js';

const oneLine = (s: string) => assert.equal(s.trim().split('\n').length, 1, s);

describe('cli exit codes and options', () => {
  it('exits 0 when clean, 1 on error-level findings, 2 on usage errors', () => {
    const dir = folder({ 'bad.md': CLAIM, 'good.md': CLEAN, '.fairbalancerc.json': onlyRules({ 'claim-absolute': 'error' }) });
    assert.equal(cli(['bad.md'], { cwd: dir }).status, 1);
    assert.equal(cli(['good.md'], { cwd: dir }).status, 0);
    for (const args of [[], ['--frobnicate', 'x.md'], ['--format', 'xml', 'good.md'], ['--fix-type', 'claim', 'good.md'], ['--fix-type', 'bogus', '--fix', 'good.md'], ['--workers', '0', 'good.md'], ['--max-warnings', 'many', 'good.md']]) {
      const r = cli(args, { cwd: dir });
      assert.equal(r.status, 2, args.join(' '));
      oneLine(r.stderr);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('--max-warnings and --quiet', () => {
    const dir = folder({ 'a.md': `${CLAIM}It cures worry too.\n`, '.fairbalancerc.json': onlyRules({ 'claim-absolute': 'warn' }) });
    assert.equal(cli(['a.md'], { cwd: dir }).status, 0, 'warnings alone pass');
    assert.equal(cli(['--max-warnings', '2', 'a.md'], { cwd: dir }).status, 0);
    const over = cli(['--max-warnings', '1', 'a.md'], { cwd: dir });
    assert.equal(over.status, 1);
    assert.equal(over.stderr, 'fairbalance: 2 warnings, more than --max-warnings 1\n');
    const quiet = cli(['--quiet', '--format', 'json', 'a.md'], { cwd: dir });
    assert.equal(quiet.status, 0);
    assert.deepEqual(jsonReport(quiet.stdout)[0].messages, []);
    assert.equal(cli(['--quiet', '--max-warnings', '0', 'a.md'], { cwd: dir }).status, 1, 'quiet warnings still count');
  });

  it('--rule id:severity overrides the config; an unknown rule or severity exits 2', () => {
    const dir = folder({ 'a.md': CLAIM, '.fairbalancerc.json': onlyRules({ 'claim-absolute': 'error' }) });
    assert.equal(cli(['--rule', 'claim-absolute:off', 'a.md'], { cwd: dir }).status, 0);
    const warned = jsonReport(cli(['--rule', 'claim-absolute:warn', '--format', 'json', 'a.md'], { cwd: dir }).stdout);
    assert.equal(warned[0].messages[0].severity, 1);
    const unknown = cli(['--rule', 'claim-absolut:warn', 'a.md'], { cwd: dir });
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stderr, 'fairbalance: --rule claim-absolut:warn: unknown rule "claim-absolut"; did you mean "claim-absolute"?\n');
    const severity = cli(['--rule', 'claim-absolute:loud', 'a.md'], { cwd: dir });
    assert.equal(severity.status, 2);
    oneLine(severity.stderr);
  });

  it('bad config files exit 2 with one line naming the file, place and nearest key', () => {
    const cases: [string, string, RegExp][] = [
      ['.fairbalancerc.json', '{"rules": {"claim-absolute": "on"}}', /\.fairbalancerc\.json: rules\.claim-absolute: expected "off", "warn" or "error"/],
      ['.fairbalancerc.json', '{\n  "rules": {,}\n}', /\.fairbalancerc\.json: invalid JSON: line 2, column \d+/],
      ['.fairbalancerc.yaml', 'rules:\n  a: [b\n', /\.fairbalancerc\.yaml: invalid YAML: line \d+, column \d+/],
      ['.fairbalancerc.yaml', 'regoin: UK\n', /regoin.*"region"/],
      ['.fairbalancerc.yaml', 'words: 3\n', /\.fairbalancerc\.yaml: words: /],
      ['.fairbalancerc.yaml', 'rules:\n  claim-absolut: warn\n', /unknown rule; did you mean "claim-absolute"\?/],
    ];
    for (const [name, text, message] of cases) {
      const dir = folder({ [name]: text, 'a.md': CLEAN });
      const r = cli(['a.md'], { cwd: dir });
      assert.equal(r.status, 2, text);
      assert.match(r.stderr, message);
      oneLine(r.stderr);
    }
  });

  it('--config uses the named file instead of discovery; --print-config shows the result', () => {
    const dir = folder({ 'a.md': CLAIM, 'strict.json': onlyRules({ 'claim-absolute': 'warn' }), '.fairbalancerc.json': onlyRules({ 'claim-absolute': 'error' }) });
    assert.equal(cli(['--config', 'strict.json', 'a.md'], { cwd: dir }).status, 0);
    const printed = JSON.parse(cli(['--print-config', 'a.md', '--config', 'strict.json', '--rule', 'claim-absolute:error'], { cwd: dir }).stdout);
    assert.equal(printed.configFile, join(dir, 'strict.json'));
    assert.equal(printed.rules['claim-absolute'], 'error');
    assert.equal(typeof printed.maxFileSize, 'number');
    assert.equal(cli(['--config', 'missing.json', 'a.md'], { cwd: dir }).status, 2);
  });

  it('--init writes a commented, valid .fairbalancerc.yaml and refuses to overwrite', () => {
    const dir = folder({ 'a.md': CLEAN });
    const r = cli(['--init'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const text = readFileSync(join(dir, '.fairbalancerc.yaml'), 'utf8');
    assert.match(text, /^# /);
    assert.equal(parse(text).extends, 'recommended');
    assert.equal(cli(['a.md'], { cwd: dir }).status, 0, 'the written config is valid');
    const again = cli(['--init'], { cwd: dir });
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already exists/);
    assert.equal(readFileSync(join(dir, '.fairbalancerc.yaml'), 'utf8'), text);
  });

  it('--stdin lints standard input; --stdin-filename sets the format and where config is found', () => {
    const dir = folder({ 'blog/.fairbalancerc.json': onlyRules({ 'claim-absolute': 'warn' }), '.fairbalancerc.json': onlyRules({ 'claim-absolute': 'error' }) });
    const plain = cli(['--stdin', '--format', 'json'], { cwd: dir, input: CLAIM });
    assert.equal(plain.status, 1);
    assert.equal(JSON.parse(plain.stdout)[0].filePath, '<stdin>');
    const named = cli(['--stdin', '--stdin-filename', 'blog/post.txt', '--format', 'json'], { cwd: dir, input: CLAIM });
    assert.equal(named.status, 0, 'blog/ config makes it a warning');
    const entry = JSON.parse(named.stdout)[0];
    assert.equal(entry.filePath, 'blog/post.txt');
    assert.equal(entry.messages[0].severity, 1);
    const dry = cli(['--stdin', '--fix-dry-run', '--fix-type', 'claim'], { cwd: dir, input: CLAIM });
    assert.match(dry.stdout, /^--- a\/<stdin>\n\+\+\+ b\/<stdin>\n/);
    const fix = cli(['--stdin', '--fix'], { cwd: dir, input: CLAIM });
    assert.equal(fix.status, 2);
    oneLine(fix.stderr);
    assert.equal(existsSync(join(dir, 'stdin.md')), false);
  });

  it('--version, and --help with examples', () => {
    assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+/);
    const help = cli(['--help']).stdout;
    for (const flag of ['--format', '--fix-dry-run', '--fix-type', '--stdin-filename', '--max-warnings', '--rule', '--print-config', '--init', '--workers', '--ignore-path', '--no-ignore', '--max-file-size', '--output-file', '--quiet', '--debug', 'Examples:', 'Exit codes:']) {
      assert.ok(help.includes(flag), flag);
    }
  });

  it('an unwritable --output-file is one line and exit 2', () => {
    const dir = folder({ 'a.md': CLEAN, 'taken': 'a file, not a folder' });
    writeFileSync(join(dir, 'taken'), 'x');
    const r = cli(['a.md', '--output-file', 'taken/report.json'], { cwd: dir });
    assert.equal(r.status, 2);
    oneLine(r.stderr);
    assert.match(r.stderr, /cannot write taken\/report\.json/);
  });
});
