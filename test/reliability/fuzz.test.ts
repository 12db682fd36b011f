// Property-based tests: on any text and any valid config, lint() never throws, every finding and
// fix lies inside the text with consistent lines and columns, and fixing reaches a fixed point.
// Fixed seeds and bounded runs keep the suite to a few seconds.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyFixes } from '../../src/core/fixes.js';
import { configSchema, ConfigError } from '../../src/core/config.js';
import { builtInRegistry, lint, lintAndFix, parseConfigText, resolveConfig, validateConfig } from '../../src/node/index.js';
import { stringify as toYaml } from 'yaml';
import type { FixKind, LintResult } from '../../src/core/types.js';
import { configFrom, hostileText } from './arbitraries.js';

const ALL_KINDS: FixKind[] = ['safe', 'claim', 'caveat', 'term'];
const FORMATS = ['markdown', 'text'] as const;
const RUNS = { text: 1000, fix: 300, config: 200 };
// Counted so that a generator that stopped producing findings would fail loudly, not pass vacuously.
const seen = { findings: 0, fixed: 0 };

/** Line and column of an offset, counted naively (the reference for LineIndex). */
function naivePosition(text: string, offset: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue; // CRLF counts once, at the LF
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function assertWellFormed(raw: string, result: LintResult) {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  for (const f of result.findings) {
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.ruleId} range ${f.start}-${f.end} outside 0-${text.length}`);
    assert.deepEqual({ line: f.line, column: f.column }, naivePosition(text, f.start), `${f.ruleId} start position`);
    assert.deepEqual({ line: f.endLine, column: f.endColumn }, naivePosition(text, f.end), `${f.ruleId} end position`);
    assert.ok(typeof f.message === 'string' && f.message.length > 0);
    for (const fix of f.fixes) assert.ok(0 <= fix.range[0] && fix.range[0] <= fix.range[1] && fix.range[1] <= text.length, `${f.ruleId} fix range`);
  }
}

describe('lint() on arbitrary text (fast-check)', () => {
  for (const format of FORMATS) {
    it(`never throws and keeps ranges inside the text (${format}, ${RUNS.text} runs)`, () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const result = lint(text, { format });
          seen.findings += result.findings.length;
          assertWellFormed(text, result);
        }),
        { seed: 20261122, numRuns: RUNS.text },
      );
    });

    it(`lintAndFix with every fix kind reaches a fixed point (${format}, ${RUNS.fix} runs)`, () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const { output, result, passes } = lintAndFix(text, { format, kinds: ALL_KINDS, maxPasses: 10 });
          seen.fixed += passes ? 1 : 0;
          assertWellFormed(output, result);
          const again = applyFixes(output, result.findings, { kinds: ALL_KINDS });
          assert.equal(again.output, output, 'fixes still change the text after lintAndFix');
          assertWellFormed(output, lint(output, { format }));
        }),
        { seed: 7, numRuns: RUNS.fix },
      );
    });
  }

  it('the generators exercised findings and fixes', (t) => {
    t.diagnostic(`${seen.findings} findings; ${seen.fixed} texts changed by fixes`);
    assert.ok(seen.findings > RUNS.text / 10, `only ${seen.findings} findings`);
    assert.ok(seen.fixed > 0, 'no text was changed by a fix');
  });
});

// Shapes that once overflowed the stack or took minutes in the Markdown parser (see guard.ts).
const HOSTILE: Record<string, string> = {
  '10,000 nested blockquotes': '> '.repeat(10000) + 'Ketamine cures depression.',
  '10,000 nested list items': '- '.repeat(10000) + 'item',
  '2,000 lines nested 100 deep': Array.from({ length: 2000 }, (_, i) => '> '.repeat(Math.min(i, 100)) + '- x').join('\n'),
  'quote and list nesting mixed': '> - 1. '.repeat(3000) + 'x',
  '100,000 emphasis delimiters': '*'.repeat(50000) + 'a' + '*'.repeat(50000),
  '20,000 unclosed links': '[a]('.repeat(20000),
  '50,000 open brackets': '['.repeat(50000),
  'unterminated HTML comment': '<!-- fairbalance-disable\nKetamine cures depression.\n',
  'unterminated code fence': '# Title\n\n```\nKetamine cures depression.\n',
  'a 200 KB line': 'Ketamine infusions cure depression. '.repeat(6000),
  'CR, LF, CRLF and U+2028 mixed': 'a\rb\nc\r\nd\u2028e\u2029f\r\r\n\n',
  'BOM only': '\uFEFF',
  'lone surrogates and NUL': '\uD800\0\uDFFF ketamin \uD83D',
};

describe('lint() on hostile documents', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(name, () => {
      for (const format of FORMATS) assertWellFormed(text, lint(text, { format }));
    });
  }
});

describe('lint() with arbitrary configs from the schema (fast-check)', () => {
  it(`a config valid by the schema loads the same from JSON and YAML, and lints without throwing (${RUNS.config} runs)`, () => {
    fc.assert(
      fc.property(configFrom(configSchema(builtInRegistry)), hostileText, fc.constantFrom(...FORMATS), (raw, text, format) => {
        let config;
        try {
          config = validateConfig(raw, 'fuzz.json');
        } catch (e) {
          assert.ok(e instanceof ConfigError, `validateConfig threw ${e}`);
          return;
        }
        const fromJson = parseConfigText(JSON.stringify(config), '/x/.fairbalancerc.json');
        const fromYaml = parseConfigText(toYaml(config), '/x/.fairbalancerc.yaml');
        assert.deepEqual(fromYaml, fromJson);
        const resolved = resolveConfig(fromJson, 'faq/a.md');
        assertWellFormed(text, lint(text, { config: resolved, format }));
      }),
      { seed: 42, numRuns: RUNS.config },
    );
  });

  it('any JSON value as a config is accepted or rejected with a ConfigError, never a crash', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (raw) => {
        try {
          validateConfig(raw, 'junk.json');
        } catch (e) {
          assert.ok(e instanceof ConfigError, String(e));
        }
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
