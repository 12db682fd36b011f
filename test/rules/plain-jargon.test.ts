import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('plain-jargon', {
  valid: [
    { text: 'High blood pressure (hypertension) is common.', name: 'the term glossed in parentheses' },
    { text: 'Hypertension, or high blood pressure, is common.', name: 'the plain word in the same sentence' },
    { text: 'An analgesic is a medicine that eases pain.', name: 'a definition: "X is a ..."' },
    { text: 'It eases neuropathic pain, which is caused by damaged nerves.', name: 'a definition: "X, which is ..."' },
    { text: 'Nerves pass signals with a chemical known as a neurotransmitter.', name: 'introduced as a named term' },
    { text: 'Hypertension (high blood pressure) is common. Hypertension can be treated.', name: 'explained once, then used' },
    { text: 'Pulmonary hypertension is a different condition.', name: 'a name of its own (except)' },
    { text: 'Read https://example.com/hypertension-guide before your visit.', name: 'inside a URL' },
    'Side effects can include nausea and dizziness.',
  ],
  invalid: [
    {
      text: 'She had a myocardial infarction last year.',
      errors: [{ text: 'myocardial infarction', messageId: 'swap', fix: 'heart attack', message: '"myocardial infarction" is medical jargon; "heart attack"' }],
      output: 'She had a heart attack last year.',
    },
    {
      name: 'the article before a noun changes with it',
      text: 'Take an analgesic for the pain.',
      errors: [{ text: 'analgesic', messageId: 'swap', fix: 'a painkiller' }],
      output: 'Take a painkiller for the pain.',
    },
    {
      name: 'the article before an adjective changes with it',
      text: 'An intranasal spray is used.',
      errors: [{ text: 'intranasal', messageId: 'swap', fix: 'A nasal' }],
      output: 'A nasal spray is used.',
    },
    {
      name: 'a capital at the start of a sentence is kept',
      text: 'Hypertension raises the risk of stroke.',
      errors: [{ text: 'Hypertension', messageId: 'swap', fix: 'High blood pressure' }],
      output: 'High blood pressure raises the risk of stroke.',
    },
    {
      name: 'a plural noun swaps to the plural',
      text: 'Analgesics are often enough.',
      errors: [{ text: 'Analgesics', messageId: 'swap', fix: 'Painkillers' }],
      output: 'Painkillers are often enough.',
    },
    {
      name: 'a two-word term with its article',
      text: 'Report an adverse reaction to your doctor.',
      errors: [{ text: 'adverse reaction', messageId: 'swap', fix: 'a bad reaction' }],
      output: 'Report a bad reaction to your doctor.',
    },
    { text: 'Take it orally twice a day.', errors: [{ text: 'orally', messageId: 'swap', fix: 'by mouth' }], output: 'Take it by mouth twice a day.' },
    { text: 'The dose is administered by a nurse.', errors: [{ text: 'administered', messageId: 'swap', fix: 'given' }], output: 'The dose is given by a nurse.' },
    { text: 'It is safe when administered by a nurse.', errors: [{ text: 'administered', messageId: 'swap', fix: 'given' }], output: 'It is safe when given by a nurse.' },
    {
      name: 'a simple past is left to the writer ("gave" or "given"?)',
      text: 'The nurse administered the dose.',
      errors: [{ text: 'administered', messageId: 'swap' }],
    },
    {
      name: 'a noun that is an adjective too is not swapped before a noun',
      text: 'Ketamine has analgesic effects.',
      errors: [{ text: 'analgesic', messageId: 'swap' }],
    },
    {
      name: 'not inside a hyphenated compound',
      text: 'Some have neuropathy-related pain.',
      errors: [{ text: 'neuropathy', messageId: 'swap' }],
    },
    {
      name: 'an uncountable noun after "a" is not swapped',
      text: 'She had a hemorrhage after surgery.',
      errors: [{ text: 'hemorrhage', messageId: 'swap' }],
    },
    {
      name: 'no one-for-one swap: the writer rewords',
      text: 'The efficacy of the drug is unclear.',
      errors: [{ text: 'efficacy', messageId: 'reword', message: '(how well it works)' }],
    },
    {
      name: 'a verb whose plain words wrap its object',
      text: 'Stress can exacerbate pain.',
      errors: [{ text: 'exacerbate', messageId: 'reword', message: '(make worse)' }],
    },
    {
      name: 'every unexplained use',
      text: 'Hypertension is common. Many people have hypertension.',
      errors: [
        { text: 'Hypertension', messageId: 'swap', fix: 'High blood pressure' },
        { text: 'hypertension', messageId: 'swap', fix: 'high blood pressure' },
      ],
      output: 'High blood pressure is common. Many people have high blood pressure.',
    },
  ],
});
