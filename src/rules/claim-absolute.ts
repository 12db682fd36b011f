// claim-absolute: absolute efficacy claims ("cures", "guaranteed") with no source.

import { PhraseMatcher } from '../core/phrases.js';
import type { RuleModule } from '../core/rule.js';
import type { ClaimPhrase } from '../knowledge/index.js';
import { knowledge } from '../knowledge/index.js';

const matcher = new PhraseMatcher(knowledge.claims.filter((c) => c.kind === 'absolute').map((c) => ({ pattern: c.pattern, value: c })));

const rule: RuleModule = {
  id: 'claim-absolute',
  category: 'claim',
  meta: {
    description: 'Absolute efficacy claims (cure, guaranteed) need a source or a hedge.',
    recommended: 'error',
    fixable: 'claim',
  },
  create(context) {
    const { doc } = context;
    for (const sentence of doc.sentences) {
      const cited = doc.links.some((l) => l.start >= sentence.start && l.start <= sentence.end);
      if (cited) continue;
      for (const m of matcher.match(sentence.tokens)) {
        const phrase: ClaimPhrase = m.value;
        context.report({
          start: m.start,
          end: m.end,
          message: `Absolute claim "${doc.text.slice(m.start, m.end)}" with no source: no treatment works for everyone.`,
          fixes: phrase.rewrite
            ? [{ range: [m.start, m.end], text: phrase.rewrite, title: `Hedge: replace with "${phrase.rewrite}"`, kind: 'claim' }]
            : [],
        });
      }
    }
  },
};

export default rule;
