// A RuleTester in ESLint's shape: each rule is pinned by a table of valid and invalid cases,
// with the exact text each finding covers, its messageId, and the text after its preferred fix.
// Strict like ESLint's: every expected error names its messageId, every invalid case whose
// findings carry a fix states its `output`, and a message with an undeclared id (the rule then
// fails, see core/rule.ts) or a placeholder left unfilled fails the case.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInRegistry, lint, resolveConfig } from '../../src/node/index.js';
import { applyFixes } from '../../src/core/fixes.js';
import { rulesById } from '../../src/core/registry.js';
import type { UserConfig } from '../../src/core/config.js';
import type { Finding, FixKind } from '../../src/core/types.js';
import { isTitle, linkGrammarAvailable, plainSentence, unlinkedWords } from './link-grammar.js';

export interface Case {
  /** The article (a sentence is enough for sentence rules). */
  text: string;
  /** Plain text by default; "markdown" to parse as Markdown. */
  format?: 'markdown' | 'text';
  config?: UserConfig;
  name?: string;
}

export interface ExpectedFinding {
  /** The exact source text the finding covers. */
  text?: string;
  messageId: string;
  /** A substring of the message. */
  message?: string | RegExp;
  /** The preferred fix's replacement text. */
  fix?: string;
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
  /**
   * The text after applying each finding's preferred fix once (kinds from `fixKinds`, default
   * all). Required when any finding carries a fix.
   */
  output?: string;
  fixKinds?: FixKind[];
}

const ALL_KINDS: FixKind[] = ['safe', 'claim', 'caveat', 'term'];
const UNFILLED = /\{\{[^{}]+?\}\}/;

/** The findings of the rule under test, and the internal errors of the run (a rule that failed). */
function run(ruleId: string, c: Case): { findings: Finding[]; internal: Finding[] } {
  const base = c.config ?? {};
  // Only the rule under test runs, at its recommended severity or "warn" if it is off there.
  const config = resolveConfig({ ...base, rules: { ...(base.rules ?? {}) } });
  for (const id of Object.keys(config.rules)) if (id !== ruleId) config.rules[id] = [0, undefined];
  if (!config.rules[ruleId]?.[0]) config.rules[ruleId] = [1, config.rules[ruleId]?.[1]];
  const all = lint(c.text, { config, format: c.format ?? 'text' }).findings;
  return { findings: all.filter((f) => f.ruleId === ruleId), internal: all.filter((f) => f.ruleId === 'fairbalance-internal-error') };
}

export function findingsOf(ruleId: string, c: Case): Finding[] {
  return run(ruleId, c).findings;
}

/** Every message the rule reported is declared and fully formatted, and the rule did not fail. */
function assertWellReported(ruleId: string, { findings, internal }: ReturnType<typeof run>) {
  assert.deepEqual(internal.map((f) => f.message), [], 'the rule failed');
  const messages = rulesById(builtInRegistry).get(ruleId)?.meta.messages ?? {};
  for (const f of findings) {
    assert.ok(f.messageId !== undefined && Object.hasOwn(messages, f.messageId), `messageId "${f.messageId}" is not in ${ruleId}'s meta.messages`);
    assert.doesNotMatch(f.message, UNFILLED, `a placeholder is left unfilled in "${f.message}"`);
  }
}

/**
 * The grammar oracle over a table's rewrites: no stated output may leave more unlinked words
 * (link grammar) than its text. Skipped, with a note, where link-parser is not installed.
 */
function grammarOracle(invalid: InvalidCase[]) {
  const rewritten = invalid.filter((c) => c.output !== undefined && plainSentence(c.output) !== plainSentence(c.text));
  if (!rewritten.length) return;
  it('rewrites parse no worse than the original (link grammar)', (t) => {
    if (!linkGrammarAvailable()) return t.skip('link-parser is not installed (apt-get install link-grammar)');
    // One line per paragraph: a table text is a sentence or a short article.
    const lines = (s: string) => s.split(/\n+/).filter((l) => !isTitle(l)).map(plainSentence).filter(Boolean);
    const pairs = rewritten.flatMap((c) => {
      const before = lines(c.text);
      const after = lines(c.output!);
      return before.length === after.length ? before.map((b, i) => [b, after[i]] as const).filter(([b, a]) => b !== a) : [];
    });
    const counts = unlinkedWords(pairs.flat());
    const worse = pairs.filter((_, i) => counts[2 * i + 1] > counts[2 * i]).map(([b, a], i) => `${JSON.stringify(b)} -> ${JSON.stringify(a)}`);
    assert.deepEqual(worse, [], 'rewrites that parse worse');
  });
}

export function ruleTable(ruleId: string, table: { valid: (Case | string)[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    grammarOracle(table.invalid);
    for (const raw of table.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      it(`valid: ${c.name ?? c.text.slice(0, 70)}`, () => {
        const result = run(ruleId, c);
        assert.deepEqual(result.internal.map((f) => f.message), [], 'the rule failed');
        assert.deepEqual(result.findings.map((f) => `${c.text.slice(f.start, f.end)}: ${f.message}`), []);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name ?? c.text.slice(0, 70)}`, () => {
        const result = run(ruleId, c);
        const found = result.findings;
        assertWellReported(ruleId, result);
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} finding(s), got: ${JSON.stringify(found.map((f) => [c.text.slice(f.start, f.end), f.messageId, f.message]))}`);
        c.errors.forEach((e, i) => {
          const f = found[i];
          assert.ok(typeof e.messageId === 'string', `error ${i}: state its messageId ("${f.messageId}")`);
          assert.equal(f.messageId, e.messageId, 'messageId');
          if (e.text !== undefined) assert.equal(c.text.slice(f.start, f.end), e.text, 'finding range');
          if (e.message !== undefined) assert.match(f.message, typeof e.message === 'string' ? new RegExp(e.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : e.message);
          if (e.fix !== undefined) assert.equal(f.fixes[0]?.text, e.fix, 'preferred fix');
        });
        const output = applyFixes(c.text, found, { kinds: c.fixKinds ?? ALL_KINDS }).output;
        if (c.output === undefined) {
          assert.ok(!found.some((f) => f.fixes.length), `the findings carry fixes: state the output (${JSON.stringify(output)})`);
        } else {
          assert.equal(output, c.output);
        }
      });
    }
  });
}
