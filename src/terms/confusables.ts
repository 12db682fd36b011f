// Right words in the wrong place: a real word where its look-alike is meant ("prostrate cancer",
// "mucous in the lungs", "to illicit a response"). The pairs and the cues that tell them apart are
// data (terms.yaml `confusions`); a word is taken for its partner when the partner makes a fixed
// expression with the neighbouring words and the word does not, or when a cue of the partner is
// near and none of its own is. The word on its own is never flagged.

import { stem, type Token } from '../core/tokens.js';
import { termKnowledge } from '../knowledge/terms.js';
import { expressionAround } from './expressions.js';
import type { Lexicon } from './lexicon.js';

export interface ConfusableFinding {
  /** The range of the wrong word. */
  start: number;
  end: number;
  wrong: string;
  right: string;
  /** The fixed expression the right word makes here, when that is the evidence. */
  expression?: { start: number; end: number; text: string };
}

interface Partner {
  word: string;
  stem: string;
  /** Cues of the partner, and of the word itself. */
  theirs: Set<string>;
  ours: Set<string>;
}

/** Lower-case word -> the words it may stand for. Compiled once. */
const PARTNERS = (() => {
  const map = new Map<string, Partner[]>();
  const add = (word: string, partner: string, theirs: string[], ours: string[]) => {
    const list = map.get(word) ?? [];
    list.push({ word: partner, stem: stem(partner), theirs: new Set(theirs.map(stem)), ours: new Set(ours.map(stem)) });
    map.set(word, list);
  };
  for (const { words, cues } of termKnowledge.confusions) {
    const [a, b] = words;
    add(a, b, cues?.[1] ?? [], cues?.[0] ?? []);
    add(b, a, cues?.[0] ?? [], cues?.[1] ?? []);
  }
  return map;
})();

const WINDOW = 4;
/** Words after which a verb comes ("to heal", "may prescribe"). */
const BEFORE_VERB = new Set(['to', 'can', 'could', 'will', 'would', 'may', 'might', 'must', 'should', 'not', 'cannot']);

/** Confusable words in one sentence, with the word meant. */
export function confusablesIn(lexicon: Lexicon, text: string, tokens: readonly Token[]): ConfusableFinding[] {
  const out: ConfusableFinding[] = [];
  const pos = lexicon.terms.expressions?.pos ?? {};
  for (let i = 0; i < tokens.length; i++) {
    const partners = PARTNERS.get(tokens[i].norm);
    if (!partners) continue;
    const verbSlot = i > 0 && BEFORE_VERB.has(tokens[i - 1].norm);
    for (const p of partners) {
      // In a verb's slot a verb stays ("slow to heal" is no "heel"), and a word that is no verb is
      // the verb it looks like ("to illicit a response").
      const ownPos = pos[tokens[i].norm] ?? '';
      const theirPos = pos[p.word] ?? '';
      if (verbSlot && ownPos.includes('v') && !theirPos.includes('v')) continue;
      const verbMeant = verbSlot && ownPos !== '' && !ownPos.includes('v') && theirPos.includes('v');
      // A writer who uses both words in one sentence knows them apart.
      if (tokens.some((t) => t.norm === p.word || t.stem === p.stem)) continue;
      const meant = expressionAround(lexicon, text, tokens, i, p.stem);
      let evidence = false;
      if (verbMeant || (meant && !expressionAround(lexicon, text, tokens, i, tokens[i].stem))) evidence = true;
      else if (p.theirs.size) {
        let theirs = 0;
        let ours = 0;
        for (let k = Math.max(0, i - WINDOW); k <= Math.min(tokens.length - 1, i + WINDOW); k++) {
          if (k === i) continue;
          if (p.theirs.has(tokens[k].stem) || p.theirs.has(tokens[k].norm)) theirs++;
          if (p.ours.has(tokens[k].stem) || p.ours.has(tokens[k].norm)) ours++;
        }
        evidence = theirs > 0 && ours === 0;
      }
      if (!evidence) continue;
      const t = tokens[i];
      const expression = meant && { start: tokens[meant.first].start, end: tokens[meant.last].end, text: meant.expression };
      out.push({ start: t.start, end: t.end, wrong: t.norm, right: p.word, expression: expression || undefined });
      break;
    }
  }
  return out;
}
