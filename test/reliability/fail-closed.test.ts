// Issue 19, "It gives up and passes (exit 0)": items 1, 3 and 5. Anything that stops Fair Balance
// from reading or finishing an article is an error on that file, and what was found before is kept.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/node/index.js';
import { cli, folder, jsonReport } from '../cli/helpers.js';
import { CLAIM, ids, within } from './limits.js';
import { buildDoc } from '../../src/core/document.js';
import { Budget } from '../../src/core/budget.js';
import { parsePlainText } from '../../src/core/plaintext.js';
import { resolveConfig } from '../../src/core/config.js';
import { builtInRegistry } from '../../src/node/index.js';
import { claimHits } from '../../src/claims/engine.js';
import { therapiesIn } from '../../src/mentions/therapies.js';

/** Sleeps `ms` of wall time (a budget is reached only after its wall time has passed too). */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe('a time-out keeps what was found (issue 19 item 1)', () => {
  it('16,000 claims with a budget too small to finish (0.1 s): the claims found so far are reported, and the time-out is an error', () => {
    const text = `${CLAIM} `.repeat(16000);
    const { findings } = within(60, 'linting 16,000 claims', () => lint(text, { filePath: 'a.md', config: { timeBudgetMs: 100 } }));
    const claims = findings.filter((f) => f.ruleId === 'claim-absolute');
    assert.ok(claims.length > 0, 'claims found before the time-out are kept');
    assert.ok(claims.length < 16000);
    const timeout = findings.filter((f) => f.ruleId === 'fairbalance-timeout');
    assert.equal(timeout.length, 1);
    assert.equal(timeout[0].severity, 2);
  });

  it('a budget overrun before the claims engine has read the mentions keeps the claims of the sentences every pass reads (the time-out of a loaded machine)', () => {
    const text = `${CLAIM} `.repeat(1000);
    const doc = buildDoc(text, parsePlainText(text), 'text');
    // A clock that has run far past the budget as soon as it is read again: overrun from the start.
    let reads = 0;
    const budget = new Budget(1, () => (reads++ === 0 ? 0 : 1e9));
    sleep(25);
    doc.sentences.budget = budget;
    let told = false;
    const hits = claimHits(doc, resolveConfig(undefined, undefined, builtInRegistry), () => (told = budget.spent()));
    assert.ok(hits.length > 0 && hits.length < 100, `${hits.length} claims kept`);
    assert.ok(told, 'the engine says it was cut short');
    const mentions = therapiesIn(doc)[0].mentions.length;
    assert.ok(mentions > 0 && mentions < 1000, `${mentions} mentions read before the time-out`);
  });

  it('the CLI exits 1 on it', () => {
    const dir = folder({ 'a.md': `${CLAIM} `.repeat(16000), '.fairbalancerc.json': JSON.stringify({ timeBudgetMs: 100 }) });
    const r = within(60, 'the CLI on 16,000 claims', () => cli(['--format', 'json', 'a.md'], { cwd: dir }));
    assert.equal(r.status, 1);
    const [entry] = jsonReport(r.stdout);
    assert.ok(entry.messages.some((m) => m.ruleId === 'claim-absolute'));
    assert.ok(entry.messages.some((m) => m.ruleId === 'fairbalance-timeout' && m.severity === 2));
  });
});

describe('long flat paragraphs are read, not given up on (issue 19 item 3)', () => {
  const cases: Record<string, string> = {
    'a 500 KB line of words': 'word '.repeat(100000),
    '20,000 claims on one line': `${CLAIM} `.repeat(20000),
    '"[a" x 100,000': '[a'.repeat(100000),
    '"![" x 100,000': '!['.repeat(100000),
    '"*a _b " x 100,000': '*a _b '.repeat(100000),
  };
  for (const [name, filler] of Object.entries(cases)) {
    it(`${name}: no stack overflow, no "could not read"; a claim in it is found`, () => {
      const text = `${CLAIM}\n\n${filler}`;
      const { findings } = within(30, name, () => lint(text, { filePath: 'a.md', config: { timeBudgetMs: 250 } }));
      assert.ok(!findings.some((f) => f.ruleId === 'fairbalance-internal-error'), findings.filter((f) => f.category === 'meta').map((f) => f.message).join('\n'));
      assert.ok(findings.some((f) => f.ruleId === "claim-absolute" && f.start < CLAIM.length), "the claim before it is reported");
    });
  }
});

