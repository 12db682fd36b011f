// plain-jargon: a medical word with a plainer alternative (plain.yaml, after the CDC's Plain
// Language Thesaurus for Health Communications and NIH plain-language guidance), unless the
// sentence explains it. The fix is the plain word where it is a one-for-one swap that keeps the
// sentence grammatical ("a myocardial infarction" -> "a heart attack", "an analgesic" -> "a
// painkiller"); elsewhere the message suggests the plain words. See docs/rules/plain-jargon.md.

import type { RuleModule } from '../core/rule.js';
import { jargonIn } from '../plain/jargon.js';

const rule: RuleModule = {
  id: 'plain-jargon',
  category: 'plain',
  meta: {
    docs: { description: 'A medical word with a plainer alternative, not explained in its sentence ("hypertension": "high blood pressure").' },
    recommended: 'off',
    strict: 'warn',
    fixable: 'term',
    messages: {
      swap: '"{{word}}" is medical jargon; "{{plain}}" says the same in everyday words.',
      reword: '"{{word}}" is medical jargon; say it in everyday words ({{plain}}) or explain it in the sentence.',
    },
  },
  create(context) {
    const { doc } = context;
    for (const hit of jargonIn(doc)) {
      const word = doc.text.slice(hit.start, hit.end);
      if (hit.fix) {
        const [start, end] = hit.fix.range;
        context.report({
          messageId: 'swap',
          data: { word, plain: hit.form.swap ?? hit.form.plain },
          start: hit.start,
          end: hit.end,
          fixes: [{ range: [start, end], text: hit.fix.text, title: `Replace with "${hit.fix.text}"`, kind: 'term' }],
        });
      } else {
        context.report({ messageId: hit.form.swap ? 'swap' : 'reword', data: { word, plain: hit.form.swap ?? hit.form.plain }, start: hit.start, end: hit.end });
      }
    }
  },
};

export default rule;
