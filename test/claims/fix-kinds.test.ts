// Which fixes a claim offers: a [citation needed] marker only where a source could support the
// claim, and never inside a quotation.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../src/node/index.js';
import { CITATION_MARKER } from '../../src/claims/citations.js';

const markerOffered = (text: string, ruleId: string) => {
  const f = lint(text).findings.find((x) => x.ruleId === ruleId);
  assert.ok(f, `no ${ruleId} finding in: ${text}`);
  return f.fixes.some((x) => x.text.includes(CITATION_MARKER));
};

describe('claim fix kinds', () => {
  it('offers a marker for efficacy, proof and statistic claims', () => {
    assert.ok(markerOffered('Ozone therapy cures back pain.', 'claim-absolute'));
    assert.ok(markerOffered('Studies prove that ozone therapy works.', 'claim-proof'));
  });
  it('offers no marker for safety and regulatory claims', () => {
    assert.ok(!markerOffered('Ozone therapy has no side effects.', 'claim-safety'));
    assert.ok(!markerOffered('Psilocybin is FDA-approved.', 'claim-regulatory'));
  });
  it('offers no marker inside a quotation', () => {
    assert.ok(!markerOffered('One client said: "Ozone therapy cured my pain. I recommend it."', 'claim-absolute'));
    assert.ok(!markerOffered('“Ozone therapy cured my pain.”', 'claim-absolute'));
  });
});
