// Is a word a misspelled medical term, and what was meant? A word is flagged only when no
// lexicon knows it (medical, English, the project's therapy knowledge, the user's words) and a
// medical term is a likelier intended word than any ordinary English word.

import { termKnowledge } from '../knowledge/terms.js';
import { FLAG, type Lexicon } from './lexicon.js';
import { atMost, maxCost, suggest, type Candidate } from './suggest.js';

export interface WordContext {
  /** Words the user accepts (config `words`, user therapy names), lower case. */
  accepted: ReadonlySet<string>;
  /** A capital says nothing here: the word starts a sentence or list item, or is in a Title Case heading. */
  sentenceInitial: boolean;
  /** The word is next to another capitalised word outside a heading ("Ketamina Wellness"): a name. */
  inName?: boolean;
  /** The article uses this word (lower case) elsewhere, twice or more: a slip of it is likelier. */
  usedInArticle?: (word: string) => boolean;
}

/** Candidates this close to the best are offered too; the fix is `safe` only when there is one. */
const ALTERNATIVE_MARGIN = 0.5;
const MIN_LENGTH = 5;
/** How much closer an English word may be than a medical term the article itself uses. */
const OWN_WORD_MARGIN = 0.15;
/** Longer "words" are codes or run-together text, never a slip of one term. */
const MAX_LENGTH = 40;

/** Known in the lexicon or the accepted words, directly or as a plural of a known word. */
export function isKnown(lexicon: Lexicon, word: string, accepted: ReadonlySet<string>): boolean {
  if (accepted.has(word) || lexicon.wordFlags(word)) return true;
  if (word.endsWith('s') && (lexicon.wordFlags(word.slice(0, -1)) || accepted.has(word.slice(0, -1)))) return true;
  if (word.endsWith('es') && (lexicon.wordFlags(word.slice(0, -2)) & (FLAG.MEDICAL | FLAG.ENGLISH)) !== 0) return true;
  // The singular of a term the lexicon lists in the plural only ("superbill"); not before an "-es"
  // plural, whose singular is often a slip ("diabete").
  return !/[es]$/.test(word) && (lexicon.wordFlags(`${word}s`) & FLAG.MEDICAL) !== 0;
}

// Only affixes that coin words freely; "al" or "intra" would also excuse real slips ("spinaal").
const PREFIXES = ['un', 'anti', 'non', 'pre', 'post', 'neuro', 'hyper', 'hypo', 'micro', 'psycho', 'self', 'under', 'over', 'multi', 'tele', 'bio', 'photo', 'immuno', 'cardio'];
const SUFFIXES = ['like', 'ist', 'ists', 'ism', 'isms', 'ing', 'ly', 'ness', 'ity', 'ology', 'ologist', 'ise', 'ize', 'ised', 'ized', 'ation', 'ations'];

/** A known word with a productive prefix or suffix ("infusionist", "neuroinflammation"): a coinage, not a slip. */
function isDerived(lexicon: Lexicon, word: string, accepted: ReadonlySet<string>): boolean {
  for (const p of PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= 5 && isKnown(lexicon, word.slice(p.length), accepted)) return true;
  }
  for (const x of SUFFIXES) {
    const stem = word.slice(0, -x.length);
    // "dizzyness" is a slip for "dizziness", not a coinage.
    if (stem.endsWith('y') && !x.startsWith('i')) continue;
    if (word.endsWith(x) && stem.length >= 5 && (isKnown(lexicon, stem, accepted) || isKnown(lexicon, stem + 'e', accepted))) return true;
  }
  return false;
}

/**
 * The British spelling of a known word ("autohaemotherapy", "oedematous", "behavioural"): the
 * lexicon lists many medical words in one spelling only. Which spelling to use is term-locale's.
 */
function isBritishOfKnown(lexicon: Lexicon, word: string, accepted: ReadonlySet<string>): boolean {
  if (!/ae|oe|our/.test(word)) return false;
  const american = word.replace(/([^aeiou])ae/g, '$1e').replace(/^ae/, 'e').replace(/([^aeiou])oe/g, '$1e').replace(/^oe/, 'e').replace(/our(?=s?$|ed$|ing$|al$|able$|ite$)/, 'or');
  return american !== word && (isKnown(lexicon, american, accepted) || isDerived(lexicon, american, accepted));
}

const MISSPELLINGS = new Map(Object.entries(termKnowledge.misspellings));

/** The word meant, when `word` (lower case) is a well-known misspelling or its plural ("opiods"). */
function knownMisspelling(word: string): string | undefined {
  const right = MISSPELLINGS.get(word);
  if (right) return right;
  const singular = word.endsWith('s') ? MISSPELLINGS.get(word.slice(0, -1)) : undefined;
  return singular && `${singular}s`;
}

/** Corrections for `raw` (the source spelling), best first, or undefined when it is not a misspelling. */
export function misspelledTerm(lexicon: Lexicon, raw: string, ctx: WordContext): Candidate[] | undefined {
  if (raw.length < MIN_LENGTH || raw.length > MAX_LENGTH || !/^[A-Za-z]+$/.test(raw)) return undefined;
  // Acronyms and names with inner capitals (McKenzie, iPhone) are not spelled words.
  if (/[A-Z]/.test(raw.slice(1))) return undefined;
  const word = raw.toLowerCase();
  // A capitalised word next to another is a name ("Asprin Labs") even when it is a known slip.
  const meant = ctx.accepted.has(word) || (ctx.inName && /^[A-Z]/.test(raw)) ? undefined : knownMisspelling(word);
  if (meant) return [{ word: meant, cost: 0, score: 0, common: true }];
  if (isKnown(lexicon, word, ctx.accepted) || isDerived(lexicon, word, ctx.accepted) || isBritishOfKnown(lexicon, word, ctx.accepted)) return undefined;
  const { medical, englishCost } = suggest(lexicon, word);
  const best = medical[0];
  // ("Ozoned is a reactive gas" in an article about ozone: a slip of the article's own word beats
  // an English word hardly closer, "zoned".)
  if (!best || (englishCost < best.cost && !(best.cost - englishCost <= OWN_WORD_MARGIN && ctx.usedInArticle?.(best.word)))) return undefined;
  // A rare medical word is a weak guess for an unknown word (a brand, a name, a foreign word):
  // only a long word one cheap slip away from it counts.
  if (!best.common && (!atMost(best.cost, 0.8) || word.length < 7)) return undefined;
  // An unknown capitalised word inside a sentence is a name unless it is a near miss of a common term.
  if (ctx.inName && /^[A-Z]/.test(raw)) return undefined;
  const properNoun = /^[A-Z]/.test(raw) && !ctx.sentenceInitial;
  if (properNoun && (!atMost(best.cost, 1) || !best.common || word.length < 6)) return undefined;
  if (!atMost(best.cost, maxCost(word.length))) return undefined;
  return medical.filter((c) => c.score <= best.score + ALTERNATIVE_MARGIN).slice(0, 3);
}

/** The correction in the case of the source word (Ketamin -> Ketamine). */
export function matchCase(source: string, word: string): string {
  if (source.length > 1 && source === source.toUpperCase()) return word.toUpperCase();
  return /^[A-Z]/.test(source) ? word[0].toUpperCase() + word.slice(1) : word;
}

const FOREIGN = new Set(termKnowledge.foreignFunctionWords);

/** A sentence in another language: two of its words are function words of one, not of English. */
export function isForeignSentence(norms: readonly string[]): boolean {
  let n = 0;
  for (const w of norms) if (FOREIGN.has(w) && ++n >= 2) return true;
  return false;
}
