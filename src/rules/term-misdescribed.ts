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
/** Heads that say how a drug acts on its target ("an NMDA receptor agonist"). */
const ACTIONS = new Set(['agonist', 'antagonist', 'inhibitor', 'blocker', 'enhancer', 'modulator', 'releaser', 'activator']);
/** Heads that name a kind of medicine ("a dissociative opioid"). */
const CLASS_NOUNS = new Set(['opioid', 'antibiotic', 'benzodiazepine', 'stimulant', 'antidepressant', 'antipsychotic', 'anticonvulsant', 'steroid', 'antihistamine', 'sedative', 'anesthetic', 'anaesthetic', 'psychedelic', 'hallucinogen', 'antiemetic', 'analgesic', 'painkiller', 'opiate']);
/** Verbs that introduce what a drug is or does as ("acts as", "works as"). */
const AS_VERBS = new Set(['acts', 'act', 'works', 'work', 'functions', 'serves']);
const AS_ADVERBS = new Set(['mainly', 'mostly', 'primarily', 'chiefly', 'largely', 'partly', 'also']);

/** Words that end a description ("an NMDA receptor that ...", "an antagonist of ..."). */
const STOP = new Set(['that', 'which', 'who', 'used', 'for', 'with', 'and', 'or', 'in', 'of', 'to', 'is', 'are', 'a', 'an', 'the', 'by', 'as', 'from', 'on', 'at', 'it', 'but', 'when', 'because', 'called', 'known']);
const VERBS = new Set(['is', 'was', 'are', 'remains']);

/** "a" or "an" before `phrase` by its first sound ("an NMDA receptor", "a serotonergic ..."). */
function articleFor(phrase: string): 'a' | 'an' {
  const first = phrase.split(/[\s-]/)[0];
  if (/^[A-Z0-9]{2,}$/.test(first)) return /^[AEFHILMNORSX8]/.test(first) ? 'an' : 'a';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

const lower = (s: string) => s.toLowerCase();
/** British and American spellings of a class compare equal ("anaesthetic", "anesthetic"; "tranquilliser"). */
const spellingKey = (s: string) => lower(s).replace(/ae|oe/g, 'e').replace(/is(e|er|ers|ed|ing)\b/g, 'iz$1').replace(/ll(iz)/g, 'l$1');

/**
 * The drug's true classes when `described` (ending in `head`) names the wrong action on its target
 * ("an NMDA receptor agonist" for an antagonist) or a kind of medicine it is not ("a dissociative
 * opioid"); undefined when the description fits or says nothing checkable.
 */
function wrongClass(drug: DrugClass, described: string, head: string): string[] | undefined {
  const text = lower(described);
  if (drug.classes.some((c) => spellingKey(c) === spellingKey(text))) return undefined;
  if (ACTIONS.has(head)) {
    const m = drug.mechanism;
    if (!m) return undefined;
    // Whole words: "antagonist" does not end in the action "agonist".
    const actionWords = lower(m.action).split(' ');
    const sameAction = actionWords[actionWords.length - 1] === head;
    const lastWord = (c: string) => lower(c).split(/[\s-]+/).pop();
    const targetWord = lower(m.target).split(/[\s-]+/)[0];
    const sameTarget = text.includes(targetWord);
    const onTarget = drug.classes.filter((c) => lower(c).includes(targetWord));
    // "an antagonist (of the NMDA receptor)": the bare action, right or wrong.
    if (text === head) return sameAction ? undefined : onTarget.slice(0, 3);
    if (sameTarget) {
      // "full" or "partial" must match too ("a full opioid antagonist" for a partial agonist).
      const degree = ['full', 'partial'].find((d) => text.includes(d));
      if (sameAction && (!degree || actionWords.includes(degree))) return undefined;
      const fit = onTarget.filter((c) => lastWord(c) === actionWords[actionWords.length - 1]);
      return fit.length ? fit : [`${described.slice(0, described.length - head.length).trim()} ${m.action}`];
    }
    // Another target: the classes that name this action on the drug's own target.
    const byAction = drug.classes.filter((c) => lastWord(c) === head);
    return byAction.length ? byAction : undefined;
  }
  if (CLASS_NOUNS.has(head)) {
    if (drug.classes.some((c) => lower(c).split(/[\s-]+/).includes(head))) return undefined;
    return drug.classes.slice(0, 3);
  }
  return undefined;
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
        // "X is a Y", the appositive "X, a Y", or "X acts (mainly) as a Y".
        let at = i + 1;
        if (VERBS.has(tokens[at].norm)) at++;
        else if (AS_VERBS.has(tokens[at].norm)) {
          at++;
          if (tokens[at] && AS_ADVERBS.has(tokens[at].norm)) at++;
          if (!tokens[at] || tokens[at].norm !== 'as') continue;
          at++;
        } else if (!gap(tokens[i], tokens[at]).includes(',')) continue;
        if (!tokens[at]) continue;
        const article = tokens[at];
        if (article.norm !== 'a' && article.norm !== 'an') continue;
        let end = at + 1;
        while (end < tokens.length && end - at <= 5 && !STOP.has(tokens[end].norm) && (end === at + 1 || !/[,;:.()]/.test(gap(tokens[end - 1], tokens[end])))) end++;
        if (end === at + 1) continue;
        const head = tokens[end - 1];
        const described = doc.text.slice(tokens[at + 1].start, head.end);
        if (!WRONG_KIND[head.norm]) {
          const fix = wrongClass(drug, described, head.norm);
          if (fix) reportClass(drug, doc.text.slice(tokens[i].start, tokens[i].end), described, fix, tokens[at + 1].start, head.end);
          continue;
        }
        const wrong = WRONG_KIND[head.norm];
        // A spinner's stutter repeats the head ("an NMDA receptor a receptor"): part of the same slip.
        let last = end - 1;
        if (end + 1 < tokens.length && (tokens[end].norm === 'a' || tokens[end].norm === 'an') && tokens[end + 1].norm === head.norm) last = end + 1;
        report(drug, doc.text.slice(tokens[i].start, tokens[i].end), described, wrong, article.start, tokens[last].end);
        i = last;
      }
    }

    /** A wrong kind of medicine or a wrong action: the drug's true class, best matching first. */
    function reportClass(drug: DrugClass, name: string, described: string, fixes: string[], start: number, end: number) {
      context.report({
        start,
        end,
        messageId: 'misdescribed',
        data: { drug: name, wrong: `${articleFor(described)} ${described}`, right: `${articleFor(fixes[0])} ${fixes[0]}` },
        fixes: fixes.map((text) => ({ range: [start, end] as [number, number], text, title: `Describe ${name} as "${text}"`, kind: 'term' as const })),
      });
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
