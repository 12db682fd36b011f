import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('claim-comparison', {
  valid: [
    'Ibuprofen is taken by mouth, while cortisone is injected.',
    'Unlike SSRIs, which act on serotonin, this drug works on glutamate.',
    'Compared with the clinic downtown, our parking is easier.',
    'A session can take longer compared to when it is used for depression.',
    'TMS may work differently from antidepressants.',
    'Ketamine acts on different receptors than traditional opioids.',
    'Talk to your doctor to determine the best approach for your needs.',
    'Chronic pain lasts more than 12 weeks.',
    'If the treatment does not work for you, your doctor can suggest other options.',
    'Esketamine worked faster than placebo in two trials [3, 4].',
    'Some studies suggest psilocybin may be more effective than placebo for some people.',
  ],
  invalid: [
    { text: 'For joint pain, nothing else works as well as PRP.', errors: [{ text: 'nothing else works', messageId: 'comparison' }], output: 'For joint pain, nothing else works as well as PRP. [citation needed]' },
    { text: 'PRP is gentler than finasteride.', errors: [{ text: 'gentler than', messageId: 'comparison' }], output: 'PRP is gentler than finasteride. [citation needed]' },
    { text: 'TMS is better than ketamine for most people.', errors: [{ text: 'better than', messageId: 'comparison' }], output: 'TMS is better than ketamine for most people. [citation needed]' },
    { text: 'Ozone therapy works better than ibuprofen.', errors: [{ text: 'works better than', messageId: 'comparison' }], output: 'Ozone therapy works better than ibuprofen. [citation needed]' },
    { text: 'Compared with spinal fusion, disc ozone therapy is safer.', errors: [{ text: 'safer', messageId: 'comparison' }], output: 'Compared with spinal fusion, disc ozone therapy is safer. [citation needed]' },
    { text: 'Relief is lasting, unlike pills that wear off.', errors: [{ text: 'unlike pills', messageId: 'comparison' }], output: 'Relief is lasting, unlike pills that wear off. [citation needed]' },
    { text: 'A natural alternative to antidepressants.', errors: [{ text: 'alternative to antidepressants', messageId: 'comparison' }], output: 'A natural alternative to antidepressants. [citation needed]' },
    { text: 'One session can achieve what years of talk therapy never did.', errors: [{ text: 'achieve what', messageId: 'comparison' }], output: 'One session can achieve what years of talk therapy never did. [citation needed]' },
    { text: 'CBD is a natural alternative to prescription painkillers.', errors: [{ text: 'alternative to prescription painkillers', messageId: 'comparison' }], output: 'CBD is a natural alternative to prescription painkillers. [citation needed]' },
    { text: 'Ketamine provides hope where other treatments have failed.', errors: [{ text: 'where other treatments have failed', messageId: 'comparison' }], output: 'Ketamine provides hope where other treatments have failed. [citation needed]' },
    // FIXME(issue 15): "often not always effective" does not read: the rewrite ignores the "often" before it.
    { text: 'Opioid medication is often completely ineffective at relieving nerve pain.', errors: [{ text: 'completely ineffective', messageId: 'comparison', fix: 'not always effective' }], output: 'Opioid medication is often not always effective at relieving nerve pain.' },
    { text: 'TMS works faster than antidepressants.', errors: [{ text: 'works faster than', messageId: 'comparison' }], output: 'TMS works faster than antidepressants. [citation needed]' },
    { text: 'PRP is more effective than cortisone injections.', errors: [{ text: 'more effective than', messageId: 'comparison' }], output: 'PRP is more effective than cortisone injections. [citation needed]' },
    { text: 'Compared to other treatments, psilocybin therapy has fewer side effects.', errors: [{ text: 'Compared to other treatments', messageId: 'comparison' }], output: 'Compared to other treatments, psilocybin therapy has fewer side effects. [citation needed]' },
    { text: 'Stem cell therapy works when nothing else has.', errors: [{ text: 'when nothing else', messageId: 'comparison' }], output: 'Stem cell therapy works when nothing else has. [citation needed]' },
    { text: 'Conventional treatments fail to provide lasting results.', errors: [{ text: 'fail to provide', messageId: 'comparison' }], output: 'Conventional treatments fail to provide lasting results. [citation needed]' },
    { text: 'Ketamine is the fastest treatment for depression.', errors: [{ text: 'the fastest treatment', messageId: 'comparison' }], output: 'Ketamine is the fastest treatment for depression. [citation needed]' },
    { text: 'It is a welcome alternative to traditional antidepressants.', errors: [{ text: 'alternative to traditional antidepressants', messageId: 'comparison' }], output: 'It is a welcome alternative to traditional antidepressants. [citation needed]' },
  ],
});
