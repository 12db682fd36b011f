// plain-readability: the article, or a paragraph of three or more sentences, reads above the
// target grade (`readability.targetGrade`, default 8; the NIH and the AMA advise grade 6 to 8 for
// patient materials). Graded by SMOG, with Flesch-Kincaid beside it in the message: on patient
// leaflets SMOG runs about three grades above Flesch-Kincaid, and SMOG is the one validated
// against full comprehension. See docs/rules/plain-readability.md.

import type { RuleModule } from '../core/rule.js';
import { knowledgeSetting } from '../knowledge/sections.js';
import { readabilityOf, MIN_SENTENCES } from '../plain/readability.js';
import { FORMULA_NAMES, gradeBy } from '../plain/summary.js';

export interface PlainReadabilityOptions {
  /** Judge paragraphs too (default true). */
  paragraphs?: boolean;
  /** Sentences a paragraph needs to be judged (default 3; a grade of fewer sentences says little). */
  minSentences?: number;
}

const rule: RuleModule<PlainReadabilityOptions> = {
  id: 'plain-readability',
  category: 'plain',
  meta: {
    docs: { description: 'The article or a paragraph reads above the target grade (SMOG, with Flesch-Kincaid beside it).' },
    recommended: 'off',
    strict: 'warn',
    fixable: false,
    messages: {
      article: 'This article reads at grade {{grade}} ({{formula}}; {{other}} {{otherGrade}}), above the target of grade {{target}}: shorter sentences and everyday words bring it down.',
      paragraph: 'This paragraph reads at grade {{grade}} ({{formula}}; {{other}} {{otherGrade}}), above the target of grade {{target}}: split its long sentences or use everyday words.',
    },
    schema: {
      type: 'object',
      properties: {
        paragraphs: { type: 'boolean' },
        minSentences: { type: 'number', integer: true, min: 2, max: 50 },
      },
    },
  },
  create(context) {
    const { doc, config, options } = context;
    const { targetGrade, formula } = knowledgeSetting(config, 'readability');
    const other = formula === 'smog' ? 'flesch-kincaid' : 'smog';
    const { article, paragraphs } = readabilityOf(doc);
    const data = (m: NonNullable<typeof article>) => ({
      grade: gradeBy(m, formula).toFixed(1),
      formula: FORMULA_NAMES[formula],
      other: FORMULA_NAMES[other],
      otherGrade: gradeBy(m, other).toFixed(1),
      target: targetGrade,
    });
    if (article && gradeBy(article, formula) > targetGrade) {
      context.report({ messageId: 'article', data: data(article), start: doc.title.start, end: doc.title.end });
    }
    if (options?.paragraphs === false) return;
    const min = options?.minSentences ?? MIN_SENTENCES;
    for (const p of paragraphs) {
      if (p.counts.sentences >= min && gradeBy(p, formula) > targetGrade) context.report({ messageId: 'paragraph', data: data(p), start: p.start, end: p.end });
    }
  },
};

export default rule;
