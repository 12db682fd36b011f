// The per-document time budget and rule failures: a slow rule is stopped and reported, a rule
// that throws becomes a finding, and in both cases the other rules' findings are kept.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInRegistry, createLinter, lint } from '../../src/node/index.js';
import type { RuleModule } from '../../src/core/rule.js';

const TEXT = 'Ketamine infusions cure depression permanently.\n\n' + 'Patients sit in a quiet room during each session. '.repeat(400);

const testRule = (id: string, create: RuleModule['create']): RuleModule => ({
  id,
  category: 'claim',
  meta: { docs: { description: 'test only' }, recommended: 'warn', fixable: false, messages: { test: 'a test finding' } },
  create,
});

const busyWait = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until);
};

const withoutMeta = (ids: string[]) => ids.filter((id) => !id.startsWith('fairbalance-') && !id.startsWith('test-'));

/** lint() with deliberately slow or throwing rules after the built-in ones: a registry of its own, not part of the product. */
const withRules = (...extra: RuleModule[]) => createLinter({ registry: { ...builtInRegistry, rules: [...builtInRegistry.rules, ...extra] } }).lint;

describe('time budget', () => {
  const baseline = withoutMeta(lint(TEXT).findings.map((f) => f.ruleId));

  it('stops a rule looping over sentences once the budget is spent, keeping its findings so far and the others', () => {
    let visited = 0;
    const lintWith = withRules(
      testRule('test-slow', (context) => {
        for (const sentence of context.doc.sentences) {
          visited++;
          busyWait(2);
          context.report({ start: sentence.start, end: sentence.end, messageId: 'test' });
        }
      }),
      testRule('test-after', (context) => context.report({ start: 0, end: 8, messageId: 'test' })),
    );
    // A budget the registered rules surely finish within on this machine (a few times a warm run),
    // far below the slow rule's 400 x 2 ms.
    const warm = Date.now();
    lint(TEXT);
    const budget = Math.min(400, 50 + 4 * (Date.now() - warm));
    const began = Date.now();
    const { findings } = lintWith(TEXT, { config: { timeBudgetMs: budget } });
    assert.ok(Date.now() - began < 1000 + budget, 'lint returned promptly');
    assert.ok(visited > 0 && visited < 400, `visited ${visited} sentences within a ${budget} ms budget`);
    const stopped = findings.filter((f) => f.ruleId === 'fairbalance-timeout');
    assert.equal(stopped.length, 2);
    assert.match(stopped[0].message + stopped[1].message, /stopped test-slow after \d+\.\d s/);
    assert.match(stopped[0].message + stopped[1].message, /skipped test-after: this file's \d+\.\d s time budget was spent/);
    assert.equal(stopped[0].start, 0, 'reported at the top of the document');
    assert.equal(findings.filter((f) => f.ruleId === 'test-slow').length, visited, 'the slow rule keeps its findings so far');
    assert.deepEqual(withoutMeta(findings.map((f) => f.ruleId)), baseline, 'the registered rules keep their findings');
  });

  it('context.checkBudget() stops any other long loop', () => {
    const lintWith = withRules(
      testRule('test-spin', (context) => {
        for (;;) context.checkBudget();
      }),
    );
    // A budget the registered rules cannot spend even on a loaded machine, so the spin is what stops.
    const { findings } = lintWith(TEXT, { config: { timeBudgetMs: 500 } });
    assert.ok(findings.some((f) => f.ruleId === 'fairbalance-timeout' && f.message.includes('stopped test-spin')), JSON.stringify(findings.filter((f) => f.category === 'meta')));
  });

  it('a rule that finishes within the budget gets no timeout finding', () => {
    const lintWith = withRules(testRule('test-quick', (context) => context.report({ start: 0, end: 8, messageId: 'test' })));
    const { findings } = lintWith(TEXT);
    assert.ok(!findings.some((f) => f.ruleId.startsWith('fairbalance-')));
    assert.ok(findings.some((f) => f.ruleId === 'test-quick'));
  });
});

describe('rule failures', () => {
  it('a rule that throws becomes one internal-error finding; lint() does not throw and keeps the others', () => {
    const baseline = withoutMeta(lint(TEXT).findings.map((f) => f.ruleId));
    const lintWith = withRules(
      testRule('test-throws', () => {
        throw new TypeError('boom');
      }),
      testRule('test-overflows', function recurse(context): void {
        recurse(context);
      }),
    );
    const { findings } = lintWith(TEXT);
    const internal = findings.filter((f) => f.ruleId === 'fairbalance-internal-error');
    assert.equal(internal.length, 2);
    assert.match(internal.map((f) => f.message).join('\n'), /rule test-throws failed on this file \(boom\)/);
    assert.match(internal.map((f) => f.message).join('\n'), /rule test-overflows failed on this file \(Maximum call stack size exceeded\)/);
    assert.equal(internal[0].category, 'meta');
    assert.deepEqual(withoutMeta(findings.map((f) => f.ruleId)), baseline);
  });

  it('a report with a messageId the rule does not declare is a failure of that rule', () => {
    const lintWith = withRules(testRule('test-undeclared', (context) => context.report({ start: 0, end: 8, messageId: 'nope' })));
    const internal = lintWith(TEXT).findings.filter((f) => f.ruleId === 'fairbalance-internal-error');
    assert.equal(internal.length, 1);
    assert.match(internal[0].message, /rule test-undeclared failed on this file \(test-undeclared reported messageId "nope", which its meta.messages does not declare\)/);
  });

  it('offsets a rule reports outside the text are clamped into it', () => {
    const lintWith = withRules(
      testRule('test-offsets', (context) => {
        context.report({ start: -5, end: 3, messageId: 'test' });
        context.report({ start: 10, end: 1e9, messageId: 'test' });
        context.report({ start: NaN, end: Infinity, messageId: 'test' });
        context.report({ start: 8, end: 2, messageId: 'test' });
      }),
    );
    const text = 'Short text.';
    const found = lintWith(text).findings.filter((f) => f.ruleId === 'test-offsets');
    assert.deepEqual(
      found.map((f) => [f.start, f.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]),
      [[0, 0], [0, 3], [8, 8], [10, 11]],
    );
  });
});
