import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('claim-majority', {
  valid: [
    'Most patients feel nervous before their first infusion.',
    'Tiredness and dizziness are very common side effects.',
    'Most people start to feel better within a few weeks of starting treatment, according to the prescribing information.',
    'According to the NHS, most patients recover within a day.',
    'Most patients receive six infusions over two to three weeks.',
    'The majority of patients in the trial were women.',
    'Not everyone responds to TMS.',
    'Most facilities accept insurance.',
    'Most people return to work the next day.',
    'Most people with chronic pain also have trouble sleeping.',
    'The most common side effects are headache and scalp pain.',
    'Most patients have mild side effects such as nausea.',
    'Most patients may see some benefit, but results vary.',
    'In a 2020 trial (Lee et al., 2020), most patients responded to psilocybin.',
    'Many patients report feeling calmer after a session.',
  ],
  invalid: [
    { text: 'According to our patients, most people feel better after one infusion.', errors: [{ text: 'most people' }] },
    { text: 'Within three sessions, most patients begin to see results.', errors: [{ text: 'most patients', fix: 'many patients' }], output: 'Within three sessions, many patients begin to see results.' },
    { text: 'After a session, most individuals report feeling a sense of calm.', errors: [{ text: 'most individuals', fix: 'many individuals' }] },
    { text: 'PRP is tolerated well by the majority of people.', errors: [{ text: 'the majority of people', fix: 'many people' }], output: 'PRP is tolerated well by many people.' },
    { text: 'Nearly everyone feels relief after stem cell therapy.', errors: [{ text: 'Nearly everyone', fix: 'Many people' }] },
    { text: 'All patients respond to our TMS protocol.', errors: [{ text: 'All patients', fix: 'Some patients' }] },
    { text: 'Everyone benefits from IV vitamin therapy.', errors: [{ text: 'Everyone benefits' }] },
  ],
});
