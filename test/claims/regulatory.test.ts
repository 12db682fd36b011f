// The regulatory judgement on therapies of each approval status, with knowledge given here so the
// test does not depend on which therapies therapies.yaml lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unified } from 'unified';
import { plainTextParser } from '../../src/core/plaintext.js';
import { buildDoc } from '../../src/core/document.js';
import { judgeRegulatory } from '../../src/claims/regulatory.js';
import { formatMessage } from '../../src/core/rule.js';
import claimRegulatory from '../../src/rules/claim-regulatory.js';
import type { Therapy } from '../../src/knowledge/therapies.js';

const tms: Therapy = { id: 'tms', label: 'TMS', names: ['TMS'], traits: ['device'], approval: 'cleared', approvedFor: ['depression', 'OCD'], offLabelFor: ['PTSD', 'chronic pain'] };
const psilocybin: Therapy = { id: 'psilocybin', label: 'Psilocybin', names: ['psilocybin'], traits: ['controlled', 'unapproved'], approval: 'none', approvedFor: [], offLabelFor: ['depression'] };

function verdict(text: string, therapy: Therapy) {
  const doc = buildDoc(text, unified().use(plainTextParser).parse(text) as never, 'text');
  const s = doc.sentences[0];
  const first = s.tokens.findIndex((t) => t.norm === 'fda' || t.norm === 'approved' || t.norm === 'cleared');
  const last = s.tokens[first].norm === 'fda' ? first + 1 : first;
  return judgeRegulatory(doc, s, first, last, therapy, false, [therapy]);
}

describe('judgeRegulatory', () => {
  it('a cleared device called approved', () => {
    const v = verdict('TMS is FDA-approved for depression.', tms);
    assert.equal(v?.messageId, 'cleared');
    assert.equal(v?.rewrite, 'FDA-cleared');
  });
  it('a cleared device for an off-label use gets no rewrite to "cleared"', () => {
    const v = verdict('TMS is FDA-approved for PTSD.', tms);
    assert.equal(v?.messageId, 'cleared');
    assert.equal(v?.rewrite, undefined);
  });
  it('an unapproved substance', () => {
    assert.equal(verdict('Psilocybin is FDA-approved.', psilocybin)?.rewrite, 'not FDA-approved');
    assert.equal(verdict('Psilocybin is an FDA-approved therapy.', psilocybin)?.rewrite, 'investigational');
  });
});

describe('judgeRegulatory on a cleared device', () => {
  it('says "cleared" for an off-label use of a cleared device', () => {
    const v = verdict('TMS is FDA cleared for PTSD.', tms);
    assert.equal(v?.messageId, 'off-label');
    assert.match(v ? formatMessage(claimRegulatory.meta.messages[v.messageId], v.data) : '', /TMS is FDA-cleared for depression and OCD, but its use for PTSD is off-label/);
  });
});

describe('therapies from the config', () => {
  it('a device added in the config is judged by its own approval status', async () => {
    const { lint } = await import('../../src/node/index.js');
    const config = { therapies: [{ id: 'zapotron', label: 'Zapotron', names: ['zapotron'], traits: ['device'], approval: 'cleared', approvedFor: ['migraine'], offLabelFor: ['depression'] }] };
    const found = lint('Zapotron is FDA-approved for migraine.', { format: 'text', config }).findings.filter((f) => f.ruleId === 'claim-regulatory');
    assert.equal(found.length, 1);
    assert.equal(found[0].messageId, 'cleared');
  });
});
