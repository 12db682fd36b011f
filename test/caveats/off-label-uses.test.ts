// Which uses an article discusses decides whether it needs regulatory status and evidence limits
// (RUBRIC section 2): a condition it names only as a side effect, a warning sign or a group it
// warns is no use of the therapy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../src/node/index.js';

const topics = (text: string) => lint(text, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'caveat-missing').map((f) => f.messageId).sort();

const approved = '# Esketamine nasal spray\n\nSpravato (esketamine) is approved by the FDA for treatment-resistant depression in adults. ';

describe('caveat-missing: off-label uses discussed', () => {
  it('a use the article promotes needs regulatory status and evidence limits', () => {
    const found = topics(`${approved}Our clinic also offers it for anxiety and for chronic pain.\n`);
    assert.ok(found.includes('regulatory-status'));
    assert.ok(found.includes('evidence-limits'));
  });
  for (const [what, sentence] of [
    ['a side effect', 'Common side effects include dizziness, nausea, anxiety and headache.'],
    ['a warning sign', 'Call your doctor right away if you have chest pain or pain when you urinate.'],
    ['a group it warns', 'Uncommon effects include mania in people with bipolar disorder.'],
  ]) {
    it(`a condition named as ${what} is no use of it`, () => {
      const found = topics(`${approved}${sentence}\n`);
      assert.ok(!found.includes('regulatory-status'), found.join(', '));
      assert.ok(!found.includes('evidence-limits'), found.join(', '));
    });
  }
});
