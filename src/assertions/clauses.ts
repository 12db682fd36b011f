// Splits a tagged sentence into clauses and finds each clause's verb group and subject.
// Boundaries: hard punctuation (; : dashes, brackets), subordinators, contrast words, relative
// pronouns after a noun, "that" after a verb, wh-words, a comma before a participle, and "and"
// or "or" between two clauses that each have a verb. What a clause does not say itself (the
// subject of "..., making it safer" or of "and reduces swelling") it takes from the clause it
// continues.

import { BARE_INFINITIVE_VERBS, PARTICLES, relativeMainVerb, type Tag, type Word } from '../language/tag.js';
import type { Clause, ClauseKind, SubjectKind, VerbGroup, WordSpan } from './types.js';
import { COMPARATOR_MODIFIERS, MECHANISM_NOUNS, OFFERING, TAKE_VERBS, nouns, verbClassOf } from './lexicon.js';
import { nounKind } from '../language/wordclasses.js';


const HARD_BREAK = /[;:()\[\]\u2014\u2013]|\s-\s|\s-$|^-\s|--|\//;
const CONTRAST = new Set(['but', 'yet', 'however', 'whereas', 'while', 'although', 'though']);
/** Prepositions that open a clause when a subject and verb follow ("after it wears off"). */
const CLAUSAL_ADP = new Set(['after', 'before', 'since', 'until', 'as', 'once']);
/** Who gives the treatment: what they do is the treatment ("our clinic has given 5,000 injections"). */
const PROVIDERS = new Set(['clinic', 'clinics', 'center', 'centre', 'centers', 'centres', 'practice', 'team', 'staff', 'spa', 'lounge', 'studio', 'office', 'provider', 'providers']);
const ANAPHORS = new Set(['it', 'they', 'this', 'these', 'that', 'those', 'them', 'its', 'which']);
const NP_TAGS: ReadonlySet<Tag> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'SYM']);
const NP_LINKS = new Set(['of', 'with', 'for', 'from', 'and', 'or', '&']);
const VERBAL: ReadonlySet<Tag> = new Set(['MODAL', 'AUX', 'VERB']);
/** Verbs whose "to" continues the verb group: "helps to reduce", "has been found to be". */
const TO_CONTINUES = new Set(['help', 'tend', 'continue', 'start', 'begin', 'seem', 'appear', 'need', 'go', 'have', 'prove', 'promise', 'claim', 'say', 'report', 'know', 'think', 'believe', 'show', 'find', 'demonstrate', 'design', 'intend', 'aim', 'use', 'expect', 'suspect', 'hope', 'be']);

/** Particles that complete a phrasal verb ("melts away", "flushes out", "switches off"): the tagger's. */
export { PARTICLES };

const isFiniteVerb = (w: Word) => w.tag === 'MODAL' || w.tag === 'AUX' || (w.tag === 'VERB' && w.form !== 'gerund' && w.form !== 'participle');

/** Does a clause start at `i`: a noun phrase, then a finite verb within a few words? */
function clauseStartsAt(words: readonly Word[], i: number, last: number, gaps?: readonly string[]): boolean {
  // "..., so there is no way to overdose": an existential "there" is a subject too.
  if (words[i]?.norm === 'there' && i + 1 <= last && isFiniteVerb(words[i + 1])) return true;
  let j = i;
  let sawNoun = false;
  // ("cupping never causes": a negation may stand between the subject and its verb.)
  // ("9 in 10 are satisfied", "nine out of ten say": a ratio is a noun phrase of people.)
  const ratioWord = (k: number) => ['in', 'out', 'of'].includes(words[k].norm) && words[k - 1]?.tag === 'NUM' && (words[k + 1]?.tag === 'NUM' || (words[k + 1]?.norm === 'of' && words[k + 2]?.tag === 'NUM'));
  while (j <= last && j < i + 6 && (NP_TAGS.has(words[j].tag) || words[j].tag === 'ADV' || (words[j].tag === 'NEG' && sawNoun) || (j > i && (ratioWord(j) || (words[j].norm === 'of' && ratioWord(j - 1))))) && !(j > i && gaps?.[j].includes(','))) {
    if (words[j].tag === 'NOUN' || words[j].tag === 'PROPN' || words[j].tag === 'PRON' || (j > i && ratioWord(j))) sawNoun = true;
    j++;
  }
  if (!sawNoun || j > last || !isFiniteVerb(words[j])) return false;
  // "... or chronic conditions is a good candidate": a plural noun before a singular verb is no
  // subject of it; the verb belongs to a subject further back.
  const head = words[j - 1];
  return !(head?.tag === 'NOUN' && /[^su]s$/.test(head.norm) && head.lemma !== head.norm && SINGULAR_VERBS.has(words[j].norm));
}

/** Regulators and health agencies by their short names. */
const AGENCIES = new Set(['fda', 'mhra', 'nice', 'ema', 'tga', 'cdc', 'nih', 'nhs', 'who', 'ftc', 'dea', 'nccih', 'fsa', 'cqc', 'asa']);

/** Verbs of saying, showing and finding, which take a clause as their object. */
export const REPORTING: ReadonlySet<string> = new Set(['show', 'prove', 'find', 'confirm', 'suggest', 'say', 'know', 'believe', 'think', 'report', 'agree', 'feel', 'mean', 'notice', 'discover', 'realise', 'realize', 'swear', 'claim', 'tell']);

/** Finite verbs that agree with a singular subject only. */
const SINGULAR_VERBS = new Set(['is', 'was', 'has', 'does']);

/**
 * The last word of a noun phrase right after a sentence's first preposition, when another noun
 * phrase with its finite verb follows at once ("after | a few months | your feet are"), else -1.
 */
