// Issue 19, output: items 13 and 14. What is printed cannot drive the terminal or inject a
// workflow command, and a SARIF run stays within what code scanning accepts.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cli, folder, ROOT } from '../cli/helpers.js';
import { formatOutcome, ReportWriter } from '../../src/cli/report.js';
import { wholeReport, formats } from '../../src/cli/formatters/index.js';
import { MAX_SARIF_RESULTS } from '../../src/cli/formatters/sarif.js';
import { visible } from '../../src/cli/escape.js';
import type { Finding } from '../../src/core/types.js';

const ESC = '\u001b';

describe('control characters are shown, not obeyed (issue 19 item 13)', () => {
  it('visible(): every control character as an escape', () => {
    assert.equal(visible(`a${ESC}[2Jb\nc\rd\u0007\u202e`), 'a\\u001b[2Jb\\nc\\rd\\u0007\\u202e');
    assert.equal(visible('plain “text” – ok'), 'plain “text” – ok');
  });

  it('stylish: an ANSI escape in a message or a file name reaches the terminal escaped', () => {
    const dir = folder({ [`evil${ESC}[2J.md`]: 'Ketamine cures depression.\n' });
    writeFileSync(join(dir, '.fairbalancerc.yaml'), `claims:\n  - pattern: "cures"\n    kind: absolute\n    message: "Bad ${ESC}[2J claim"\n`);
    const r = cli(['.'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.ok(!r.stdout.includes(ESC), JSON.stringify(r.stdout.slice(0, 300)));
    assert.match(r.stdout, /evil\\u001b\[2J\.md/);
  });

  it('stderr: a file name with a newline and "::error::" cannot start a workflow command, under --format github too', () => {
    const name = 'x\n::error::injected.md';
    const dir = folder({ [name]: Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]) });
    for (const format of ['github', 'stylish']) {
      const r = cli(['--format', format, '.'], { cwd: dir });
      assert.ok(r.stderr.length > 0, 'a note about the invalid UTF-8 is printed');
      for (const line of r.stderr.split('\n')) assert.ok(!line.startsWith('::'), JSON.stringify(line));
      assert.match(r.stderr, /^fairbalance: warning: x\\n::error::injected\.md: invalid UTF-8/);
      if (format === 'github') for (const line of r.stdout.split('\n').filter(Boolean)) assert.match(line, /^::(warning|error) file=x%0A%3A%3Aerror%3A%3Ainjected\.md,/);
    }
  });
});

describe('SARIF results are capped per run (issue 19 item 14)', () => {
  it(`at most ${MAX_SARIF_RESULTS} results, and a notification saying how many were left out; still valid SARIF`, () => {
    const finding = (i: number): Finding => ({ ruleId: 'claim-absolute', category: 'claim', severity: 2, message: 'm', messageId: 'absolute', start: i, end: i + 1, line: 1, column: i + 1, endLine: 1, endColumn: i + 2, url: 'https://example.org', fixes: [] });
    let out = '';
    const options = { format: 'sarif' as const, context: { cwd: '/work', color: false, notes: [] }, quiet: false };
    const writer = new ReportWriter(options, { report: (s) => (out += s), diff: () => {}, stderr: () => {} }, '/work');
    for (let file = 0; file < 3; file++) {
      const result = { filePath: `/work/f${file}.md`, findings: Array.from({ length: 10000 }, (_, i) => finding(i)), summary: { format: 'markdown' as const, therapies: [], topics: [] } };
      writer.add(formatOutcome({ path: `/work/f${file}.md`, notes: [], result }, options));
    }
    const summary = writer.finish();
    assert.equal(summary.errors, 30000, 'every finding still counts for the exit code');
    const log = JSON.parse(out);
    assert.equal(log.runs[0].results.length, MAX_SARIF_RESULTS);
    const [note] = log.runs[0].invocations[0].toolExecutionNotifications;
    assert.match(note.message.text, /^5000 more results were left out: GitHub code scanning accepts at most 25000 results per run/);
    const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/cli/sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    assert.ok(ajv.compile(schema)(log));
  });
});

describe('formats that need every file at once (a site audit)', () => {
  it('wholeReport(): the writer keeps the reports (as JSON from the workers) and hands them over at the end', () => {
    const seen: string[] = [];
    (formats as Record<string, unknown>).audit = wholeReport((reports, context) => {
      seen.push(...reports.map((r) => `${r.path}:${r.result.findings.length}`), `notes:${context.notes?.length}`);
      return 'AUDIT\n';
    });
    try {
      let out = '';
      const options = { format: 'audit' as never, context: { cwd: '/work', color: false, notes: [] }, quiet: false };
      const writer = new ReportWriter(options, { report: (s) => (out += s), diff: () => {}, stderr: () => {} }, '/work');
      const result = (n: number) => ({ filePath: 'x', findings: Array.from({ length: n }, () => ({ ruleId: 'r', category: 'claim' as const, severity: 1 as const, message: 'm', start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1, url: '', fixes: [] })), summary: { format: 'markdown' as const, therapies: [], topics: [] } });
      writer.add(formatOutcome({ path: '/work/a.md', notes: [{ level: 'warning', message: 'w' }], result: result(2) }, options));
      writer.add(formatOutcome({ path: '/work/b.md', notes: [], result: result(0) }, options));
      assert.equal(writer.finish().warnings, 2);
      assert.equal(out, 'AUDIT\n');
      assert.deepEqual(seen, ['/work/a.md:2', '/work/b.md:0', 'notes:1']);
    } finally {
      delete (formats as Record<string, unknown>).audit;
    }
  });
});
