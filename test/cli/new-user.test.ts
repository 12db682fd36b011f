// Issue 17, what a new user trips over in the CLI: items 4 to 7.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parseConfigText } from '../../src/node/index.js';
import { INIT_TEMPLATE } from '../../src/cli/config.js';
import { cli, folder, jsonReport, SEEDS, CLAIM, CLEAN } from './helpers.js';

describe('no files is not a pass (issue 17 item 4)', () => {
  it('an empty folder exits 2 saying so', () => {
    const dir = folder();
    mkdirSync(join(dir, 'empty'));
    const r = cli(['empty'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^fairbalance: no \.md, \.markdown, \.txt files in empty \(.*symlinked folders are not followed\)\n$/);
    assert.equal(r.stdout, '');
  });

  it('a folder holding only a symlinked folder exits 2 too (links inside a walk are not followed)', () => {
    const dir = folder({ 'real/a.md': CLAIM });
    mkdirSync(join(dir, 'only-link'));
    symlinkSync(join(dir, 'real'), join(dir, 'only-link', 'linked'));
    assert.equal(cli(['only-link'], { cwd: dir }).status, 2);
    assert.equal(cli(['only-link/linked'], { cwd: dir }).status, 1, 'named, the linked folder is linted');
  });

  it('each path must give files: one empty folder among others still exits 2', () => {
    const dir = folder({ 'a/x.md': CLEAN });
    mkdirSync(join(dir, 'b'));
    assert.equal(cli(['a', 'b'], { cwd: dir }).status, 2);
  });
});

describe('globs through a symlinked folder (issue 17 item 5)', () => {
  it('"shared/corpus/seeds/*.txt" where shared is a link finds the files, as the folder form does', () => {
    const dir = folder();
    symlinkSync(join(SEEDS, '..', '..'), join(dir, 'shared'));
    const viaGlob = cli(['--format', 'json', 'shared/corpus/seeds/*.txt'], { cwd: dir });
    const viaFolder = cli(['--format', 'json', 'shared/corpus/seeds'], { cwd: dir });
    assert.equal(viaGlob.status, 1, viaGlob.stderr);
    assert.deepEqual(jsonReport(viaGlob.stdout).map((e) => e.file), jsonReport(viaFolder.stdout).map((e) => e.file));
    assert.equal(jsonReport(viaGlob.stdout).length, 5);
    mkdirSync(join(dir, 'sub'));
    const relative = cli(['--format', 'json', '../shared/corpus/seeds/*.txt'], { cwd: join(dir, 'sub') });
    assert.equal(jsonReport(relative.stdout).length, 5, 'with ../ too');
  });
});

describe('a footnote supports a claim in a list item that wraps (issue 17 item 6)', () => {
  const footnote = '\n\n[^r]: Smith J. Outcomes of treatment. Journal of Pain, 2020.\n';
  for (const [name, text] of [
    ['one line', 'Our results:\n\n* The treatment works well and most people recover.[^r]'],
    ['wrapped list item', 'Our results:\n\n* The treatment works well and most people\n  recover.[^r]'],
    ['wrapped quote', 'Our results:\n\n> The treatment works well and most people\n> recover.[^r]'],
    ['wrapped ordered item', 'Our results:\n\n1. The treatment works well and most people\n   recover.[^r]'],
  ]) {
    it(`${name}: cited, so not reported`, () => {
      const claims = lint(text + footnote, { filePath: 'a.md' }).findings.filter((f) => f.category === 'claim');
      assert.deepEqual(claims.map((f) => f.ruleId), []);
    });
  }

  it('without the footnote the wrapped claim is reported, at the right place', () => {
    const text = 'Our results:\n\n* The treatment works well and most people\n  recover.\n';
    const found = lint(text, { filePath: 'a.md' }).findings.filter((f) => f.ruleId === 'claim-majority');
    assert.equal(found.length, 1);
    // The span runs across the wrap, from the quantifier to the verb it promises.
    assert.equal(text.slice(found[0].start, found[0].end).toLowerCase(), 'most people\n  recover');
  });
});

describe('settings that were ignored without a word (issue 17 item 7)', () => {
  it('a suppression comment naming something that is not a rule is reported, with the nearest rule', () => {
    const text = '<!-- fairbalance-disable-next-line claim-absolut -->\nThis treatment cures pain.\n';
    const { findings } = lint(text, { filePath: 'a.md' });
    const directive = findings.find((f) => f.ruleId === 'fairbalance-directive');
    assert.ok(directive, 'reported');
    assert.equal(directive.severity, 1);
    assert.equal(directive.line, 1);
    assert.match(directive.message, /^"claim-absolut" in this fairbalance-disable-next-line comment is not a rule \(did you mean "claim-absolute"\?\), so the comment does nothing for it\.$/);
    assert.ok(findings.some((f) => f.ruleId === 'claim-absolute'), 'and the claim is not suppressed');
    const fine = lint('<!-- fairbalance-disable-next-line claim-absolute, claim-* -- reviewed with legal -->\nThis treatment cures pain.\n', { filePath: 'a.md' }).findings;
    assert.ok(!fine.some((f) => f.ruleId === 'fairbalance-directive' || f.ruleId === 'claim-absolute'), 'rule names, prefixes and a "--" note are fine');
  });

  it('unknown rule options are an error naming the key, in a config file and in settings', () => {
    const dir = folder({ 'a.md': CLEAN, '.fairbalancerc.yaml': 'rules:\n  caveat-missing: [warn, {foo: 1}]\n  claim-absolute: [warn, {foo: 1}]\n' });
    const r = cli(['a.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.fairbalancerc\.yaml: rules\.caveat-missing\[1\]\.foo: unknown key\n$/);
    assert.throws(() => parseConfigText('rules:\n  claim-absolute: [warn, {foo: 1}]\n', '/p/.fairbalancerc.yaml'), /rules\.claim-absolute\[1\]: claim-absolute takes no options/);
  });

  it('two config files in one folder: an error naming both, not a silent winner', () => {
    const dir = folder({ 'a.md': CLAIM, '.fairbalancerc.json': '{"rules": {"claim-absolute": "off"}}', '.fairbalancerc.yaml': 'rules:\n  claim-absolute: error\n' });
    const r = cli(['a.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.fairbalancerc\.json and \.fairbalancerc\.yaml are both in .*; keep one/);
    writeFileSync(join(dir, 'package.json'), '{"name": "x", "fairbalance": {}}');
    assert.match(cli(['a.md'], { cwd: dir }).stderr, /package\.json \("fairbalance" key\)/);
  });

  it('--init: every commented example in the template works once its "# " is removed', () => {
    const dir = folder();
    assert.equal(cli(['--init'], { cwd: dir }).status, 0);
    const text = readFileSync(join(dir, '.fairbalancerc.yaml'), 'utf8');
    assert.equal(text, INIT_TEMPLATE);
    assert.deepEqual(parseConfigText(text, '/p/.fairbalancerc.yaml'), { extends: 'recommended', region: 'US' });
    // Uncomment each example block (consecutive "# " lines that are YAML, not prose) on its own, then all of them.
    const lines = text.split('\n');
    const examples: number[][] = [];
    lines.forEach((line, i) => {
      if (!/^# {0,3}[\w$-]+:|^# {3,}\S/.test(line)) return;
      const last = examples[examples.length - 1];
      if (last && last[last.length - 1] === i - 1) last.push(i);
      else examples.push([i]);
    });
    assert.ok(examples.length >= 5, `found ${examples.length} examples`);
    const uncomment = (which: number[][]) => lines.map((line, i) => (which.some((b) => b.includes(i)) ? line.replace(/^# /, '') : line)).join('\n');
    for (const example of examples) assert.doesNotThrow(() => parseConfigText(uncomment([example]), '/p/.fairbalancerc.yaml'), lines[example[0]]);
    const all = parseConfigText(uncomment(examples), '/p/.fairbalancerc.yaml')!;
    assert.deepEqual(all.rules, { 'claim-absolute': 'warn', 'fairbalance-timeout': 'warn' });
    assert.deepEqual(all.words, ['Spravato']);
  });

  it('usage errors quote options evenly and suggest the nearest', () => {
    const unknown = cli(['--formt', 'json', 'a.md']);
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stderr, 'fairbalance: unknown option "--formt"; did you mean "--format"? (try "fairbalance --help")\n');
    assert.equal(cli(['--format']).stderr, 'fairbalance: option "--format" needs a value (try "fairbalance --help")\n');
    assert.equal(cli(['--fix=yes', 'a.md']).stderr, 'fairbalance: option "--fix" takes no value (try "fairbalance --help")\n');
    for (const r of [unknown, cli(['--format']), cli(['--fix=yes'])]) assert.equal((r.stderr.match(/"/g) ?? []).length % 2, 0, r.stderr);
  });
});
