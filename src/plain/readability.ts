// Reading grade of an article and of its paragraphs: SMOG (McLaughlin 1969), the formula health
// literacy studies trust for patient materials, and Flesch-Kincaid (Kincaid et al. 1975) beside
// it, both from the sentences and tokens of the document model (no second parse).
//
// Prose only: a sentence is a string of words ended by a full stop, a question mark or an
// exclamation mark, as the SMOG instructions define it. Headings, table cells, list fragments
// ("Nausea", "Skin swelling"), lead-ins that end in a colon, bylines and buttons are left out:
// counting them as sentences would make a page look easier to read than its paragraphs are.

import type { Doc, Sentence } from '../core/document.js';
import { forEachWord, syllablesIn } from './words.js';

export interface Counts {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables (SMOG's count). */
  polysyllables: number;
}

export interface Measure {
  counts: Counts;
  smog: number;
  fleschKincaid: number;
  /** The source range measured (the whole prose, or one paragraph). */
  start: number;
  end: number;
}

export interface Readability {
  /** Undefined when the article has fewer than MIN_SENTENCES prose sentences. */
  article?: Measure;
  /** Every paragraph with its own measure, in document order (rules choose which to judge). */
  paragraphs: Measure[];
}

/** Fewer sentences than this give no grade: the formulas are averages over sentences. */
export const MIN_SENTENCES = 3;

/** SMOG grade: 1.043 × √(polysyllables × 30 / sentences) + 3.1291. */
export const smog = (c: Counts): number => 1.043 * Math.sqrt((c.polysyllables * 30) / c.sentences) + 3.1291;

/** Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export const fleschKincaid = (c: Counts): number => 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;

const FULL_STOP = /[.!?…]["'”’)\]*_]*$/;

/** Sentences of running prose (see the note at the top). */
export function isProse(sentence: Sentence): boolean {
  const { block } = sentence;
  if (block.type !== 'paragraph' || block.headingLike) return false;
  return FULL_STOP.test(sentence.text.trimEnd());
}

/** Counts for one sentence (words, syllables, polysyllables); sentences = 1. */
export function sentenceCounts(sentence: Sentence, text: string): Counts {
  let syllables = 0;
  let polysyllables = 0;
  const words = forEachWord(sentence, text, (start, end, token) => {
    // A one-token word is looked up by its lower-case form, with no slice of the text.
    const n = syllablesIn(token && token.end === end ? token.norm : text.slice(start, end));
    syllables += n;
    if (n >= 3) polysyllables++;
  });
  return { sentences: 1, words, syllables, polysyllables };
}

const add = (a: Counts, b: Counts): Counts => ({
  sentences: a.sentences + b.sentences,
  words: a.words + b.words,
  syllables: a.syllables + b.syllables,
  polysyllables: a.polysyllables + b.polysyllables,
});
const ZERO: Counts = { sentences: 0, words: 0, syllables: 0, polysyllables: 0 };

const measure = (counts: Counts, start: number, end: number): Measure => ({ counts, smog: smog(counts), fleschKincaid: fleschKincaid(counts), start, end });

const MEMO = 'plain.readability';

/** The article's and its paragraphs' readability (computed once per lint, shared by the rule and the summary). */
export function readabilityOf(doc: Doc): Readability {
  const memo = doc.memo.get(MEMO) as Readability | undefined;
  if (memo) return memo;
  let total = ZERO;
  let first = -1;
  let last = -1;
  const paragraphs: Measure[] = [];
  let block = -1;
  let para = ZERO;
  let paraStart = 0;
  let paraEnd = 0;
  const closeParagraph = () => {
    if (para.sentences) paragraphs.push(measure(para, paraStart, paraEnd));
    para = ZERO;
  };
  // A plain loop: the summary reads this after the rules' time budget is reset, and a rule's
  // for...of over doc.sentences already stops at the budget.
  for (let i = 0; i < doc.sentences.length; i++) {
    const sentence = doc.sentences[i];
    if (!isProse(sentence)) continue;
    const counts = sentenceCounts(sentence, doc.text);
    if (!counts.words) continue;
    if (sentence.blockIndex !== block) {
      closeParagraph();
      block = sentence.blockIndex;
      paraStart = sentence.start;
    }
    paraEnd = sentence.end;
    para = add(para, counts);
    total = add(total, counts);
    if (first < 0) first = sentence.start;
    last = sentence.end;
  }
  closeParagraph();
  const result: Readability = { paragraphs, ...(total.sentences >= MIN_SENTENCES ? { article: measure(total, first, last) } : {}) };
  doc.memo.set(MEMO, result);
  return result;
}

/** One decimal, as grades are reported. */
export const grade = (n: number): number => Math.round(n * 10) / 10;
