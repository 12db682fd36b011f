import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('term-garbled', {
  valid: [
    'Children with cerebral palsy and adults with spinal cord injuries.',
    'It is studied for post-traumatic stress disorder (PTSD) and complex regional pain syndrome (CRPS).',
    'People with treatment-resistant depression (TRD) may qualify.',
    'The National Institute for Health and Care Excellence (NICE) publishes guidance.',
    'It can help chronic nerve pain (CRPS) and severe, treatment-resistant depression (TRD).',
    'Ketamine is being explored for chronic pain.',
    'An elderly patient may need a lower dose of the medication.',
    'Aged care homes review each medication.',
    'An aged, frail adult needs an anesthetic review.',
    { text: 'Side effects include:\n- Raised blood pressure\n- Diabetic neuropathy may worsen', name: 'real compounds in a side-effect list' },
    'Side effects include nausea and, in people with diabetic neuropathy, more pain.',
    'Patients with diabetic hypertension need care; side effects include nausea.',
    { text: 'Conditions we treat:\n- Diabetic nerve pain\n- Diabetic hypertension', name: 'not a side-effect list' },
  ],
  invalid: [
    { text: 'Children with cerebral paralysis benefit.', errors: [{ text: 'cerebral paralysis', fix: 'cerebral palsy', messageId: 'garbled' }], output: 'Children with cerebral palsy benefit.' },
    {
      text: 'Pain types include:\n- The syndrome of chronic localized pain in the extremities (CRPS)',
      errors: [{ text: 'The syndrome of chronic localized pain in the extremities', messageId: 'acronym', fix: 'Complex regional pain syndrome' }], output: 'Pain types include:\n- Complex regional pain syndrome (CRPS)',
    },
    {
      text: 'Side effects include:\n- Diabetic hypertension\n- Vomiting',
      errors: [{ text: 'Diabetic hypertension', messageId: 'side-effect', fix: 'Hypertension' }],
      output: 'Side effects include:\n- Hypertension\n- Vomiting',
    },
    {
      name: 'inline side-effect list',
      text: 'Side effects include nausea, diabetic hypertension and vomiting.',
      errors: [{ text: 'diabetic hypertension', messageId: 'side-effect', fix: 'hypertension' }], output: 'Side effects include nausea, hypertension and vomiting.',
    },
    { text: 'An old anesthetic, ketamine is eying itself for chronic pain.', errors: [{ text: 'eying itself', messageId: 'reflexive', fix: 'being eyed' }], output: 'An old anesthetic, ketamine is being eyed for chronic pain.' },
    {
      text: 'An aged leisurely anaesthetic, ketamine is used for pain.',
      errors: [{ text: 'An aged leisurely anaesthetic', messageId: 'personified', fix: 'An established anaesthetic' }],
      output: 'An established anaesthetic, ketamine is used for pain.',
    },
    { text: 'It is an elderly drug.', errors: [{ text: 'an elderly drug', messageId: 'personified', fix: 'an established drug' }], output: 'It is an established drug.' },
    { text: 'Psilocybin is exploring itself for depression.', errors: [{ text: 'exploring itself', messageId: 'reflexive', fix: 'being explored' }], output: 'Psilocybin is being explored for depression.' },
  ],
});
