// The claim rules never throw and report ranges inside the text, whatever the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lint } from '../../src/node/index.js';

const words = ['ketamine', 'cures', 'not', 'may', 'proven', 'to', 'most', 'patients', 'safe', 'no', 'side', 'effects', '70%', 'of', 'FDA-approved', 'for', 'depression', '[3]', '[citation needed]', '(Smith et al., 2021)', 'immediate', 'relief', 'faster', 'than', 'antidepressants', ',', '.', '?', '\n', '\n\n', '# ', '- ', "isn't", 'it’s', '[^1]', '[x](https://pubmed.ncbi.nlm.nih.gov/1)'];

describe('claim rules on arbitrary text', () => {
  it('never throw and keep ranges in bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string()), { maxLength: 40 }), fc.boolean(), (parts, md) => {
        const text = parts.join(' ');
        const { findings } = lint(text, { format: md ? 'markdown' : 'text' });
        for (const f of findings.filter((x) => x.category === 'claim')) {
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
          for (const fix of f.fixes) assert.ok(fix.range[0] >= 0 && fix.range[1] <= text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an answer whose statement holds a claim is reported without a rewrite of the question (no crash)', () => {
    const text = '**Will my B12 shot give me energy straight away?**\n\nWithin the hour.';
    const { findings } = lint(text, { format: 'markdown' });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'fairbalance-internal-error').map((f) => f.message), []);
    assert.ok(findings.some((f) => f.ruleId === 'claim-speed' && text.slice(f.start, f.end) === 'Within the hour.'));
  });

  it('user phrases that do not parse are skipped, not thrown', () => {
    // The phrase of an unknown kind counts as absolute; the two that do not parse are left out.
    const text = 'Ketamine cures pain. Book today for lasting calm.';
    const { findings } = lint(text, { config: { claims: [{ pattern: 'bad ...' }, { pattern: '[only|optional]' }, { pattern: 'lasting calm', kind: 'nonsense-kind' }] } });
    assert.deepEqual(findings.filter((f) => f.category === 'claim').map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), ['claim-absolute: cures pain', 'claim-absolute: lasting calm']);
  });
});