describe('nothing makes an article silently skipped (issue 19 item 5)', () => {
  it('one NUL byte does not make an article binary: it is linted, with a warning', () => {
    const article = `${CLAIM}\n\n${'Patients sit in a quiet room during each session.\n'.repeat(40)}`;
    const dir = folder({ 'a.md': Buffer.concat([Buffer.from(article), Buffer.from([0]), Buffer.from('\nMore text here.\n')]) });
    const r = cli(['--format', 'json', 'a.md'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.ok(jsonReport(r.stdout)[0].messages.some((m) => m.ruleId === 'claim-absolute'));
    assert.match(r.stderr, /a\.md: a NUL byte in the text; linted around it/);
  });

  it('a file that is mostly NUL bytes (binary, or UTF-16 without a BOM) is an error finding, not a skip', () => {
    const dir = folder({ 'a.md': Buffer.from(`${CLAIM}\n`, 'utf16le') });
    const r = cli(['--format', 'json', 'a.md'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.deepEqual(jsonReport(r.stdout)[0].messages.map((m) => [m.ruleId, m.severity]), [['fairbalance-unread', 2]]);
  });

  it('zero-width and bidi format characters do not hide a claim; offsets stay on the original text', () => {
    for (const hidden of ['Ketamine cu\u200dres depression.', 'Ketamine cu\u200bres depression.', 'Ketamine c\u00adu\u2060res depression.', 'Ketamine \u202ecures\u202c depression.']) {
      const found = lint(hidden, { filePath: 'a.md' }).findings.filter((f) => f.ruleId === 'claim-absolute');
      assert.equal(found.length, 1, JSON.stringify(hidden));
      assert.match(hidden.slice(found[0].start, found[0].end), /^\u202e?c/);
    }
  });

  it('claims in GFM table cells are reported, each cell read as its own sentences', () => {
    const text = '| Treatment | What it does |\n| --- | --- |\n| Ketamine | Ketamine cures depression. |\n| TMS | A magnet is held near the head. |\n';
    const found = lint(text, { filePath: 'a.md' }).findings.filter((f) => f.ruleId === 'claim-absolute');
    assert.equal(found.length, 1);
    assert.equal(found[0].line, 3);
  });

  it('a real file named "!bang.md" is linted, not taken as an exclusion', () => {
    const dir = folder({ '!bang.md': `${CLAIM}\n` });
    const r = cli(['--format', 'json', '!bang.md'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.deepEqual(jsonReport(r.stdout).map((e) => e.file), ['!bang.md']);
    assert.equal(cli(['.', '!nothing-called-this/**'], { cwd: dir }).status, 1, 'an exclusion still works');
  });

  it('an unreadable folder is an error finding on that folder', { skip: process.getuid?.() === 0 && 'root reads every folder' }, () => {
    const dir = folder({ 'a.md': 'Plain words.\n', 'locked/b.md': `${CLAIM}\n` });
    chmodSync(join(dir, 'locked'), 0);
    try {
      const r = cli(['--format', 'json', '.'], { cwd: dir });
      assert.equal(r.status, 1);
      const locked = jsonReport(r.stdout).find((e) => e.file === 'locked');
      assert.match(locked!.messages[0].message, /cannot read this folder \(EACCES\)/);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('the config can lower fairbalance-unread to a warning (the old behaviour)', () => {
    const dir = folder({ 'a.md': Buffer.from([0, 1, 2, 3]) });
    writeFileSync(join(dir, '.fairbalancerc.yaml'), 'rules:\n  fairbalance-unread: warn\n');
    const r = cli(['--format', 'json', 'a.md'], { cwd: dir });
    assert.equal(r.status, 0);
    assert.deepEqual(ids(jsonReport(r.stdout)[0].messages), ['fairbalance-unread']);
    assert.equal(cli(['--rule', 'fairbalance-unread:off', 'a.md'], { cwd: dir }).status, 2, 'but not turn it off');
  });
});
