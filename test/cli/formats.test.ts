import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cli, folder, onlyRules, ROOT, SEEDS, CLAIM, CLEAN } from './helpers.js';
import { escapeData, escapeProperty } from '../../src/cli/formatters/github.js';
import { xml } from '../../src/cli/formatters/junit.js';

interface JsonEntry {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/cli/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's "language" pattern is invalid with the u flag
  addFormats(ajv);
  return ajv.compile(schema);
}

const seedsJson = (): JsonEntry[] => JSON.parse(cli(['--format', 'json', SEEDS]).stdout);
const unescape = (s: string) => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

describe('cli formats on the seeds', () => {
  it('json: the RUBRIC section 4 shape, one entry per article in sorted order', () => {
    const r = cli(['--format', 'json', SEEDS]);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const report: JsonEntry[] = JSON.parse(r.stdout);
    assert.equal(report.length, 5);
    assert.deepEqual(report.map((e) => e.filePath), [...report.map((e) => e.filePath)].sort());
    for (const entry of report) {
      for (const k of ['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']) assert.ok(k in entry, k);
      for (const m of entry.messages) {
        for (const k of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']) assert.ok(k in m, `${k} in message`);
      }
    }
  });

  it('sarif: valid against the SARIF 2.1.0 schema, with rule metadata, help links and fixes', () => {
    const r = cli(['--format', 'sarif', SEEDS]);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    const valid = validate(structuredClone(log)); // (a type guard would narrow `log` itself to unknown)
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    const rules = run.tool.driver.rules;
    assert.ok(rules.length >= 3);
    for (const rule of rules) {
      assert.match(rule.helpUri, /^https:\/\/.+\.md$/);
      assert.ok(rule.shortDescription.text.length > 0);
    }
    const total = seedsJson().reduce((n, e) => n + e.messages.length, 0);
    assert.equal(run.results.length, total);
    for (const res of run.results) {
      assert.equal(rules[res.ruleIndex].id, res.ruleId);
      assert.ok(['error', 'warning'].includes(res.level));
      const loc = res.locations[0].physicalLocation;
      // The seeds sit outside the working folder, so their URIs are absolute file URIs.
      assert.match(loc.artifactLocation.uri, /^file:\/\/\/.+\.txt$/);
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
    }
  });

  it('sarif: fixes carry the replacement text, and paths inside the folder are relative', () => {
    const dir = folder({ 'a b.md': CLAIM, '.fairbalancerc.json': onlyRules({ 'claim-absolute': 'error' }) });
    const log = JSON.parse(cli(['--format', 'sarif', '.'], { cwd: dir }).stdout);
    const [res] = log.runs[0].results;
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'a%20b.md');
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    const replacement = res.fixes[0].artifactChanges[0].replacements[0];
    assert.equal(CLAIM.substr(replacement.deletedRegion.charOffset, replacement.deletedRegion.charLength), 'cures');
    assert.ok(replacement.insertedContent.text.length > 0);
  });

  it('github: one workflow command per finding that parses back to the JSON findings', () => {
    const r = cli(['--format', 'github', SEEDS], { cwd: SEEDS });
    const lines = r.stdout.split('\n').filter(Boolean);
    const expected = JSON.parse(cli(['--format', 'json', SEEDS], { cwd: SEEDS }).stdout).flatMap((e: JsonEntry) => e.messages.map((m) => ({ file: e.filePath, ...m })));
    assert.equal(lines.length, expected.length);
    lines.forEach((line, i) => {
      const m = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
      assert.ok(m, line);
      const props = Object.fromEntries(m[2].split(',').map((p) => p.split('=')).map(([k, v]) => [k, unescape(v)]));
      const want = expected[i];
      assert.equal(m[1], want.severity === 2 ? 'error' : 'warning');
      assert.equal(props.file, want.file);
      assert.deepEqual([props.line, props.col, props.endLine, props.endColumn].map(Number), [want.line, want.column, want.endLine, want.endColumn]);
      assert.equal(props.title, want.ruleId);
      assert.ok(unescape(m[3]).startsWith(want.message));
    });
  });

  it('github: escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.equal(escapeData('50% off\r\nnow: a, b'), '50%25 off%0D%0Anow: a, b');
    assert.equal(escapeProperty('dir:x/a,b%.md'), 'dir%3Ax/a%2Cb%25.md');
    const dir = folder({ 'we,ird:name.md': CLAIM, '.fairbalancerc.json': onlyRules({ 'claim-absolute': 'error' }) });
    const out = cli(['--format', 'github', '.'], { cwd: dir }).stdout;
    assert.match(out, /^::error file=we%2Cird%3Aname\.md,line=1,col=16,/);
  });

  it('a file not read (binary, unreadable) is an error finding in every format, so CI shows it and fails', () => {
    const dir = folder({ 'a.md': CLAIM, 'bin.md': Buffer.from([0, 1, 2]), '.fairbalancerc.json': onlyRules({ 'claim-absolute': 'error' }) });
    symlinkSync('loop.md', join(dir, 'loop.md'));
    const gh = cli(['--format', 'github', 'a.md', 'bin.md', 'loop.md'], { cwd: dir });
    assert.equal(gh.status, 1);
    const lines = gh.stdout.trim().split('\n');
    assert.match(lines[0], /^::error file=a\.md,line=1,/);
    assert.match(lines[1], /^::error file=bin\.md,line=1,col=1,endLine=1,endColumn=1,title=fairbalance-unread::Fair Balance did not lint this file: it looks binary/);
    assert.match(lines[2], /^::error file=loop\.md,line=1,col=1,endLine=1,endColumn=1,title=fairbalance-unread::Fair Balance did not lint this file: cannot read it \(ELOOP\)/);
    const log = JSON.parse(cli(['--format', 'sarif', 'a.md', 'bin.md', 'loop.md'], { cwd: dir }).stdout);
    const results = log.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    assert.deepEqual(results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri]), [
      ['claim-absolute', 'error', 'a.md'],
      ['fairbalance-unread', 'error', 'bin.md'],
      ['fairbalance-unread', 'error', 'loop.md'],
    ]);
    assert.ok(sarifValidator()(log), 'still valid SARIF');
    // The config can lower it to a warning, for those who want the old behaviour.
    writeFileSync(join(dir, '.fairbalancerc.json'), JSON.stringify({ rules: { ...JSON.parse(onlyRules({})).rules, 'fairbalance-unread': 'warn' } }));
    assert.equal(cli(['bin.md', 'loop.md'], { cwd: dir }).status, 0);
  });

  it('github: notes about files (not fixed, invalid UTF-8) are annotations too', () => {
    const dir = folder({ 'bad.md': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from('. Plain.\n')]) });
    const gh = cli(['--format', 'github', 'bad.md'], { cwd: dir });
    assert.match(gh.stdout, /^::warning file=bad\.md,title=fairbalance::invalid UTF-8; linted with U\+FFFD in place of the bad bytes$/m);
    const log = JSON.parse(cli(['--format', 'sarif', 'bad.md'], { cwd: dir }).stdout);
    assert.deepEqual(log.runs[0].invocations[0].toolExecutionNotifications.map((n: { level: string }) => n.level), ['warning']);
  });

  it('junit: a test case per finding and per clean file, with XML escaped', () => {
    const r = cli(['--format', 'junit', SEEDS]);
    const json = seedsJson();
    const findings = json.reduce((n, e) => n + e.messages.length, 0);
    const clean = json.filter((e) => !e.messages.length).length;
    assert.match(r.stdout, /^<\?xml version="1.0" encoding="utf-8"\?>\n<testsuites /);
    assert.equal((r.stdout.match(/<failure /g) ?? []).length, findings);
    assert.equal((r.stdout.match(/<testcase /g) ?? []).length, findings + clean);
    assert.equal((r.stdout.match(/<testsuite /g) ?? []).length, 5);
    assert.match(r.stdout, new RegExp(`<testsuites name="fairbalance" tests="${findings + clean}" failures="${findings}"`));
    assert.equal(xml('a<b & "c" \u0001'), 'a&lt;b &amp; &quot;c&quot; \uFFFD');
  });

  it('stylish: grouped by file with a summary line, no colour off a terminal', () => {
    const dir = folder({ 'bad.md': CLAIM, 'good.md': CLEAN, '.fairbalancerc.json': onlyRules({ 'claim-absolute': 'error' }) });
    const r = cli(['.'], { cwd: dir, env: { NO_COLOR: '' } });
    assert.equal(r.status, 1);
    assert.doesNotMatch(r.stdout, /\u001b\[/);
    assert.match(r.stdout, /^bad\.md\n {2}1:16 {2}error {2,}.*claim-absolute( \(\w+\))?\n/);
    // The summary counts what plain --fix applies (the [citation needed] marker) and names the
    // flag for the rest (the hedged rewrite).
    assert.match(r.stdout, /✖ 1 problem \(1 error, 0 warnings\) in 2 files\n {2}1 problem fixable with --fix; 1 with --fix --fix-type claim\n$/);
    assert.match(cli(['good.md'], { cwd: dir }).stdout, /✔ no problems in 1 file/);
  });

  it('--output-file writes the report to a file (folders made as needed)', () => {
    const dir = folder({ 'bad.md': CLAIM });
    const r = cli(['bad.md', '--format', 'sarif', '--output-file', 'out/report.sarif'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8')).version, '2.1.0');
  });
});
