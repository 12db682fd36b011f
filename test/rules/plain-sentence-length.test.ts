import { ruleTable } from '../helpers/rule-tester.js';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

ruleTable('plain-sentence-length', {
  valid: [
    { text: `The ${words(24)}.`, name: '25 words' },
    { text: `Pain-free ${words(24)}.`, name: 'a hyphenated word is one word' },
    { text: `The ${words(29)}.`, config: { rules: { 'plain-sentence-length': ['warn', { max: 30 }] } }, name: 'max: 30' },
    { text: `| A | B |\n| --- | --- |\n| ${words(30)} | x |\n`, format: 'markdown', name: 'a table cell' },
  ],
  invalid: [
    { text: `The ${words(25)}.`, errors: [{ text: `The ${words(25)}.`, messageId: 'long', message: 'This sentence has 26 words, more than 25' }] },
    {
      text: `Short one. The ${words(10)}.`,
      config: { rules: { 'plain-sentence-length': ['warn', { max: 10 }] } },
      errors: [{ text: `The ${words(10)}.`, messageId: 'long', message: '11 words, more than 10' }],
    },
  ],
});
