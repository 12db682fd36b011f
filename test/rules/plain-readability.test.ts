import { ruleTable } from '../helpers/rule-tester.js';

const EASY = 'The cat sat on the mat. The dog ran to the park. We had fun in the sun.';
const HARD =
  'Intravenous ketamine administration necessitates continuous cardiovascular monitoring. ' +
  'Dissociative experiences frequently accompany subanesthetic dosing regimens. ' +
  'Individualized therapeutic protocols optimize tolerability considerably.';
const TWO_HARD = 'Intravenous administration necessitates continuous cardiovascular monitoring. Dissociative experiences frequently accompany subanesthetic regimens.';

ruleTable('plain-readability', {
  valid: [
    { text: `# Easy\n\n${EASY}\n`, format: 'markdown', name: 'below the target' },
    { text: `# Hard\n\n${HARD}\n`, format: 'markdown', config: { readability: { targetGrade: 20 } }, name: 'a higher target' },
    { text: 'Intravenous administration necessitates monitoring. Dissociative experiences happen.', name: 'too short to grade' },
    { text: `# Lists\n\n- Intravenous administration\n- Cardiovascular monitoring\n- Dissociative experiences\n- Subanesthetic regimens\n\n${EASY}\n`, format: 'markdown', name: 'list fragments are not sentences' },
  ],
  invalid: [
    {
      name: 'the article (on its title) and its paragraph',
      text: `# Hard\n\n${HARD}\n`,
      format: 'markdown',
      errors: [
        { text: '# Hard', messageId: 'article', message: 'This article reads at grade 17.5 (SMOG; Flesch-Kincaid 36.6), above the target of grade 8:' },
        { text: HARD, messageId: 'paragraph', message: 'This paragraph reads at grade 17.5 (SMOG; Flesch-Kincaid 36.6), above the target of grade 8:' },
      ],
    },
    {
      name: 'a paragraph of two sentences is not judged; the article is',
      text: `# Mixed\n\n${EASY}\n\n${TWO_HARD}\n`,
      format: 'markdown',
      errors: [{ text: '# Mixed', messageId: 'article' }],
    },
    {
      name: 'minSentences: 2 judges it',
      text: `# Mixed\n\n${EASY}\n\n${TWO_HARD}\n`,
      format: 'markdown',
      config: { rules: { 'plain-readability': ['warn', { minSentences: 2 }] } },
      errors: [{ text: '# Mixed', messageId: 'article' }, { text: TWO_HARD, messageId: 'paragraph' }],
    },
    {
      name: 'paragraphs: false',
      text: `# Hard\n\n${HARD}\n`,
      format: 'markdown',
      config: { rules: { 'plain-readability': ['warn', { paragraphs: false }] } },
      errors: [{ text: '# Hard', messageId: 'article' }],
    },
    {
      name: 'graded by Flesch-Kincaid',
      text: `# Hard\n\n${HARD}\n`,
      format: 'markdown',
      config: { readability: { formula: 'flesch-kincaid', targetGrade: 6 } },
      errors: [
        { text: '# Hard', messageId: 'article', message: 'grade 36.6 (Flesch-Kincaid; SMOG 17.5), above the target of grade 6:' },
        { text: HARD, messageId: 'paragraph' },
      ],
    },
  ],
});
