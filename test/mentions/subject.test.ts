// The therapies an article is about (src/mentions/subject.ts): known ones by name, and a treatment
// the knowledge lacks inferred from the title, headings, repeated treatment nouns and defining
// sentences, with traits only where the text gives them and named as the article names it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDoc } from '../../src/core/document.js';
import { parsePlainText } from '../../src/core/plaintext.js';
import { lint } from '../../src/node/index.js';
import { articleTherapies } from '../../src/mentions/subject.js';

const docOf = (text: string) => buildDoc(text, parsePlainText(text), 'text');
const subjectsOf = (text: string) => articleTherapies(docOf(text)).subjects.map((t) => ({ label: t.label, traits: [...t.traits].sort(), inferred: !!t.inferred }));

describe('subject therapy: a treatment the knowledge lacks', () => {
  it('a named treatment in the title and the text, labelled as the body writes it', () => {
    const text = 'Scalar Wave Therapy for Chronic Fatigue\nScalar wave therapy is a gentle approach. Most clients book scalar wave therapy once a week.\n';
    assert.deepEqual(subjectsOf(text), [{ label: 'Scalar wave therapy', traits: [], inferred: true }]);
  });

  it('a sentence that defines it, with no treatment noun in its name', () => {
    const text = 'Cellular Frequency Reset\nCellular Frequency Reset is a treatment offered at our clinic.\n';
    assert.deepEqual(subjectsOf(text), [{ label: 'Cellular Frequency Reset', traits: [], inferred: true }]);
  });

  it('a title that says what a noun phrase is for names it ("Low-dose memantine for chronic pain")', () => {
    const text = 'Low-dose memantine for chronic pain\nLow-dose memantine is taken once a day. Our doctors prescribe low-dose memantine for fibromyalgia.\n';
    assert.deepEqual(subjectsOf(text), [{ label: 'Low-dose memantine', traits: ['medicine'], inferred: true }]);
    // (Not a plain word of what the page offers: "Help for back pain".)
    assert.deepEqual(subjectsOf('Help for back pain\nHelp is at hand. Help comes in many forms.\n'), []);
  });

  it('the short form in brackets after the name is a mention ("Low-dose memantine (LDM)")', () => {
    const text = 'Low-dose memantine for chronic pain\nLow-dose memantine (LDM) is a tiny daily dose. Our clinic prescribes LDM for fibromyalgia.\n';
    assert.deepEqual(subjectsOf(text), [{ label: 'Low-dose memantine', traits: ['medicine'], inferred: true }]);
  });

  it('a short form of a several-word name counts as a mention ("Bio-Resonance" for "Bio-Resonance Therapy")', () => {
    const doc = docOf('Bio-Resonance Therapy\nBio-Resonance Therapy is new here. Bio-Resonance sessions take an hour.\n');
    assert.equal(articleTherapies(doc).mentions[0].mentions.length, 3);
  });

  it('traits come from its name and from what the text says of it', () => {
    assert.deepEqual(subjectsOf('Glow Drip\nThe Glow Drip is infused through a cannula. Book a Glow Drip today.\n')[0].traits, ['infused']);
    assert.deepEqual(subjectsOf('NMN injections\nNMN injections are a prescription treatment given by our nurses. Each NMN injection takes minutes.\n')[0].traits, ['injected', 'medicine']);
    assert.deepEqual(subjectsOf('Frequency Healing Therapy\nFrequency Healing Therapy is a controlled substance free of drugs. Frequency Healing Therapy needs no injections and is not a prescription medicine.\n')[0].traits, []);
  });

  it('a plural name takes plural verbs in messages', () => {
    const found = lint('NMN injections\nNMN injections are given in our spa. Each NMN injection takes minutes.\n', { format: 'text' }).findings.filter((f) => f.ruleId === 'caveat-missing');
    assert.match(found.find((f) => f.messageId === 'side-effects')!.message, /^NMN injections have side effects/);
    assert.match(found.find((f) => f.messageId === 'contraindications')!.message, /^NMN injections are given by injection/);
  });

  it('no treatment is invented: conditions, passing mentions and bare treatment nouns', () => {
    assert.deepEqual(subjectsOf('Living with chronic pain\nChronic pain lasts more than 12 weeks. The pain can affect sleep.\n'), []);
    assert.deepEqual(subjectsOf('Understanding back pain\nTreatments include physical therapy and medication. Physical therapy helps many people.\n'), []);
    assert.deepEqual(subjectsOf('Knee pain treatment\nOur knee pain treatment is tailored to you. Knee pain treatment starts with an exam.\n'), []);
    assert.deepEqual(subjectsOf('What to expect\nThe treatment takes an hour. After the treatment you can go home. The treatment is repeated weekly.\n'), []);
  });
});

describe('subject therapy: known therapies', () => {
  it('a known therapy in the title is the subject, and nothing is inferred beside it', () => {
    assert.deepEqual(subjectsOf('Ketamine therapy for pain\nKetamine therapy sessions last an hour. Ketamine therapy is given weekly.\n').map((s) => s.label), ['Ketamine']);
  });
  it('an inferred title subject keeps a known therapy mentioned in passing out', () => {
    const text = 'Scalar Wave Therapy\nScalar wave therapy is gentle. Unlike TMS, scalar wave therapy needs no coil. Some try TMS first. Scalar wave therapy takes an hour.\n';
    assert.deepEqual(subjectsOf(text).map((s) => s.label), ['Scalar wave therapy']);
  });
  it('the catch-all "infusion" gives way to a named infusion the knowledge lacks', () => {
    const text = 'Glow infusion therapy\nGlow infusion therapy is given in our lounge. Clients love glow infusion therapy.\n';
    const subjects = subjectsOf(text);
    assert.deepEqual(subjects.map((s) => [s.label, s.inferred]), [['Glow infusion therapy', true]]);
    assert.ok(subjects[0].traits.includes('infused'));
  });
});