function phraseBeforeSubject(words: readonly Word[], gaps: readonly string[]): number {
  let j = 1;
  while (j < words.length && ['DET', 'NUM', 'ADJ'].includes(words[j].tag)) j++;
  if (j >= words.length || words[j].tag !== 'NOUN') return -1;
  while (j + 1 < words.length && words[j + 1].tag === 'NOUN' && !gaps[j + 1].includes(',')) j++;
  const next = words[j + 1];
  return next && (next.tag === 'DET' || next.tag === 'PRON') && clauseStartsAt(words, j + 1, words.length - 1, gaps) ? j : -1;
}

/** A participle opens a clause after a comma: ", making it ...", ", potentially reversing ...". */
function isParticiple(words: readonly Word[], i: number): boolean {
  let j = i;
  if (words[j].tag === 'ADV' && words[j + 1]?.tag === 'VERB') j++;
  const w = words[j];
  return w.tag === 'VERB' && w.form === 'gerund' && w.norm !== 'including' && w.norm !== 'according';
}

/** The verb group starting at `k` (a modal, auxiliary or verb), or undefined. */
export function verbGroupAt(words: readonly Word[], k: number, last: number): VerbGroup | undefined {
  const group: VerbGroup = { first: k, last: k, head: -1, lemma: '', modals: [], negated: false, passive: false, copula: false, vagueSource: false, belief: false };
  // "Never" before the group negates it too ("Neck adjustments never cause strokes").
  if (words[k - 1]?.tag === 'NEG') group.negated = true;
  let j = k;
  let afterBe = false;
  while (j <= last) {
    const w = words[j];
    if (w.tag === 'MODAL') group.modals.push(w.norm);
    else if (w.tag === 'NEG') group.negated = group.negated || !['only', 'just', 'merely', 'simply'].includes(words[j + 1]?.norm ?? '');
    else if (w.tag === 'ADV') {
      // An adverb belongs to the group only with more of the group after it.
      const next = words[j + 1];
      if (!next || !(VERBAL.has(next.tag) || next.tag === 'NEG' || next.tag === 'ADV') || group.head < 0 && !group.modals.length && j === k) break;
    } else if (w.tag === 'AUX') {
      group.head = j;
      group.lemma = w.lemma;
      group.copula = w.lemma === 'be';
      afterBe = w.lemma === 'be';
    } else if (w.tag === 'VERB' && (w.form !== 'gerund' || afterBe || j === k || group.head >= 0)) {
      const classes = verbClassOf(w.lemma);
      group.head = j;
      group.lemma = w.lemma;
      group.copula = classes.has('copula') && w.lemma !== 'feel' && w.lemma !== 'look';
      if (afterBe && (w.form === 'participle' || w.form === 'past')) group.passive = true;
      // "is considered safe", "is regarded as effective": the complement is said of the subject.
      if (group.passive && ['consider', 'deem', 'regard', 'recognize', 'recognise', 'know', 'call', 'describe', 'rate', 'label'].includes(w.lemma)) {
        group.passive = false;
        group.copula = true;
      }
      // "has been shown to", "is proven to", "it is shown that": a finding reported from no named source
      // ("is found in hemp" is not one).
      const reported = (w.form === 'participle' || w.form === 'past') && classes.has('vagueSource') && (afterBe || words[j - 1]?.lemma === 'have' || words[j - 1]?.lemma === 'be');
      const continues = words[j + 1]?.tag === 'TO' || words[j + 1]?.norm === 'that' || ['effective', 'safe', 'successful', 'beneficial', 'useful', 'helpful', 'superior'].includes(words[j + 1]?.norm ?? '');
      if (reported && continues) group.vagueSource = true;
      if (classes.has('belief')) group.belief = true;
      afterBe = false;
      group.last = j;
      if (PARTICLES.has(words[j + 1]?.norm ?? '') && j + 1 <= last) {
        group.particle = words[j + 1].norm;
        group.last = ++j;
      } else {
        // A particle after a short object: "gives you back", "draws heavy metals out".
        for (let p = j + 2; p <= Math.min(last, j + 4); p++) {
          if (!PARTICLES.has(words[p].norm) || !(words[p + 1] === undefined || words[p + 1].tag === 'ADP' || words[p + 1].tag === 'DET' || p === last)) continue;
          if (words.slice(j + 1, p).every((x) => x.tag === 'PRON' || x.tag === 'DET' || x.tag === 'ADJ' || x.tag === 'NOUN')) group.particle = words[p].norm;
          break;
        }
      }
      const next = words[j + 1];
      if (next?.tag === 'TO' && TO_CONTINUES.has(w.lemma) && j + 2 <= last && VERBAL.has(words[j + 2].tag)) {
        j += 2;
        continue;
      }
      // "helps reduce", "help you sleep": the benefit verb is the head.
      if (w.lemma === 'help' && next?.tag === 'VERB' && next.form === 'base') {
        j++;
        continue;
      }
      break;
    } else break;
    group.last = j;
    j++;
  }
  if (group.head < 0) return undefined;
  // "is" followed by a participle adjective handled above; a bare "be" is a copula.
  return group;
}

