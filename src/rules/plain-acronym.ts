// plain-acronym: an acronym used before the article says what it stands for. The article's own
// definitions count (in the same sentence, or anywhere before), and acronyms readers know as
// letters (plain.yaml: HIV, MRI, FDA, ...) need none. The fix spells it out at its first use,
// with the article's own words when it gives them later, else the built-in expansion. See
// docs/rules/plain-acronym.md.

import type { RuleModule } from '../core/rule.js';
import { undefinedAcronyms } from '../plain/acronyms.js';

const rule: RuleModule = {
  id: 'plain-acronym',
  category: 'plain',
  meta: {
    docs: { description: 'An acronym not spelled out at its first use ("TMS" before "transcranial magnetic stimulation (TMS)").' },
    recommended: 'off',
    strict: 'warn',
    fixable: 'term',
    messages: {
      known: '"{{acronym}}" is not spelled out at its first use: "{{expansion}} ({{acronym}})".',
      later: '"{{acronym}}" is used before the article spells it out; spell it out here: "{{expansion}} ({{acronym}})".',
      unknown: '"{{acronym}}" is not spelled out at its first use; give the words it stands for, then the letters in parentheses.',
    },
  },
  create(context) {
    const { doc } = context;
    for (const a of undefinedAcronyms(doc, context.checkBudget)) {
      const acronym = doc.text.slice(a.use.start, a.use.end);
      const messageId = !a.expansion ? 'unknown' : a.definedLater ? 'later' : 'known';
      context.report({
        messageId,
        data: { acronym, expansion: a.expansion ?? '' },
        start: a.use.start,
        end: a.use.end,
        fixes: a.fix ? [{ range: a.fix.range, text: a.fix.text, title: `Spell out: "${a.fix.text}"`, kind: 'term' }] : [],
      });
    }
  },
};

export default rule;
