// term-misspelled: a word that is a near miss of a medical term.

import type { RuleModule } from '../core/rule.js';
import { levenshtein } from '../core/schema.js';
import { knowledge } from '../knowledge/index.js';

const TERMS = [...new Set(knowledge.therapies.flatMap((t) => t.names.map((n) => n.toLowerCase())))];

const rule: RuleModule = {
  id: 'term-misspelled',
  category: 'term',
  meta: {
    description: 'Misspelled medical terms and drug names, with the correction as the fix.',
    recommended: 'warn',
    fixable: 'safe',
  },
  create(context) {
    const { doc } = context;
    for (const sentence of doc.sentences) {
      for (const token of sentence.tokens) {
        if (token.kind !== 'word' || token.norm.length < 6 || TERMS.includes(token.norm)) continue;
        const best = TERMS.find((t) => levenshtein(t, token.norm) === 1);
        if (!best) continue;
        context.report({
          start: token.start,
          end: token.end,
          message: `"${doc.text.slice(token.start, token.end)}" looks like a misspelling of "${best}".`,
          fixes: [{ range: [token.start, token.end], text: best, title: `Replace with "${best}"`, kind: 'safe' }],
        });
      }
    }
  },
};

export default rule;
