// term-locale: a medical word spelled for the other locale ("anaesthetic" in an en-US article,
// "anesthetic" in en-GB). Quiet unless the config sets `locale`: both spellings are correct
// English, so without a locale there is nothing to flag. Its preset severity is "warn" so that
// setting `locale` alone turns it on; without one it reports nothing. See docs/rules/term-locale.md.

import type { RuleModule } from '../core/rule.js';
import { lexiconOf, type Lexicon } from '../terms/lexicon.js';
import { inUrlOrPath } from '../terms/source.js';
import { matchCase } from '../terms/spelling.js';

const usToGbOf = new WeakMap<Lexicon, Record<string, string>>();

const rule: RuleModule = {
  id: 'term-locale',
  category: 'term',
  meta: {
    docs: { description: 'Medical words spelled for the other locale (anaesthetic in en-US, anesthetic in en-GB); needs `locale` in the config.' },
    recommended: 'warn',
    fixable: 'safe',
    messages: {
      locale: '"{{word}}" is the {{spelling}} spelling; this article is {{locale}}: "{{fix}}".',
    },
  },
  create(context) {
    const locale = context.config.locale;
    if (!locale) return;
    const lexicon = lexiconOf(context.resources);
    const gbToUs = lexicon.terms.localePairs;
    let usToGb = usToGbOf.get(lexicon);
    if (!usToGb) usToGbOf.set(lexicon, (usToGb = Object.fromEntries(Object.entries(gbToUs).map(([gb, us]) => [us, gb]))));
    const other = locale === 'en-US' ? gbToUs : usToGb;
    const { doc } = context;
    for (const sentence of doc.sentences) {
      for (const token of sentence.tokens) {
        const meant = token.kind === 'word' ? other[token.norm] : undefined;
        if (!meant || !Object.hasOwn(other, token.norm)) continue;
        if (inUrlOrPath(doc.text, token.start, token.end)) continue;
        const raw = doc.text.slice(token.start, token.end);
        const text = matchCase(raw, meant);
        context.report({
          start: token.start,
          end: token.end,
          messageId: 'locale',
          data: { word: raw, spelling: locale === 'en-US' ? 'British' : 'American', locale, fix: text },
          fixes: [{ range: [token.start, token.end], text, title: `Replace with "${text}"`, kind: 'safe' }],
        });
      }
    }
  },
};

export default rule;
