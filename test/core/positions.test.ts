import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../src/node/index.js';
import { applyFixes } from '../../src/core/fixes.js';
import { toEslintMessage } from '../../src/core/eslint-json.js';

const claimsOf = (text: string, format: 'markdown' | 'text' = 'markdown') =>
  lint(text, { format }).findings.filter((f) => f.ruleId === 'claim-absolute');

describe('positions', () => {
  it('are exact on LF text', () => {
    const text = 'Intro line.\nKetamine cures pain.\n';
    const [f] = claimsOf(text);
    assert.equal(text.slice(f.start, f.end), 'cures pain');
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [2, 10, 2, 20]);
  });

  it('count CRLF as one line break', () => {
    const text = 'Intro line.\r\n\r\nKetamine cures pain.\r\n';
    const [f] = claimsOf(text);
    assert.equal(text.slice(f.start, f.end), 'cures pain');
    assert.deepEqual([f.line, f.column], [3, 10]);
  });

  it('are relative to the text after a BOM, as ESLint reports them', () => {
    const text = '\uFEFFKetamine cures pain.';
    const [f] = claimsOf(text);
    assert.equal(text.slice(1).slice(f.start, f.end), 'cures pain');
    assert.deepEqual([f.line, f.column, f.endColumn], [1, 10, 20]);
  });

  it('count an emoji before the finding as two UTF-16 code units', () => {
    const text = '😀 Ketamine cures pain.';
    const [f] = claimsOf(text, 'text');
    assert.equal(text.slice(f.start, f.end), 'cures pain');
    assert.equal(f.column, 13);
  });

  it('match the ESLint message shape', () => {
    const [f] = claimsOf('Ketamine cures pain.');
    const m = toEslintMessage(f);
    assert.equal(m.ruleId, 'claim-absolute');
    assert.equal(m.severity, 2);
    assert.equal(typeof m.suggestions?.[0].fix.text, 'string');
  });
});

describe('applyFixes', () => {
  it('keeps CRLF line endings and the BOM', () => {
    const text = '\uFEFFFirst line.\r\nKetamine cures pain.\r\n';
    const { findings } = lint(text, { format: 'text' });
    const { output } = applyFixes(text, findings, { kinds: ['claim'] });
    assert.equal(output, '\uFEFFFirst line.\r\nKetamine may help to treat pain.\r\n');
  });

  it('is idempotent: fixing the fixed text changes nothing', () => {
    const text = 'Ketamine cures pain. It cures depression.\n';
    const once = applyFixes(text, lint(text).findings, { kinds: ['claim'] }).output;
    const twice = applyFixes(once, lint(once).findings, { kinds: ['claim'] }).output;
    assert.equal(twice, once);
  });

  it('applies only the kinds asked for (safe by default)', () => {
    const text = 'Ketamine cures pain.';
    // Only the safe citation marker, never the hedged rewrite (kind "claim").
    assert.equal(applyFixes(text, lint(text).findings).output, 'Ketamine cures pain. [citation needed]');
  });

  it('leaves overlapping fixes for the next pass instead of merging them', () => {
    const base = lint('Ketamine cures pain.').findings[0];
    const a = { ...base, fixes: [{ range: [9, 14] as [number, number], text: 'treats', title: 'a', kind: 'safe' as const }] };
    const b = { ...base, fixes: [{ range: [12, 19] as [number, number], text: 'X', title: 'b', kind: 'safe' as const }] };
    const r = applyFixes('Ketamine cures pain.', [b, a]);
    assert.equal(r.output, 'Ketamine treats pain.');
    assert.equal(r.applied.length, 1);
    assert.equal(r.skipped.length, 1);
  });
});
