// A bare yes/no answer under a question heading makes the question's claim: "Is TMS safe?"
// followed by "Absolutely." says "TMS is safe". Words come from claims.yaml (answers).

import type { Doc, Sentence } from '../core/document.js';
import { claimKnowledge, type ClaimKind } from '../knowledge/claims.js';

const A = claimKnowledge.answers;
const YES = new Set(A.yes);
const NO = new Set(A.no);
const QUESTIONS = A.questions.map((q) => ({ ...q, words: new Set(q.words) }));

export interface Answer {
  kind: ClaimKind;
  start: number;
  end: number;
}

/**
 * The claim a sentence makes as the answer to the question just before it, when the question
 * stands alone as a heading or line and the answer is one word ("Yes." "Absolutely!" "No.").
 * A longer answer ("Yes, for most adults") qualifies itself and is judged by its own words.
 */
export function answerClaim(doc: Doc, sentence: Sentence): Answer | undefined {
  const words = sentence.tokens.filter((t) => t.kind === 'word');
  if (words.length !== 1 || sentence.index === 0) return undefined;
  const question = doc.sentences[sentence.index - 1];
  if (!/\?\s*$/.test(question.text) || question.blockIndex === sentence.blockIndex) return undefined;
  if (question.start !== question.block.start) return undefined; // the question opens its own block
  const word = words[0].norm;
  const answer = YES.has(word) ? 'yes' : NO.has(word) ? 'no' : undefined;
  if (!answer) return undefined;
  const stems = new Set(question.tokens.map((t) => t.norm));
  const asked = QUESTIONS.find((q) => q.answer === answer && [...q.words].some((w) => stems.has(w)));
  return asked && { kind: asked.kind, start: words[0].start, end: words[0].end };
}
