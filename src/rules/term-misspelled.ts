// term-misspelled: a word no lexicon knows that is a near miss of a medical term
// ("subaneshetic" -> "subanesthetic"). See docs/rules/term-misspelled.md.

import type { RuleModule } from '../core/rule.js';
import type { ResolvedConfig } from '../core/config.js';
import { knowledgeSetting } from '../knowledge/sections.js';
import { inUrlOrPath } from '../terms/source.js';
import { isForeignSentence, matchCase, misspelledTerm } from '../terms/spelling.js';
import { lexiconOf } from '../terms/lexicon.js';
import { confusablesIn } from '../terms/confusables.js';

const acceptedByConfig = new WeakMap<ResolvedConfig, Set<string>>();

/** The user's words and therapy names, lower case (once per config). */
function acceptedWords(config: ResolvedConfig): Set<string> {
  let set = acceptedByConfig.get(config);
  if (!set) {
    const names = knowledgeSetting(config, 'therapies').flatMap((t) => (Array.isArray(t.names) ? t.names.map(String) : []));
    set = new Set([...config.words, ...names].flatMap((w) => w.toLowerCase().split(/[\s\-/]+/)));
    acceptedByConfig.set(config, set);
  }
  return set;
}

const rule: RuleModule = {
  id: 'term-misspelled',
  category: 'term',
  meta: {
    docs: { description: 'Misspelled medical terms and drug names, with the correction as the fix.' },
    recommended: 'warn',
    fixable: 'safe',
    messages: {
      // {{others}}: ' (or "a", "b")' when there are other candidates, else nothing.
      misspelled: '"{{word}}" looks like a misspelling of the medical term "{{best}}"{{others}}.',
      confusable: '"{{word}}" in "{{phrase}}" is a different word; the medical term is "{{fixed}}".',
    },
  },
  create(context) {
    const { doc } = context;
    const lexicon = lexiconOf(context.resources);
    const accepted = acceptedWords(context.config);
    // Words the article uses twice or more, counted only when a slip first asks.
    let counts: Map<string, number> | undefined;
    const usedInArticle = (word: string) => {
      if (!counts) {
        counts = new Map();
        for (const s of doc.sentences) for (const t of s.tokens) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
      }
      return (counts.get(word) ?? 0) >= 2;
    };
    for (const sentence of doc.sentences) {
      if (context.overBudget()) return;
      const tokens = sentence.tokens;
      // Another language's sentence is not English misspelled ("La ketamina se administra ...").
      if (isForeignSentence(tokens.map((t) => t.norm))) continue;
      for (const c of confusablesIn(lexicon, doc.text, tokens)) {
        const raw = doc.text.slice(c.start, c.end);
        const text = matchCase(raw, c.right);
        // The word is replaced; where a fixed expression is the evidence, the expression is offered too.
        const around = c.expression ?? { start: Math.max(sentence.start, c.start - 20), end: Math.min(sentence.end, c.end + 20), text: '' };
        const phrase = doc.text.slice(around.start, around.end);
        const fixed = phrase.slice(0, c.start - around.start) + text + phrase.slice(c.end - around.start);
        const fixes = [{ range: [c.start, c.end] as [number, number], text, title: `Replace with "${text}"`, kind: 'safe' as const }];
        if (c.expression) fixes.push({ range: [around.start, around.end], text: fixed, title: `Replace with "${fixed}"`, kind: 'safe' });
        context.report({
          start: c.start,
          end: c.end,
          messageId: 'confusable',
          data: { word: raw, phrase: c.expression ? phrase : raw, fixed: c.expression ? fixed : text },
          fixes,
        });
      }
      const heading = sentence.block.headingLike || sentence.block.type === 'heading';
      tokens.forEach((token, i) => {
        if (token.kind !== 'word') return;
        const raw = doc.text.slice(token.start, token.end);
        // (A single capital letter after a word is a type, not a name: "Hepatitis C", "vitamin D".)
        // (Nor is a capitalised word across a comma: "Lyme, Hepatits C and AIDS" is a list.)
        const nameWord = (t: (typeof tokens)[number] | undefined, a: number, b: number) => t !== undefined && t.capital && t.norm.length > 1 && /^[ \t-]*$/.test(doc.text.slice(a, b));
        const inName = !heading && ((i > 1 && nameWord(tokens[i - 1], tokens[i - 1].end, token.start)) || (i + 1 < tokens.length && nameWord(tokens[i + 1], token.end, tokens[i + 1].start)));
        const found = misspelledTerm(lexicon, raw, { accepted, sentenceInitial: i === 0 || heading, inName, usedInArticle });
        // Checked last: looking around the word for a URL or path costs more than the lexicon.
        if (!found || inUrlOrPath(doc.text, token.start, token.end)) return;
        const [best, ...others] = found.map((c) => matchCase(raw, c.word));
        const kind = others.length ? 'term' : 'safe';
        context.report({
          start: token.start,
          end: token.end,
          messageId: 'misspelled',
          data: { word: raw, best, others: others.length ? ` (or ${others.map((o) => `"${o}"`).join(', ')})` : '' },
          fixes: [best, ...others].map((text) => ({ range: [token.start, token.end] as [number, number], text, title: `Replace with "${text}"`, kind })),
        });
      });
    }
  },
};

export default rule;
