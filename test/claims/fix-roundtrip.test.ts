// Every claim fix, applied to every seed article (and to an invented one that has every kind of
// claim), must remove the claim it fixes and add none: a hedged rewrite leaves no claim behind; a
// [citation needed] marker leaves the claim flagged for the reviewer and offers no second marker.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../src/node/index.js';
import { applyFixes } from '../../src/core/fixes.js';
import type { Finding } from '../../src/core/types.js';
import { CITATION_MARKER } from '../../src/claims/citations.js';
import { claimKnowledge, kindOfRule } from '../../src/knowledge/claims.js';

const seeds = resolve(__dirname, '../../..', 'shared/corpus/seeds');
const INVENTED = [
  'PRP: A Breakthrough Treatment for Lasting Relief',
  'Ketamine is FDA-approved for depression. Studies show that ketamine treatment relieves pain.',
  'Our IV drips are clinically proven to boost energy, and 70% of patients feel better within hours.',
  'Ketamine is completely safe and not addictive. Most patients see results right away.',
  'TMS works faster than antidepressants and cures depression with no side effects.',
].join('\n\n');

const articles: { name: string; text: string; format: 'text' | 'markdown' }[] = [
  ...readdirSync(seeds)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => ({ name: f, text: readFileSync(resolve(seeds, f), 'utf8'), format: f.endsWith('.txt') ? ('text' as const) : ('markdown' as const) })),
  { name: 'invented', text: INVENTED, format: 'text' },
];

const claimsIn = (text: string, format: 'text' | 'markdown') => {
  const { findings } = lint(text, { format });
  return { findings: findings.filter((f) => f.category === 'claim'), key: (f: Finding) => `${f.ruleId}: ${text.slice(f.start, f.end)}` };
};

/** a minus b, as multisets. */
function minus(a: string[], b: string[]): string[] {
  const rest = [...a];
  for (const x of b) {
    const i = rest.indexOf(x);
    if (i >= 0) rest.splice(i, 1);
  }
  return rest;
}

describe('claim fixes on the seed articles', () => {
  assert.ok(articles.length > 1, `no seeds found in ${seeds}`);
  for (const a of articles) {
    const before = claimsIn(a.text, a.format);
    const beforeKeys = before.findings.map(before.key);
    const rules = [...new Set(before.findings.map((f) => f.ruleId))];

    for (const ruleId of rules) {
      it(`${a.name}: hedged rewrites of ${ruleId} leave no claim behind and add none`, () => {
        const fixable = before.findings.filter((f) => f.ruleId === ruleId && f.fixes[0]?.kind === 'claim');
        const { output, applied } = applyFixes(a.text, fixable, { kinds: ['claim'] });
        const fixed = fixable.filter((f) => applied.includes(f.fixes[0])).map(before.key);
        const after = claimsIn(output, a.format);
        const afterKeys = after.findings.map(after.key);
        assert.deepEqual(minus(afterKeys, minus(beforeKeys, fixed)), [], 'new claims after the rewrite');
      });
    }

    it(`${a.name}: the [citation needed] marker flags every claim once`, () => {
      const { output } = applyFixes(a.text, before.findings, { kinds: ['safe'] });
      const after = claimsIn(output, a.format);
      assert.equal(after.findings.length, before.findings.length);
      for (const f of after.findings) {
        // Safety and regulatory claims get no marker of their own (no source can fix them), but may share a marked sentence.
        const kind = kindOfRule(f.ruleId);
        if (kind && claimKnowledge.kinds[kind].citable) assert.equal(f.messageId, 'citation-needed', after.key(f));
        assert.ok(!f.fixes.some((x) => x.text.includes(CITATION_MARKER)), `second marker offered: ${after.key(f)}`);
      }
    });
  }
});
