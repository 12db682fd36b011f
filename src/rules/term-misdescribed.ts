// term-misdescribed: a drug described as the wrong kind of thing ("Ketamine is an NMDA receptor":
// it is an NMDA receptor antagonist). See docs/rules/term-misdescribed.md.

import type { RuleModule } from '../core/rule.js';
import type { Token } from '../core/tokens.js';
import { drugByName, type DrugClass } from '../knowledge/drug-classes.js';

/** Heads of a description that are not a kind of drug: targets, organs, diseases. */
const WRONG_KIND: Record<string, string> = {
  receptor: 'a receptor', receptors: 'a receptor', channel: 'a channel', transporter: 'a transporter',
  enzyme: 'an enzyme', neurotransmitter: 'a neurotransmitter', hormone: 'a hormone',
  brain: 'an organ', liver: 'an organ', kidney: 'an organ', organ: 'an organ', gland: 'an organ', nerve: 'a nerve', neuron: 'a nerve cell',
  disease: 'a disease', disorder: 'a disorder', syndrome: 'a syndrome', illness: 'an illness', infection: 'an infection',
};
/** Words that end a description ("an NMDA receptor that ...", "an antagonist of ..."). */
const STOP = new Set(['that', 'which', 'who', 'used', 'for', 'with', 'and', 'or', 'in', 'of', 'to', 'is', 'are', 'a', 'an', 'the', 'by', 'as', 'from', 'on', 'at', 'it', 'but', 'when', 'because', 'called', 'known']);
const VERBS = new Set(['is', 'was', 'are', 'remains']);

/** "a" or "an" before `phrase` by its first sound ("an NMDA receptor", "a serotonergic ..."). */
function articleFor(phrase: string): 'a' | 'an' {
  const first = phrase.split(/[\s-]/)[0];
  if (/^[A-Z0-9]{2,}$/.test(first)) return /^[AEFHILMNORSX8]/.test(first) ? 'an' : 'a';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

const rule: RuleModule = {
  id: 'term-misdescribed',
  category: 'term',
  meta: {
    docs: { description: 'A drug described as the wrong kind of thing (a receptor, an organ, a disease), with its true class as the fix.' },
    recommended: 'warn',
    fixable: 'safe',
    messages: {
      misdescribed: '{{drug}} is not {{wrong}}: it is {{right}}.',
    },
  },
  create(context) {
    const { doc } = context;
    const gap = (a: Token, b: Token) => doc.text.slice(a.end, b.start);
    for (const sentence of doc.sentences) {
      const tokens = sentence.tokens;
      for (let i = 0; i + 3 < tokens.length; i++) {
        const drug = drugByName.get(tokens[i].norm);
        if (!drug) continue;
        // "X is a Y" or the appositive "X, a Y".
        let at = i + 1;
        if (VERBS.has(tokens[at].norm)) at++;
        else if (!gap(tokens[i], tokens[at]).includes(',')) continue;
        const article = tokens[at];
        if (article.norm !== 'a' && article.norm !== 'an') continue;
        let end = at + 1;
        while (end < tokens.length && end - at <= 5 && !STOP.has(tokens[end].norm) && (end === at + 1 || !/[,;:.()]/.test(gap(tokens[end - 1], tokens[end])))) end++;
        if (end === at + 1) continue;
        const head = tokens[end - 1];
        const wrong = WRONG_KIND[head.norm];
        if (!wrong) continue;
        // A spinner's stutter repeats the head ("an NMDA receptor a receptor"): part of the same slip.
        let last = end - 1;
        if (end + 1 < tokens.length && (tokens[end].norm === 'a' || tokens[end].norm === 'an') && tokens[end + 1].norm === head.norm) last = end + 1;
        const described = doc.text.slice(tokens[at + 1].start, head.end);
        report(drug, doc.text.slice(tokens[i].start, tokens[i].end), described, wrong, article.start, tokens[last].end);
        i = last;
      }
    }

    function report(drug: DrugClass, name: string, described: string, wrong: string, start: number, end: number) {
      const target = drug.mechanism?.target.toLowerCase();
      const onTarget = target !== undefined && described.toLowerCase().includes(target.replace(/ receptor$/, ''));
      const descriptions = onTarget ? [`${described} ${drug.mechanism!.action}`] : drug.classes;
      const texts = descriptions.slice(0, 3).map((d) => `${articleFor(d)} ${d}`);
      const kind = onTarget ? 'safe' : 'term';
      context.report({
        start,
        end,
        messageId: 'misdescribed',
        data: { drug: name, wrong, right: texts[0] },
        fixes: texts.map((text) => ({ range: [start, end] as [number, number], text, title: `Describe ${name} as "${text}"`, kind })),
      });
    }
  },
};

export default rule;
