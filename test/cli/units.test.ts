import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode, encode } from '../../src/cli/decode.js';
import { lintFileSafely, type JobOptions } from '../../src/cli/lint-file.js';
import { parseRuleOverrides, workerCount, SMALL_RUN, UsageError } from '../../src/cli/args.js';

describe('cli pieces', () => {
  it('decode/encode round-trips UTF-8 (with and without BOM) and UTF-16 LE/BE', () => {
    const text = '\uFEFFKetamine – “quoted” 𝄞\r\n';
    for (const enc of ['utf8', 'utf16le', 'utf16be'] as const) {
      const bytes = encode(text, enc);
      const back = decode(bytes);
      assert.equal(back.kind, 'text');
      if (back.kind === 'text') {
        assert.equal(back.encoding, enc);
        assert.equal(back.text, text);
        assert.deepEqual(encode(back.text, back.encoding), bytes);
      }
    }
    assert.deepEqual(decode(Buffer.from([0x61, 0, 0x62])), { kind: 'binary' });
    const lossy = decode(Buffer.from([0x61, 0xc3, 0x28]));
    assert.ok(lossy.kind === 'text' && lossy.lossy && lossy.text === 'a\uFFFD(');
  });

  it('a bug while linting one file becomes a one-line error note, with the stack only in debug mode', () => {
    // A broken option object stands in for a bug anywhere below lintFile.
    const broken = { cwd: '/', fix: 'none', fixKinds: ['safe'], ruleOverrides: null } as unknown as JobOptions;
    const quiet = lintFileSafely('/nowhere/a.md', broken);
    assert.equal(quiet.notes.length, 1);
    assert.equal(quiet.notes[0].level, 'error');
    assert.match(quiet.notes[0].message, /^internal error: .* \(run with --debug for details\)$/);
    assert.doesNotMatch(quiet.notes[0].message, /\n/);
    const loud = lintFileSafely('/nowhere/a.md', { ...broken, debug: true });
    assert.match(loud.notes[0].message, /\n\s+at /);
  });

  it('--rule parsing and the worker count', () => {
    assert.deepEqual(parseRuleOverrides(['claim-absolute:warn', 'claim-absolute : off']), { 'claim-absolute': 'off' });
    assert.throws(() => parseRuleOverrides(['claim-absolute']), UsageError);
    assert.equal(workerCount(undefined, SMALL_RUN - 1), 1);
    assert.equal(workerCount(8, 3, 4), 3, 'no more threads than files');
    assert.equal(workerCount(99999, 100000, 2), 2, 'no more threads than cores (issue 19 item 10)');
    assert.ok(workerCount(undefined, 100000) >= 1);
  });
});