/** The noun phrase ending at `end` (walking left), and its head. */
export function nounPhraseEndingAt(words: readonly Word[], gaps: readonly string[], endIn: number, floor: number): (WordSpan & { head: number }) | undefined {
  let end = endIn;
  while (end > floor && words[end].tag === 'ADV') end--;
  let s = end;
  while (s > floor) {
    const p = words[s - 1];
    if (gaps[s].includes(',') && !(p.tag === 'ADJ' && words[s].tag === 'ADJ')) break;
    if (NP_TAGS.has(p.tag) || (p.tag === 'ADV' && words[s].tag === 'ADJ') || (p.tag === 'VERB' && (p.form === 'participle' || p.form === 'gerund') && NP_TAGS.has(words[s].tag) && s - 1 > floor && words[s - 2].tag === 'DET')) s--;
    else if ((p.tag === 'ADP' || p.tag === 'CONJ') && NP_LINKS.has(p.norm) && s - 1 > floor && NP_TAGS.has(words[s - 2].tag)) s--;
    else break;
  }
  if (s > end || !NP_TAGS.has(words[s].tag)) {
    // Skip a leading preposition ("In some cases ketamine ..." leaves "ketamine").
    if (s <= end && words[s].tag === 'ADP') s++;
    if (s > end) return undefined;
  }
  // The head: the last noun of the first chunk, before "of"/"with" ("the side effects | of the infusions").
  let chunkEnd = end;
  for (let i = s; i <= end; i++) {
    if (words[i].tag === 'ADP' && i > s) {
      chunkEnd = i - 1;
      break;
    }
  }
  let head = chunkEnd;
  while (head > s && !(words[head].tag === 'NOUN' || words[head].tag === 'PROPN' || words[head].tag === 'PRON' || words[head].tag === 'NUM')) head--;
  // A leading "in/for/with" inside the span is not the phrase: "In some cases ketamine" -> start at the noun phrase after it.
  const innerAdp = words.slice(s, head).findIndex((w) => w.tag === 'ADP' && !NP_LINKS.has(w.norm));
  if (innerAdp >= 0) s = s + innerAdp + 1;
  // "Scientifically proven ...": an adverb alone is no noun phrase.
  if (!['NOUN', 'PROPN', 'PRON', 'NUM', 'DET', 'ADJ'].includes(words[head].tag) && words[head].norm !== 'there') return undefined;
  return { first: s, last: end, head };
}

/** Nouns whose "that" clause is their content, not a relative: "evidence that it works". */
const CONTENT_NOUNS = new Set(['evidence', 'proof', 'claim', 'idea', 'fact', 'hope', 'belief', 'sign', 'chance', 'suggestion', 'finding', 'notion', 'concern', 'possibility', 'guarantee', 'promise', 'doubt']);

/** Mechanism nouns that also name the treatment given ("the light", "the needles", "the drip"). */
const AGENT_TREATMENTS = new Set(['light', 'needle', 'drip', 'dose', 'solution', 'fluid', 'magnet', 'coil']);

