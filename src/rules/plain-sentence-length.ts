// plain-sentence-length: a sentence longer than `max` words (default 25). Plain-language guides
// for health materials (CDC, NIH) ask for short sentences, most under 20 words; past 25 a reader
// with limited literacy loses the thread. Words are counted as a reader counts them ("pain-free"
// is one). See docs/rules/plain-sentence-length.md.

import type { RuleModule } from '../core/rule.js';
import { wordCount } from '../plain/words.js';

export interface PlainSentenceLengthOptions {
  /** The most words a sentence may have (default 25). */
  max?: number;
}

const DEFAULT_MAX = 25;

const rule: RuleModule<PlainSentenceLengthOptions> = {
  id: 'plain-sentence-length',
  category: 'plain',
  meta: {
    docs: { description: `A sentence of more than ${DEFAULT_MAX} words (configurable).` },
    recommended: 'off',
    strict: 'warn',
    fixable: false,
    messages: {
      long: 'This sentence has {{words}} words, more than {{max}}: split it, or cut words that do not help the reader.',
    },
    schema: { type: 'object', properties: { max: { type: 'number', integer: true, min: 5, max: 200 } } },
  },
  create(context) {
    const { doc } = context;
    const max = context.options?.max ?? DEFAULT_MAX;
    for (const sentence of doc.sentences) {
      if (sentence.block.type === 'tableCell' || sentence.tokens.length <= max) continue;
      const words = wordCount(sentence, doc.text);
      if (words > max) context.report({ messageId: 'long', data: { words, max }, start: sentence.start, end: sentence.end });
    }
  },
};

export default rule;
