// Right words in the wrong place: a real word that sounds like the medical term meant
// ("umbilical chord", "prostrate cancer", "side affects"). The patterns in terms.yaml give the
// medical context, so the word on its own is never flagged. Compiled once per process.

import { PhraseMatcher } from '../core/phrases.js';
import type { Token } from '../core/tokens.js';
import { termKnowledge } from '../knowledge/terms.js';

const matcher = new PhraseMatcher(termKnowledge.confusables.map((c) => ({ pattern: c.pattern, value: c })));

export interface ConfusableFinding {
  /** The range of the wrong word. */
  start: number;
  end: number;
  /** The source text of the whole phrase ("umbilical chord"). */
  phraseStart: number;
  phraseEnd: number;
  wrong: string;
  right: string;
}

/** Confusable words in one sentence: the wrong token of each match and its replacement prefix. */
export function confusablesIn(tokens: readonly Token[]): ConfusableFinding[] {
  const out: ConfusableFinding[] = [];
  for (const m of matcher.match(tokens)) {
    for (let i = m.first; i <= m.last; i++) {
      if (!tokens[i].norm.startsWith(m.value.wrong)) continue;
      if (out.some((o) => o.start === tokens[i].start)) break;
      out.push({ start: tokens[i].start, end: tokens[i].end, phraseStart: m.start, phraseEnd: m.end, wrong: m.value.wrong, right: m.value.right });
      break;
    }
  }
  return out;
}