/** What a subject noun phrase is about, from its head and modifiers. */
export function subjectKindOf(words: readonly Word[], np: WordSpan & { head: number }): SubjectKind {
  const head = words[np.head];
  const norms = words.map((w) => w.norm);
  if (head.norm === 'there') return 'existential';
  // "One of our pods", "each of the sessions", "most of our patients": the phrase after "of".
  // "Years of talk therapy", "months of painkillers": a course of something is that something.
  if (['one', 'each', 'some', 'any', 'several', 'few', 'both', 'none', 'all', 'many', 'most', 'years', 'months', 'decades', 'weeks', 'rounds', 'courses', 'type', 'types', 'kind', 'kinds', 'form', 'forms', 'case', 'cases', 'sort', 'sorts'].includes(head.norm) && words[np.head + 1]?.norm === 'of' && np.head + 2 <= np.last) {
    return subjectKindOf(words, { first: np.head + 2, last: np.last, head: np.last });
  }
  if (head.tag === 'PRON' || (head.tag === 'DET' && np.head === np.last)) {
    if (ANAPHORS.has(head.norm)) return 'anaphor';
    if (head.norm === 'we') return 'provider';
    if (['you', 'i', 'me', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'nobody', 'most', 'many', 'several', 'few', 'plenty'].includes(head.norm)) return 'experiencer';
    // "Nearly all say", "almost all feel": all of the people.
    if (head.norm === 'all' && ['nearly', 'almost', 'virtually', 'practically'].includes(words[np.head - 1]?.norm ?? '')) return 'experiencer';
    return 'none';
  }
  // "8 out of 10 report", "9 in 10 say": a proportion, of people unless a noun follows.
  if (head.tag === 'NUM' && np.head === np.last && ['of', 'in'].includes(words[np.head - 1]?.norm ?? '') && words.slice(Math.max(0, np.head - 4), np.head - 1).some((w) => w.tag === 'NUM')) return 'experiencer';
  // "5% of patients", "most of our clients", "the majority of people": the people are the subject.
  if ((head.tag === 'NUM' || head.norm === '%' || ['majority', 'minority', 'handful', 'rest', 'remainder', 'bulk', 'half', 'halves', 'number', 'percent', 'percentage', 'proportion', 'share', 'fraction', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths'].includes(head.norm)) && words[np.head + 1]?.norm === 'of' && np.head + 2 <= np.last) {
    return subjectKindOf(words, { first: np.head + 2, last: np.last, head: np.last });
  }
  // "The majority see firmer skin", "all but a handful report relief": a share of the people.
  if (['majority', 'minority', 'handful'].includes(head.norm) && np.head === np.last) return 'experiencer';
  // A regulator or an agency ("the FDA regulates needles as devices") is no treatment.
  if (AGENCIES.has(head.norm)) return 'person';
  // ("blood cells", "nerve cells", "connective tissue": the body's, whatever else the word names.)
  if (['cell', 'cells', 'tissue', 'tissues', 'platelet', 'platelets'].includes(head.norm) && np.head > np.first && words[np.head - 1].tag === 'NOUN') return 'body';
  // "Nothing else", "none of the others", "no other option": the subject denies every alternative.
  if (['nothing', 'none'].includes(words[np.first].norm)) return 'comparator';
  // The longest vocabulary entry that ends at the head ("side effects", "adverse events").
  let cls: string | undefined;
  for (let i = np.first; i <= np.head; i++) {
    for (const hit of nouns.at(norms, i)) {
      if (i + hit.length - 1 === np.head) {
        cls = hit.value;
        break;
      }
    }
    if (cls) break;
  }
  const modifiers = words.slice(np.first, np.head).map((w) => w.norm);
  const determiner = words[np.first].tag === 'DET' ? words[np.first].norm : undefined;
  // ("Regular adjustments", "regular sessions": how often, before a word of the treatment itself;
  // "regular medication" is another one.)
  const headIsComparator = nouns.at(norms, np.head).some((h) => h.value === 'comparator');
  const comparatorModifier = modifiers.some((m) => (COMPARATOR_MODIFIERS.has(m) && (m !== 'regular' || headIsComparator)) || nouns.at([m], 0).some((h) => h.value === 'comparator' && !nouns.at([m], 0).some((t) => t.value === 'treatment')));
  if (cls === 'comparator' || (cls === 'treatment' && (comparatorModifier || determiner === 'no'))) {
    // "the medication" in an article about a medicine is the treatment; "other medications" are not.
    if (cls === 'comparator' && nouns.at(norms, np.head).some((h) => h.value === 'treatment') && !comparatorModifier && determiner && determiner !== 'other') return 'treatment';
    return 'comparator';
  }
  if (cls === 'treatment') return 'treatment';
  if (PROVIDERS.has(head.norm)) return 'provider';
  // "The pulses create currents that stimulate nerve cells": a physical agent describes the mechanism
  // (the treatment itself, "the light", "the drip", is named by its own nouns).
  const singular = head.lemma.replace(/s$/, '');
  if (cls === undefined && (MECHANISM_NOUNS.has(head.lemma) || MECHANISM_NOUNS.has(singular)) && !AGENT_TREATMENTS.has(singular)) return 'other';
  if (cls === 'outcome' || cls === 'benefit') {
    // "The effects of chronic stress": an outcome of a complaint, not of a treatment.
    const of = words.findIndex((w, i) => i > np.head && i <= np.last && w.norm === 'of');
    if (of > 0 && words.slice(of + 1, np.last + 1).some((w) => nouns.at([w.norm], 0).some((h) => h.value === 'complaint') || nounKind(w.norm) === 'state')) return 'complaint';
    return 'outcome';
  }
  if (cls === 'experiencer') return 'experiencer';
  if (cls === 'risk') return 'risk';
  if (cls === 'complaint') return 'complaint';
  if (cls === 'verdict') return 'none';
  // "Its safety", "their effectiveness": a property of what "its" refers to (the treatment), not a condition.
  if (['its', 'their'].includes(words[np.first].norm) && ['state', 'abstract'].includes(nounKind(head.norm) ?? '')) return 'outcome';
  // Beyond the vocabulary, WordNet's sense of the head: "the brain", "sciatica", "doctors" name no treatment.
  switch (head.tag === 'PROPN' ? undefined : nounKind(head.norm)) {
    case 'body':
      return 'body';
    case 'state':
      return 'condition';
    case 'person':
      // "Our nurses", "our practitioners": the clinic's staff, whose work is the treatment it gives.
      return words.slice(np.first, np.head).some((w) => w.norm === 'our') && nounKind(head.lemma) === 'person' ? 'provider' : 'person';
    case 'abstract':
      return 'other';
    default:
      return 'name';
  }
}

/** The clause's subject is the clinic's staff ("our nurses"), not "we" or "our clinic". */
export function isStaffSubject(words: readonly Word[], clause: Clause): boolean {
  return clause.subjectKind === 'provider' && clause.subject !== undefined && nounKind(words[clause.subject.head].lemma) === 'person';
}

/** The clauses of a sentence, in order. `gaps[i]` is the text between word i-1 and word i. */
export function segment(words: readonly Word[], gaps: readonly string[]): Clause[] {
  const n = words.length;
  const clauses: Clause[] = [];
  if (!n) return clauses;
  let start = 0;
  let kind: ClauseKind = 'main';
  let opener: string | undefined;
  let introSubordinate = false;
  let hasVerb = false;
  /** A main clause that resumes after a parenthesis takes its subject from this clause. */
  let resumes: number | undefined;
  const first = words[0];
  if (first.tag === 'SCONJ' || CONTRAST.has(first.norm) || (first.tag === 'ADP' && CLAUSAL_ADP.has(first.norm) && clauseStartsAt(words, 1, n - 1, gaps))) {
    kind = CONTRAST.has(first.norm) && first.norm !== 'while' && first.norm !== 'although' && first.norm !== 'though' ? 'coordinate' : 'subordinate';
    opener = first.norm;
    introSubordinate = kind === 'subordinate';
  } else if (first.tag === 'WH' && first.norm === 'why' && clauseStartsAt(words, 1, n - 1)) {
    // A title "Why IV Hydration Is the Ultimate Cure" presupposes what follows: a main clause.
    opener = first.norm;
  } else if (first.tag === 'WH' && first.norm !== 'what') {
    kind = 'embedded';
    opener = first.norm;
  }
  // "After a few months your feet are corrected": a fronted phrase of time without its comma ends
  // where a second noun phrase, the main clause's subject, begins.
  const frontedEnd = introSubordinate && first.tag === 'ADP' ? phraseBeforeSubject(words, gaps) : -1;
  const close = (end: number) => {
    if (end >= start) clauses.push({ first: start, last: end, kind: kind === 'main' && words[start].tag === 'TO' ? 'purpose' : kind, opener, subjectKind: 'none', verbs: [], ...(resumesHere !== undefined ? { inheritsFrom: resumesHere } : {}) });
    resumesHere = undefined;
  };
  let resumesHere: number | undefined;
  for (let i = 1; i < n; i++) {
    const w = words[i];
    const g = gaps[i];
    const prev = words[i - 1];
    if (isFiniteVerb(prev)) hasVerb = true;
    let next: ClauseKind | undefined;
    if (HARD_BREAK.test(g) || i === frontedEnd + 1) {
      next = 'main';
      // "Our tincture (made from hemp) calms racing thoughts": a verb right after a parenthesis
      // that follows a verbless subject resumes the clause the parenthesis interrupted.
      const before = clauses[clauses.length - 1];
      if (g.includes(')') && (gaps[start] ?? '').includes('(') && before && isFiniteVerb(w) && !words.slice(before.first, before.last + 1).some(isFiniteVerb)) resumes = clauses.length - 1;
    }
    // ("Once in the bloodstream, ozone kills ...": a verbless opening phrase ends at its comma too.)
    else if (introSubordinate && g.includes(',') && (hasVerb || words.slice(start, i).some((x) => x.tag === 'VERB') || clauseStartsAt(words, i, n - 1, gaps))) next = 'main';
    else if ((kind === 'relative' || kind === 'subordinate' || kind === 'participle') && g.includes(',') && (isFiniteVerb(w) || (w.tag === 'ADV' && i + 1 < n && isFiniteVerb(words[i + 1]))) && clauses.length > 0 && !clauses[clauses.length - 1].verb) {
      next = 'main';
      resumes = clauses.length - 1;
    }
    // "To ease the pain, book a session", "For lasting relief, choose acupuncture": an opening
    // purpose or "for" phrase ends at its comma when an imperative follows.
    else if (g.includes(',') && start === 0 && (words[0].tag === 'TO' || words[0].norm === 'for') && w.tag === 'VERB' && w.form === 'base' && !clauses.length) next = 'main';
    else if (g.includes(',') && i > 1 && words[i].tag !== 'CONJ' && clauseStartsAt(words, i, n - 1, gaps) && (hasVerb || words[start].tag === 'ADP' || (words[start].tag === 'VERB' && words[start].form !== 'base'))) next = 'main';
    // "because the skin never touches the gas there is no danger": an existential "there" after a
    // subordinate clause with its verb opens the main clause, comma or not.
    else if ((kind === 'subordinate' || kind === 'relative') && hasVerb && w.norm === 'there' && i + 1 < n && isFiniteVerb(words[i + 1]) && !isFiniteVerb(prev)) next = 'main';
    else if (w.tag === 'SCONJ' || (w.tag === 'ADP' && CLAUSAL_ADP.has(w.norm) && clauseStartsAt(words, i + 1, n - 1, gaps))) next = CONTRAST.has(w.norm) ? 'coordinate' : 'subordinate';
    else if (CONTRAST.has(w.norm) && w.tag !== 'ADV' && i + 1 < n && (!['but', 'yet'].includes(w.norm) || clauseStartsAt(words, i + 1, n - 1) || VERBAL.has(words[i + 1].tag) || words[i + 1].tag === 'NEG')) next = 'coordinate';
    else if (w.tag === 'REL') {
      const nominal = prev.tag === 'NOUN' || prev.tag === 'PROPN' || prev.tag === 'PRON' || (prev.tag === 'NUM' && w.norm !== 'that') || (prev.tag === 'ADP' && w.norm === 'which');
      if (w.norm === 'that' && !nominal) next = 'complement';
      else if (w.norm === 'that' && nominal && (clauseStartsAt(words, i + 1, n - 1) || CONTENT_NOUNS.has(prev.lemma))) next = 'complement';
      else next = g.includes(',') || nominal ? 'relative' : 'complement';
    } else if ((w.norm === 'where' || w.norm === 'when') && (prev.tag === 'NOUN' || prev.tag === 'PROPN') && clauseStartsAt(words, i + 1, n - 1, gaps)) next = 'relative';
    else if (w.tag === 'WH' && prev.lemma === 'be' && ['where', 'why', 'how'].includes(w.norm)) next = 'main';
    else if (w.tag === 'WH' && !(w.norm === 'what' && i + 1 < n && words[i + 1].tag === 'NOUN')) next = 'embedded';
    else if (g.includes(',') && isParticiple(words, i)) next = 'participle';
    // ("a quick and painless procedure performed ...": "and" between a noun's adjectives joins them.)
    else if ((w.norm === 'and' || w.norm === 'or' || w.norm === 'so') && hasVerb && !(prev.tag === 'ADJ' && words[i + 1]?.tag === 'ADJ' && ['DET', 'ADJ', 'ADV'].includes(words[i - 2]?.tag ?? '')) && clauseStartsAt(words, i + 1, n - 1, gaps)) next = 'coordinate';
    else if ((prev.tag === 'ADJ' || (prev.tag === 'VERB' && REPORTING.has(prev.lemma))) && w.tag === 'PRON' && hasVerb && i + 1 < n && isFiniteVerb(words[i + 1])) next = 'complement';
    // "9 in 10 say their knee pain has eased", "patients tell us the ache is gone": a clause of its
    // own subject and verb after a verb of saying or finding is its complement, "that" or not.
    else if (hasVerb && ((prev.tag === 'VERB' && REPORTING.has(prev.lemma)) || (['us', 'me'].includes(prev.norm) && words[i - 2]?.lemma === 'tell')) && NP_TAGS.has(w.tag) && !['us', 'me', 'them', 'him', 'her'].includes(w.norm) && clauseStartsAt(words, i, n - 1, gaps)) next = 'complement';
    if (next) {
      close(i - 1);
      resumesHere = resumes;
      resumes = undefined;
      start = i;
      kind = next;
      // A complement without "that" ("studies show it works") starts at its subject: no opener word.
      opener = next === 'main' || next === 'participle' || (next === 'complement' && NP_TAGS.has(w.tag)) ? undefined : w.norm;
      introSubordinate = false;
      hasVerb = false;
    }
  }
  close(n - 1);
  for (let c = 0; c < clauses.length; c++) analyseClause(words, gaps, clauses, c);
  return splitOfferedPurpose(words, splitEmbedded(words, gaps, clauses));
}

/**
 * "Book IV glutathione | to brighten dull skin", "Try acupuncture | to relieve your back pain": an
 * imperative of a verb of offering, its object a treatment, then an infinitive of purpose. The
 * purpose becomes a goal clause whose subject is the object: what the treatment is offered for is
 * what the sentence says it does. (Its modality is the imperative's: analyse.ts.)
 */
function splitOfferedPurpose(words: readonly Word[], clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    const v = clause.verb;
    const to = v && clause.kind === 'main' && clause.subjectKind === 'none' && v.first === clause.first && !v.modals.length && !v.negated && OFFERING.has(words[v.head].lemma) && words[v.head].form === 'base' ? words.findIndex((w, i) => i > v.last && i < clause.last && w.tag === 'TO') : -1;
    const object = to > 0 ? { first: v!.last + 1, last: to - 1 } : undefined;
    // The object's head: its last noun, where the object is a noun phrase.
    let np: number | undefined;
    if (object && words.slice(object.first, to).every((w) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'SYM', 'NUM'].includes(w.tag))) {
      for (let i = object.first; i < to; i++) if (words[i].tag === 'NOUN' || words[i].tag === 'PROPN') np = i;
    }
    const inner = to > 0 && words[to + 1]?.tag === 'VERB' && words[to + 1].form === 'base' ? verbGroupAt(words, to + 1, clause.last) : undefined;
    if (np === undefined || !inner) {
      out.push(clause);
      continue;
    }
    const subject = { first: object!.first, last: object!.last, head: np };
    const verbs = [inner];
    // ("to brighten dull skin and fade dark spots": the verbs coordinated with it.)
    for (let i = inner.last + 1; i <= clause.last; i++) {
      if (words[i - 1].tag !== 'CONJ' || words[i].tag !== 'VERB' || words[i].form !== 'base') continue;
      const more = verbGroupAt(words, i, clause.last);
      if (more) verbs.push(more);
    }
    out.push({ ...clause, last: to - 1, verbs: clause.verbs.filter((g) => g.last < to) });
    out.push({ first: to, last: clause.last, kind: 'purpose', subject, subjectKind: subjectKindOf(words, subject), verb: inner, verbs, goal: true });
  }
  return out;
}

