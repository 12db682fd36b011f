// A RuleTester in ESLint's shape: each rule is pinned by a table of valid and invalid cases,
// with the exact text each finding covers and the text after its preferred fix.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../src/node/index.js';
import { applyFixes } from '../../src/core/fixes.js';
import type { UserConfig } from '../../src/core/config.js';
import { resolveConfig } from '../../src/node/index.js';
import type { Finding, FixKind } from '../../src/core/types.js';

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
  messageId?: string;
  /** A substring of the message. */
  message?: string | RegExp;
  /** The preferred fix's replacement text. */
  fix?: string;
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
  /** The text after applying each finding's preferred fix once (kinds from `fixKinds`, default all). */
  output?: string;
  fixKinds?: FixKind[];
}

const ALL_KINDS: FixKind[] = ['safe', 'claim', 'caveat', 'term'];

export function findingsOf(ruleId: string, c: Case): Finding[] {
  const base = c.config ?? {};
  // Only the rule under test runs, at its recommended severity or "warn" if it is off there.
  const config = resolveConfig({ ...base, rules: { ...(base.rules ?? {}) } });
  for (const id of Object.keys(config.rules)) if (id !== ruleId) config.rules[id] = [0, undefined];
  if (!config.rules[ruleId]?.[0]) config.rules[ruleId] = [1, config.rules[ruleId]?.[1]];
  return lint(c.text, { config, format: c.format ?? 'text' }).findings.filter((f) => f.ruleId === ruleId);
}

export function ruleTable(ruleId: string, table: { valid: (Case | string)[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    for (const raw of table.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      it(`valid: ${c.name ?? c.text.slice(0, 70)}`, () => {
        const found = findingsOf(ruleId, c);
        assert.deepEqual(found.map((f) => `${c.text.slice(f.start, f.end)}: ${f.message}`), []);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name ?? c.text.slice(0, 70)}`, () => {
        const found = findingsOf(ruleId, c);
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} finding(s), got: ${JSON.stringify(found.map((f) => [c.text.slice(f.start, f.end), f.message]))}`);
        c.errors.forEach((e, i) => {
          const f = found[i];
          if (e.text !== undefined) assert.equal(c.text.slice(f.start, f.end), e.text, 'finding range');
          if (e.messageId !== undefined) assert.equal(f.messageId, e.messageId);
          if (e.message !== undefined) assert.match(f.message, typeof e.message === 'string' ? new RegExp(e.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : e.message);
          if (e.fix !== undefined) assert.equal(f.fixes[0]?.text, e.fix, 'preferred fix');
        });
        if (c.output !== undefined) {
          assert.equal(applyFixes(c.text, found, { kinds: c.fixKinds ?? ALL_KINDS }).output, c.output);
        }
      });
    }
  });
}
