import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('term-locale', {
  valid: [
    'The anaesthetic and the anesthetic are both fine without a locale.',
    { text: 'The anesthetic was given before the hemorrhage.', config: { locale: 'en-US' } },
    { text: 'The anaesthetic was given before the haemorrhage.', config: { locale: 'en-GB' } },
    { text: 'The colour of the pill.', config: { locale: 'en-US' }, name: 'not a medical word' },
  ],
  invalid: [
    {
      text: 'An anaesthetic is given.',
      config: { locale: 'en-US' },
      errors: [{ text: 'anaesthetic', fix: 'anesthetic', messageId: 'locale' }],
      output: 'An anesthetic is given.',
    },
    { text: 'Anesthesia is safe here.', config: { locale: 'en-GB' }, errors: [{ text: 'Anesthesia', messageId: 'locale', fix: 'Anaesthesia' }], output: 'Anaesthesia is safe here.' },
    { text: 'A paediatric ward.', config: { locale: 'en-US' }, errors: [{ text: 'paediatric', messageId: 'locale', fix: 'pediatric' }], output: 'A pediatric ward.' },
  ],
});