/**
 * A clause whose subject holds a clause of its own: "The way ketamine works to relieve pain | is
 * not understood", "Every patient we treat | walks out ...", "Patients who use ketamine to treat
 * pain | often see improvement". The first verb is inside the subject (a reduced or explicit
 * relative clause after a noun), the second is the main verb. The part before the main verb becomes
 * an embedded clause (it asserts nothing of its own) and the rest a clause whose subject is the
 * noun phrase that opened the sentence.
 */
function splitEmbedded(words: readonly Word[], gaps: readonly string[], clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    const main = clause.verbs[0];
    const opener = out.length && !out[out.length - 1].verb && out[out.length - 1].kind === 'fragment' ? out[out.length - 1] : undefined;
    // Where the outer subject ends: before a pronoun subject ("every patient | we treat"), before a
    // name after a noun that takes a clause ("the way | ketamine works"), or at the fragment before "who".
    let outer: WordSpan | undefined;
    let byContact = false;
    // ("Joints that are restored by PRP | move freely": "that" after the noun opening the sentence.)
    if (clause.kind === 'relative' && opener && out.length === 1) outer = opener;
    else if (clause.kind === 'main' && clause.subject && main) {
      const subj = clause.subject;
      const pron = words.findIndex((w, i) => i > subj.first && i <= subj.last && w.tag === 'PRON' && ['we', 'you', 'they', 'i', 'he', 'she'].includes(w.norm));
      const clauseNoun = words.findIndex((w, i) => i >= subj.first && i < subj.last && CLAUSE_NOUNS.has(w.norm));
      // "The change our patients describe | is ...": a second noun phrase right after a noun
      // opens a relative clause without "that".
      const contact = words.findIndex((w, i) => i > subj.first && i < subj.last && CONTACT_DETERMINERS.has(w.norm) && words[i - 1].tag === 'NOUN' && !gaps[i].trim());
      if (pron > subj.first) outer = { first: subj.first, last: pron - 1 };
      else if (contact > subj.first) {
        outer = { first: subj.first, last: contact - 1 };
        byContact = true;
      }
      else if (clauseNoun >= subj.first) outer = { first: subj.first, last: clauseNoun };
      // "Stem cells injected into the knee | regrow ...": a participle right after the subject
      // opens a reduced relative clause when a finite verb follows.
      else if (reduced(words, clause, main)) outer = { first: subj.first, last: subj.last };
    }
    // After a relative clause on the sentence's subject, a verb agreeing with that subject right
    // after the relative's object is the main verb ("Patients who try ketamine | feel better").
    const afterRelative = clause.kind === 'relative' && outer === opener;
    let second = outer && main ? findUnlinkedGroup(words, gaps, clause, main, reduced(words, clause, main), afterRelative) : -1;
    // (A clause without "that" ends at its verb's phrase: a comma after it ends the sentence's
    // subject too, "the molecule your cells use for energy, so every cell ... can repair".)
    if (byContact && second > 0 && gaps.slice(main!.last + 1, second + 1).some((g) => g.includes(','))) second = -1;
    if (!outer || second < 0) {
      out.push(clause);
      continue;
    }
    const head: Clause = { ...clause, last: second - 1, kind: clause.kind === 'relative' ? 'relative' : 'embedded', verbs: clause.verbs.filter((g) => g.last < second) };
    const tail: Clause = { first: second, last: clause.last, kind: 'main', subjectKind: 'none', verbs: [] };
    analyseClause(words, gaps, [tail], 0);
    // The tail opens with its finite verb, which a clause read alone takes for a bare participle.
    if (!tail.verb && words[second].tag === 'VERB') {
      const g = verbGroupAt(words, second, tail.last);
      if (g) Object.assign(tail, { verb: g, verbs: [g], kind: 'main' });
    }
    // The outer subject's head comes before its first preposition ("ketamine | at the low doses").
    const adp = words.findIndex((w, i) => i > outer!.first && i <= outer!.last && w.tag === 'ADP');
    const np = (adp > outer.first && nounPhraseEndingAt(words, gaps, adp - 1, outer.first)) || nounPhraseEndingAt(words, gaps, outer.last, outer.first);
    if (np) {
      tail.subject = np;
      tail.subjectKind = subjectKindOf(words, np);
    }
    out.push(head, tail);
  }
  return out.map((c, i) => (c.inheritsFrom !== undefined && c.inheritsFrom >= i ? { ...c, inheritsFrom: i > 0 ? i - 1 : undefined } : c));
}

