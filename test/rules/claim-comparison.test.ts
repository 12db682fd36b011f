import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('claim-comparison', {
  valid: [
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
    { text: 'Ozone therapy works better than ibuprofen.', errors: [{ text: 'works better than' }] },
    { text: 'Compared with spinal fusion, disc ozone therapy is safer.', errors: [{ text: 'safer' }] },
    { text: 'Relief is lasting, unlike pills that wear off.', errors: [{ text: 'unlike pills' }] },
    { text: 'A natural alternative to antidepressants.', errors: [{ text: 'alternative to antidepressants' }] },
    { text: 'One session can achieve what years of talk therapy never did.', errors: [{ text: 'achieve what' }] },
    { text: 'CBD is a natural alternative to prescription painkillers.', errors: [{ text: 'alternative to prescription painkillers' }] },
    { text: 'Ketamine provides hope where other treatments have failed.', errors: [{ text: 'where other treatments have failed' }] },
    { text: 'Opioid medication is often completely ineffective at relieving nerve pain.', errors: [{ text: 'completely ineffective', fix: 'not always effective' }], output: 'Opioid medication is often not always effective at relieving nerve pain.' },
    { text: 'TMS works faster than antidepressants.', errors: [{ text: 'works faster than' }], output: 'TMS works faster than antidepressants. [citation needed]' },
    { text: 'PRP is more effective than cortisone injections.', errors: [{ text: 'more effective than' }] },
    { text: 'Compared to other treatments, psilocybin therapy has fewer side effects.', errors: [{ text: 'Compared to other treatments' }] },
    { text: 'Stem cell therapy works when nothing else has.', errors: [{ text: 'when nothing else' }] },
    { text: 'Conventional treatments fail to provide lasting results.', errors: [{ text: 'fail to provide' }] },
    { text: 'Ketamine is the fastest treatment for depression.', errors: [{ text: 'the fastest treatment' }] },
    { text: 'It is a welcome alternative to traditional antidepressants.', errors: [{ text: 'alternative to traditional antidepressants' }] },
  ],
});