/** Determiners that open the subject of a relative clause without "that" ("the change | our patients describe"). */
const CONTACT_DETERMINERS = new Set(['our', 'your', 'their', 'my', 'his', 'her', 'the', 'most', 'many']);

/** Nouns a clause can follow without "that": "the way it works", "the reason it helps". */
const CLAUSE_NOUNS = new Set(['way', 'reason', 'extent', 'degree', 'time', 'moment', 'day', 'fact', 'thing', 'things', 'everything', 'anything', 'something', 'results', 'treatment', 'relief', 'difference', 'care']);

/** A main clause whose first verb is a bare participle right after its subject ("cells injected into ..."). */
const reduced = (words: readonly Word[], clause: Clause, main: VerbGroup) =>
  clause.subject !== undefined && !main.modals.length && main.first === main.head && main.first === clause.subject.last + 1 && words[main.head].tag === 'VERB' && (words[main.head].form === 'past' || words[main.head].form === 'participle');

/**
 * Index of a finite verb group after `main` in the clause, not joined to it by "and", "or" or a
 * comma. After a reduced relative, a base form after a noun is one too ("... into the knee regrow").
 */
function findUnlinkedGroup(words: readonly Word[], gaps: readonly string[], clause: Clause, main: VerbGroup, afterParticiple = false, afterRelative = false): number {
  for (let i = main.last + 1; i <= clause.last; i++) {
    const w = words[i];
    const finite =
      w.tag === 'AUX' ||
      w.tag === 'MODAL' ||
      (w.tag === 'VERB' && w.form === 'third') ||
      (w.tag === 'VERB' && w.form === 'base' && words[i - 1].tag === 'ADV') ||
      (afterParticiple && w.tag === 'VERB' && (w.form === 'base' || w.form === 'past') && ['NOUN', 'PROPN'].includes(words[i - 1].tag)) ||
      (afterRelative && w.tag === 'VERB' && relativeMainVerb(words, i, gaps));
    if (!finite || words[i - 1].tag === 'TO' || words[i - 1].tag === 'CONJ' || words[i - 1].tag === 'REL' || gaps[i].includes(',')) continue;
    // (A conjunction between nouns joins noun phrases: "knee pain due to trauma or chronic conditions | is".)
    const nounJoin = (k: number) => words[k].tag === 'CONJ' && ['NOUN', 'PROPN'].includes(words[k - 1]?.tag ?? '') && ['ADJ', 'NOUN', 'DET', 'PROPN'].includes(words[k + 1]?.tag ?? '');
    if (words.slice(main.last + 1, i).some((x, k) => (x.tag === 'CONJ' && !nounJoin(main.last + 1 + k)) || x.tag === 'REL' || x.tag === 'SCONJ' || x.tag === 'WH')) return -1;
    return i;
  }
  return -1;
}

function analyseClause(words: readonly Word[], gaps: readonly string[], clauses: Clause[], c: number) {
  const clause = clauses[c];
  let from = clause.first + (clause.opener ? 1 : 0);
  if (clause.kind === 'coordinate' && ['and', 'or', 'but', 'yet', 'however', 'whereas'].includes(words[clause.first].norm)) from = clause.first + 1;
  // The verb group: the first modal, auxiliary or finite verb (a participle clause starts with
  // its verb); then any verb coordinated with it ("stimulates X and reduces Y", "is safe, gentle and works").
  const startsGroup = (i: number) => {
    const w = words[i];
    if (i > from && words[i - 1].tag === 'TO') return false; // "to repair": a purpose or complement
    if (w.tag === 'MODAL' || w.tag === 'AUX') return true;
    if (w.tag === 'VERB' && (w.form !== 'gerund' || i === from || (i === from + 1 && words[from].tag === 'ADV'))) return true;
    return w.tag === 'NEG' && i + 1 <= clause.last && VERBAL.has(words[i + 1].tag);
  };
  let k = -1;
  let gerundSubject: (WordSpan & { head: number }) | undefined;
  for (let i = from; i <= clause.last && k < 0; i++) if (startsGroup(i)) k = i;
  // A bare participle before a later finite verb modifies a noun ("drips designed for X include ...",
  // "Given these results, ..."); a gerund that opens a main clause with a finite verb after it is its
  // subject ("Protecting your brain is your cranium").
  if (k >= 0 && words[k].tag === 'VERB' && ((words[k].form === 'participle' || words[k].form === 'past') && (k === from || ['by', 'for', 'with', 'in', 'to', 'from', 'at'].includes(words[k + 1]?.norm ?? '')) || (words[k].form === 'gerund' && k === from && clause.kind !== 'participle'))) {
    let later = -1;
    for (let i = k + 1; i <= clause.last && later < 0; i++) if ((words[i].tag === 'AUX' || words[i].tag === 'MODAL' || (words[i].tag === 'VERB' && (words[i].form === 'third' || (words[i].form === 'base' && words[i - 1].tag !== 'TO')))) && words[i - 1].tag !== 'TO') later = i;
    // A gerund subject names an activity, which can be the treatment ("Floating in our pods resets ...").
    if (later > 0 && words[k].form === 'gerund' && k === from) gerundSubject = { first: k, last: later - 1, head: k };
    if (later > 0) k = later;
    else if (k === from && words[k].form !== 'gerund') k = -1;
  }
  if (k >= 0) {
    const main = verbGroupAt(words, k, clause.last);
    if (main) {
      clause.verb = main;
      clause.verbs.push(main);
      for (let i = main.last + 1; i <= clause.last; i++) {
        // "lets you skip surgery", "helps patients avoid it": a bare infinitive after a verb of
        // letting and its one-word object is a verb group of its own.
        const enabled = words[i].tag === 'VERB' && words[i].form === 'base' && ['PRON', 'NOUN'].includes(words[i - 1].tag) && clause.verbs.some((v) => v.last === i - 2 && BARE_INFINITIVE_VERBS.has(words[v.head].lemma));
        const joined = words[i - 1].tag === 'CONJ' || gaps[i].includes(',') || enabled;
        if (!joined || !startsGroup(i) || (words[i].tag === 'VERB' && words[i].form === 'gerund')) continue;
        const more = verbGroupAt(words, i, clause.last);
        if (!more) continue;
        // A coordinated verb without its own modal keeps the main one's ("may reduce X and improve Y").
        // "may induce X and provides Y": a finite verb after "and" is outside the modal.
        if (!more.modals.length && words[more.head].form === 'base') more.modals = [...main.modals];
        // "may be turned by hand or stimulated with currents": a bare participle after a passive
        // stands under the same modal.
        if (main.passive && !more.modals.length && more.first === more.head && ['participle', 'past'].includes(words[more.head].form ?? '')) more.modals = [...main.modals];
        clause.verbs.push(more);
        i = more.last;
      }
    }
  }
  const previous = () => {
    for (let p = c - 1; p >= 0; p--) if (clauses[p].subject || clauses[p].inheritsFrom !== undefined) return p;
    return c > 0 ? c - 1 : undefined;
  };
  if (clause.kind === 'relative') {
    const np = nounPhraseEndingAt(words, gaps, clause.first - 1, 0);
    // "which severely restricts": adverbs between the pronoun and the verb leave the antecedent the subject.
    if (np && (k < 0 || words.slice(from, k).every((w) => w.tag === 'ADV' || w.tag === 'NEG'))) {
      clause.subject = np;
      clause.subjectKind = subjectKindOf(words, np);
      clause.inheritsFrom = c > 0 ? c - 1 : undefined;
      return;
    }
  }
  if (gerundSubject) {
    const inner = nounPhraseEndingAt(words, gaps, gerundSubject.last, gerundSubject.first + 1);
    const kind = inner ? subjectKindOf(words, inner) : 'name';
    clause.subject = gerundSubject;
    clause.subjectKind = ['body', 'condition', 'complaint', 'person'].includes(kind) ? kind : 'name';
    return;
  }
  if (k > from) {
    // "Our exosome therapy, drawn from donated tissue, heals ...": a parenthetical participle
    // phrase between commas stands between the subject and its verb.
    let parenthetical = -1;
    if ((gaps[k] ?? '').includes(',')) {
      for (let p = k - 1; p > from && parenthetical < 0; p--) if ((gaps[p] ?? '').includes(',')) parenthetical = p;
      // ("Stem cell therapy, widely used for ..., is": adverbs before the participle.)
      let q = parenthetical;
      while (q > 0 && q < k - 1 && words[q].tag === 'ADV') q++;
      const w = parenthetical > 0 ? words[q] : undefined;
      if (!w || !((w.tag === 'VERB' && (w.form === 'participle' || w.form === 'past')) || (w.tag === 'ADJ' && /(?:ed|en)$/.test(w.norm)))) parenthetical = -1;
    }
    let np = (parenthetical > 0 && nounPhraseEndingAt(words, gaps, parenthetical - 1, from)) || nounPhraseEndingAt(words, gaps, k - 1, from);
    if (np) {
      let kind = subjectKindOf(words, np);
      // "A glutathione push at the end of your drip mops up ...", "Three minutes in the cold plunge
      // flips ...": the subject is the phrase before the preposition, or, when that names a time,
      // a quantity or an abstraction, the phrase after it.
      const adp = np.first - 1;
      if (adp > from && words[adp].tag === 'ADP' && !NP_LINKS.has(words[adp].norm) && !gaps[adp + 1].includes(',')) {
        const before = nounPhraseEndingAt(words, gaps, adp - 1, from);
        if (before) {
          const outer = subjectKindOf(words, before);
          const vague = outer === 'other' || outer === 'none' || (outer === 'name' && words[before.head].tag === 'NUM');
          // (Only a treatment after it takes over: "the evidence for PRP in tennis elbow" is evidence.)
          if (!vague || !['treatment', 'name', 'anaphor', 'provider', 'comparator', 'outcome', 'risk', 'experiencer', 'complaint'].includes(kind)) {
            np = { first: before.first, last: np.last, head: before.head };
            kind = outer;
          } else np = { first: before.first, last: np.last, head: np.head };
        }
      }
      clause.subject = np;
      clause.subjectKind = kind;
      // "It is important to ...", "it is best that ...": a dummy subject, about nothing.
      const v = clause.verb;
      if (np.first === np.last && words[np.head].norm === 'it' && v?.copula) {
        let a = v.last + 1;
        while (a <= clause.last && words[a].tag === 'ADV') a++;
        const after = words[a + 1];
        // ("It is safe to inject", "it is fine to combine": the treatment is what the verb takes.)
        const safeToTake = ['safe', 'harmless', 'fine', 'okay', 'ok'].includes(words[a]?.norm ?? '') && after?.tag === 'TO' && (TAKE_VERBS.has(words[a + 2]?.lemma ?? '') || ['inject', 'combine', 'mix', 'repeat'].includes(words[a + 2]?.lemma ?? ''));
        if (!safeToTake && (words[a]?.tag === 'ADJ' || words[a]?.tag === 'NOUN') && after && (after.tag === 'TO' || after.norm === 'that' || (after.norm === 'for' && words.slice(a, clause.last + 1).some((w) => w.tag === 'TO')))) clause.subjectKind = 'other';
      }
      return;
    }
  }
  if (k === from && c > 0 && clause.kind !== 'main') clause.inheritsFrom = previous();
  else if (k < 0) {
    clause.kind = clause.kind === 'main' && c === 0 ? 'fragment' : clause.kind;
    // A verbless phrase ("Semaglutide, which ...") is what a later clause may take as its subject.
    const np = nounPhraseEndingAt(words, gaps, clause.last, from);
    if (np && np.first === from) {
      clause.subject = np;
      clause.subjectKind = subjectKindOf(words, np);
    }
  }
}
