// A part-of-speech guess for each token of a sentence, good enough to find a clause's subject,
// verb group and complement: closed word classes from english.yaml, the open-class words the
// assertion data knows (with their word class), suffixes, and a word's neighbours for the words
// that can be a noun or a verb ("a cure" / "it cures"). No statistical model: every decision
// here can be read and changed.

import type { Token } from '../core/tokens.js';
import { english } from '../knowledge/english.js';
import { comparativeOf, isChangeVerb, isIntransitiveVerb, nounKind, wordnetAdjective, wordnetAdverb, wordnetVerb } from './wordclasses.js';

export type Tag =
  | 'DET'
  | 'PRON'
  | 'MODAL'
  | 'AUX'
  | 'NEG'
  | 'ADP'
  | 'TO'
  | 'CONJ'
  | 'SCONJ'
  | 'REL'
  | 'WH'
  | 'ADV'
  | 'ADJ'
  | 'NOUN'
  | 'PROPN'
  | 'VERB'
  | 'NUM'
  | 'SYM';

import type { VerbForm } from './types.js';

export type { VerbForm };

export interface Word {
  token: Token;
  norm: string;
  tag: Tag;
  /** Dictionary form for known words; the lower-case token otherwise. */
  lemma: string;
  form?: VerbForm;
}

/** Words whose "to" is a preposition, not an infinitive: "back to work", "close to home", "due to stress". */
const TO_PREPOSITION = new Set(['back', 'close', 'closer', 'next', 'due', 'thanks', 'according', 'prior', 'similar', 'equal', 'relative', 'contrary', 'owing']);
const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const DETERMINERS = set(english.determiners);
const PRONOUNS = set(english.pronouns);
const MODALS = set(english.modals);
const AUXILIARIES = set(english.auxiliaries);
const PREPOSITIONS = set(english.prepositions);
const COORDINATORS = set(english.coordinators);
const SUBORDINATORS = set(english.subordinators.filter((s) => !s.includes(' ')));
const NEGATORS = set(english.negators);
const NUMBERS = set(english.numbers);
const ADVERBS = set(english.adverbs);
const WH = set(english.wh);

const BE: Record<string, VerbForm> = { be: 'base', is: 'third', are: 'base', am: 'base', was: 'past', were: 'past', been: 'participle', being: 'gerund', "'s": 'third', "'re": 'base', "'m": 'base' };
const HAVE: Record<string, VerbForm> = { have: 'base', has: 'third', had: 'past', having: 'gerund', "'ve": 'base' };
const DO: Record<string, VerbForm> = { do: 'base', does: 'third', did: 'past' };

/** Irregular verb forms: form -> [lemma, form]. */
const IRREGULAR = new Map<string, [string, VerbForm]>();
for (const [base, past, participle, third] of english.irregularVerbs) {
  IRREGULAR.set(past, [base, 'past']);
  if (participle !== past) IRREGULAR.set(participle, [base, 'participle']);
  else IRREGULAR.set(past, [base, 'past']);
  if (third) IRREGULAR.set(third, [base, 'third']);
}

/** Open-class words the caller knows, by word class (the assertion data's vocabulary). */
export interface Vocabulary {
  /** Verb lemma of a form, with the form ("restores" -> ["restore", "third"]). */
  verb(norm: string): [string, VerbForm] | undefined;
  /** Noun lemma of a form ("effects" -> "effect"). */
  noun(norm: string): string | undefined;
  adjective(norm: string): boolean;
  /** Does `norm` before `next` start a multiword noun of the vocabulary ("talk" before "therapy")? */
  compound?(norm: string, next: string): boolean;
}

const ADJ_SUFFIX = /(?:ous|ive|able|ible|al|ic|ful|less|ary|ant|ent|ish|like)$/;
const NOUN_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|ence|ism|ist|ship|hood|ure|ogy|ics|ia|itis)$/;

/** What a token can be before its neighbours are looked at. */
interface Lexical {
  tag: Tag;
  lemma: string;
  form?: VerbForm;
  verb?: [string, VerbForm];
  noun?: string;
  /** The verb reading is a rare sense: only a verb's own slot (after a modal, "to", a relative pronoun) makes it one. */
  rare?: boolean;
}

function lexicalTag(t: Token, vocabulary: Vocabulary, first: boolean): Lexical {
  const w = t.norm;
  if (t.kind === 'number') return { tag: 'NUM', lemma: w };
  if (t.kind === 'symbol') return { tag: w === '%' ? 'NUM' : 'SYM', lemma: w };
  if (w === 'to') return { tag: 'TO', lemma: w };
  // An irregular plural is a noun ("People at low risk ..."), whatever rare verb it spells.
  if (Object.hasOwn(english.irregularNouns, w)) return { tag: 'NOUN', lemma: english.irregularNouns[w], noun: english.irregularNouns[w] };
  if (NEGATORS.has(w) && !['none', 'nothing', 'nobody', 'without', 'no', 'neither', 'nor'].includes(w)) return { tag: 'NEG', lemma: w };
  if (w === 'nor' || w === 'neither') return { tag: 'CONJ', lemma: w };
  if (MODALS.has(w)) return { tag: 'MODAL', lemma: w };
  if (w in BE) return { tag: 'AUX', lemma: 'be', form: BE[w] };
  if (w in HAVE) return { tag: 'AUX', lemma: 'have', form: HAVE[w] };
  if (w in DO) return { tag: 'AUX', lemma: 'do', form: DO[w] };
  if (AUXILIARIES.has(w)) return { tag: 'AUX', lemma: w };
  if (w === 'that' || w === 'which' || w === 'who' || w === 'whom' || w === 'whose') return { tag: 'REL', lemma: w };
  if (WH.has(w)) return { tag: 'WH', lemma: w };
  if (DETERMINERS.has(w)) return { tag: 'DET', lemma: w };
  if (PRONOUNS.has(w)) return { tag: 'PRON', lemma: w };
  if (COORDINATORS.has(w)) return { tag: 'CONJ', lemma: w };
  if (SUBORDINATORS.has(w) && !PREPOSITIONS.has(w)) return { tag: 'SCONJ', lemma: w };
  if (PREPOSITIONS.has(w)) return { tag: 'ADP', lemma: w };
  if (NUMBERS.has(w)) return { tag: 'NUM', lemma: w };
  if (ADVERBS.has(w)) return { tag: 'ADV', lemma: w };
  const verb = vocabulary.verb(w) ?? (IRREGULAR.get(w) as [string, VerbForm] | undefined);
  const noun = vocabulary.noun(w);
  const adjective = vocabulary.adjective(w);
  if (verb && !noun && !adjective) {
    // A verb of the vocabulary spelled like a common noun ("sound", "feel", "result") may be either.
    const wn = nounKind(w) !== undefined && (verb[1] === 'base' || verb[1] === 'third');
    // As a noun, a third-person form is a plural spelled the same way: "studies" -> "study".
    const nounLemma = verb[1] === 'third' ? verb[0] : w;
    return wn ? { tag: 'NOUN', lemma: nounLemma, verb, noun: nounLemma } : { tag: 'VERB', lemma: verb[0], form: verb[1], verb };
  }
  if (noun && !verb) {
    // A noun of the vocabulary spelled like a common verb ("answers", "results", "aids") may be either.
    const v = wordnetVerb(w);
    if (v?.common && !adjective && (v.form === 'third' || v.form === 'base')) return { tag: 'NOUN', lemma: noun, noun, verb: [v.lemma, v.form] };
    return { tag: adjective ? 'ADJ' : 'NOUN', lemma: noun, noun };
  }
  if (adjective && !verb) return { tag: 'ADJ', lemma: w };
  if (verb || noun) return { tag: noun ? 'NOUN' : 'VERB', lemma: noun ?? verb![0], verb, noun, form: verb?.[1] };
  if (t.capital && !first) return { tag: 'PROPN', lemma: w };
  // WordNet's classes for the rest of the vocabulary. A verb spelled like a noun wins only when
  // it is a common verb ("harness", "seal"); then the neighbours decide.
  const v = wordnetVerb(w);
  const wnVerb: [string, VerbForm] | undefined = v && [v.lemma, v.form];
  const wnNoun = nounKind(w) !== undefined;
  const wnAdjective = wordnetAdjective(w);
  if (wnVerb && wnNoun) {
    const nounLemma = wnVerb[1] === 'third' ? wnVerb[0] : w;
    return { tag: 'NOUN', lemma: nounLemma, verb: wnVerb, noun: nounLemma, rare: !v!.common };
  }
  if (wnVerb && !wnAdjective) return { tag: 'VERB', lemma: wnVerb[0], form: wnVerb[1], verb: wnVerb };
  if (wnAdjective && !wnNoun) return wnVerb && (wnVerb[1] === 'participle' || wnVerb[1] === 'past' || wnVerb[1] === 'gerund') ? { tag: 'VERB', lemma: wnVerb[0], form: wnVerb[1], verb: wnVerb } : { tag: 'ADJ', lemma: w };
  if (wordnetAdverb(w) && !wnNoun) return { tag: 'ADV', lemma: w };
  if (wnNoun) return { tag: 'NOUN', lemma: w };
  if (w.endsWith('ly') && w.length > 4) return { tag: 'ADV', lemma: w };
  // Unknown verbs still show their form: "suffering", "developed".
  if (w.endsWith('ing') && w.length > 5) return { tag: 'VERB', lemma: w, form: 'gerund' };
  // (A capitalised word no dictionary knows is a name, whatever its ending: "LumaBed", "Vitaled".)
  if (w.endsWith('ed') && w.length > 4) return t.capital ? { tag: 'PROPN', lemma: w } : { tag: 'VERB', lemma: w, form: 'participle' };
  // A comparative WordNet does not list: "tighter", "clearer", "healthier".
  if (comparativeOf(w)) return { tag: 'ADJ', lemma: w };
  if (NOUN_SUFFIX.test(w)) return { tag: 'NOUN', lemma: w };
  if (ADJ_SUFFIX.test(w)) return { tag: 'ADJ', lemma: w };
  return { tag: 'NOUN', lemma: w };
}

/** Makes `w` the verb WordNet knows it as, in `form`; false when it is no such verb. */
function retagAsVerb(w: Word, form: 'third' | 'base'): boolean {
  const v = wordnetVerb(w.norm);
  if (!v || v.form !== form) return false;
  w.tag = 'VERB';
  w.form = form;
  w.lemma = v.lemma;
  return true;
}

/** Makes `w` a noun with `lemma` (a verb form read in a noun's place). */
function retagAsNoun(w: Word, lemma: string): void {
  w.tag = 'NOUN';
  w.form = undefined;
  w.lemma = lemma;
}

/** Determiners that open an object ("plays a role", "offers the ..."). */
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'your', 'their', 'our', 'its', 'his', 'her', 'this', 'these', 'every', 'each']);

/** Particles of phrasal verbs ("speeds up", "flushes out"). */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'off', 'away', 'back']);
/** Verbs whose object is followed by a bare infinitive ("lets you skip surgery", "makes them feel calm"). */
export const BARE_INFINITIVE_VERBS: ReadonlySet<string> = new Set(['let', 'make', 'help', 'watch']);
/** A modal and its base verb stand before `i` in the sentence, with no other finite verb between. */
function underModal(words: readonly Word[], i: number): boolean {
  for (let k = i - 2; k >= 0; k--) {
    const w = words[k];
    if (w.tag === 'VERB' && w.form === 'base') return k > 0 && (words[k - 1].tag === 'MODAL' || (words[k - 1].tag === 'ADV' && words[k - 2]?.tag === 'MODAL'));
    if (w.tag === 'VERB' || w.tag === 'AUX' || w.tag === 'SCONJ' || w.tag === 'REL') return false;
  }
  return false;
}

/** Nouns of a share of the people counted ("the majority", "a handful"). */
const COLLECTIVES = new Set(['majority', 'minority', 'handful', 'rest', 'remainder', 'bulk']);
/** Quantifiers that, alone before a verb, are its subject: the people they count. */
const QUANTIFIER_PRONOUNS = new Set(['most', 'many', 'several', 'few', 'all', 'both', 'some', 'plenty']);
/** Adverbs of degree before a quantifier ("nearly all", "almost all"). */
const DEGREE = new Set(['nearly', 'almost', 'virtually', 'practically']);

/** A list of examples opens before word `i` ("such as", "including", "like"): what follows are its items. */
function examplesBefore(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 20; k--) {
    const w = words[k].norm;
    if ((w === 'as' && words[k - 1]?.norm === 'such') || w === 'including' || (w === 'like' && words[k].tag === 'ADP')) return true;
    if (words[k].tag === 'VERB' && words[k].form !== 'gerund') return false;
  }
  return false;
}

/** Whether a finite verb follows within eight words, before a comma or a word that opens a clause. */
function finiteAhead(words: readonly Word[], from: number, gaps?: readonly string[]): boolean {
  for (let k = from; k < words.length && k < from + 8; k++) {
    const w = words[k];
    if (gaps && k > from && (gaps[k] ?? '').includes(',')) return false;
    if (w.tag === 'CONJ' || w.tag === 'REL' || w.tag === 'SCONJ' || w.tag === 'WH') return false;
    if (w.tag === 'AUX' || w.tag === 'MODAL' || (w.tag === 'VERB' && (w.form === 'third' || w.form === 'past'))) return true;
  }
  return false;
}

/** Whether a finite verb stands in the stretch of words before `p` since the last clause break (or comma). */
function finiteBefore(words: readonly Word[], p: number, gaps?: readonly string[]): boolean {
  for (let k = p; k >= 0; k--) {
    const w = words[k];
    if (gaps && k < p && /[,;:]/.test(gaps[k + 1] ?? '')) return false;
    if (w.tag === 'CONJ' || w.tag === 'REL' || w.tag === 'SCONJ' || w.tag === 'WH') return false;
    if (w.tag === 'AUX' || w.tag === 'MODAL' || (w.tag === 'VERB' && (w.form === 'third' || w.form === 'past'))) return true;
  }
  return false;
}

/** Tags that end a noun phrase to the left of a verb ("the drip | flushes"). */
const NOMINAL: ReadonlySet<Tag> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Tags for a sentence's tokens. Words that may be a noun or a verb are decided by the word
 * before them: after a determiner, adjective or preposition a noun; after a modal, "to", an
 * auxiliary, a negator or a noun phrase (with a verb ending that fits) a verb.
 */
export function tagSentence(tokens: readonly Token[], vocabulary: Vocabulary, gapsIn?: readonly string[]): Word[] {
  const words: Word[] = [];
  // A bracket bounds a phrase as a comma does: "cures pain (our clinic)" has no verb "pain".
  const gaps = gapsIn?.map((g) => (/[()[\]]/.test(g) && !g.includes(',') ? `${g},` : g));
  // A word after a colon, dash or bullet starts a sentence of its own: its capital says nothing.
  const initial = (i: number) => i === 0 || (gaps !== undefined && /[:;\u2014\u2013•]|^\s*-\s|\(/.test(gaps[i] ?? ''));
  // In Title Case a capital says nothing about names.
  const titleCase = tokens.length >= 3 && tokens.filter((t) => t.kind === 'word' && t.capital).length >= tokens.filter((t) => t.kind === 'word').length * 0.6;
  const lex = tokens.map((t, i) => lexicalTag(titleCase ? { ...t, capital: false } : t, vocabulary, initial(i)));
  const next = (i: number) => i + 1 < tokens.length;
  const hyphen = (i: number) => gaps !== undefined && i > 0 && /^[-\u2010\u2011]$/.test(gaps[i]);
  for (let i = 0; i < lex.length; i++) {
    const l = lex[i];
    // "doctor-led", "science-backed": a participle ending a hyphenated word is an adjective.
    if (hyphen(i) && l.verb && (l.verb[1] === 'participle' || l.verb[1] === 'past' || l.verb[1] === 'gerund')) lex[i] = { tag: 'ADJ', lemma: tokens[i].norm };
    // "shots kick-start your metabolism": a hyphenated word between a noun and an object is a verb.
    else if (hyphen(i) && i >= 2 && (lex[i - 2].tag === 'NOUN' || lex[i - 2].tag === 'PRON' || lex[i - 2].tag === 'PROPN') && !hyphen(i - 1) && wordnetVerb(tokens[i].norm) && i + 1 < lex.length && ['DET', 'PRON'].includes(lex[i + 1].tag)) {
      const v = wordnetVerb(tokens[i].norm)!;
      lex[i - 1] = { tag: 'ADV', lemma: tokens[i - 1].norm };
      lex[i] = { tag: 'VERB', lemma: `${tokens[i - 1].norm}-${v.lemma}`, form: v.form, verb: [`${tokens[i - 1].norm}-${v.lemma}`, v.form] };
    }
    // "stem-cell results", "trigger-point pain": the word after a hyphenated word is its noun.
    else if (i > 1 && hyphen(i - 1) && !hyphen(i) && l.noun && l.verb && !(gaps?.[i] ?? '').includes(',')) lex[i] = { tag: 'NOUN', lemma: l.noun, noun: l.noun };
  }
  for (let i = 0; i < tokens.length; i++) {
    // "that talk therapy can't": the first word of a known compound noun is a noun, whatever else it can be.
    if (i + 1 < tokens.length && (lex[i].verb !== undefined || lex[i].tag === 'ADJ') && vocabulary.compound?.(tokens[i].norm, tokens[i + 1].norm)) lex[i] = { tag: 'NOUN', lemma: tokens[i].norm, noun: tokens[i].norm };
    // ... and so is its last ("the stem cells home in", not "the stem | cells").
    if (i > 0 && lex[i].verb !== undefined && lex[i].noun !== undefined && vocabulary.compound?.(tokens[i - 1].norm, tokens[i].norm)) lex[i] = { tag: 'NOUN', lemma: lex[i].noun!, noun: lex[i].noun };
    // "back to work", "back to normal", "back to your routine": a place returned to, not an infinitive.
    // So after the first word of a compound preposition: "close to home", "next to the clinic", "due to stress".
    const after = lex[i + 2];
    if (TO_PREPOSITION.has(tokens[i].norm) && tokens[i + 1]?.norm === 'to' && after && after.verb?.[1] !== 'gerund' && (after.noun !== undefined || ['DET', 'PRON', 'ADJ'].includes(after.tag))) {
      lex[i + 1] = { tag: 'ADP', lemma: 'to' };
      if (tokens[i].norm !== 'back' && lex[i].noun !== undefined) lex[i] = { tag: 'ADV', lemma: tokens[i].norm };
    }
    if (lex[i - 1]?.tag === 'ADP' && tokens[i - 1].norm === 'to' && lex[i].noun !== undefined && lex[i].verb?.[1] !== 'gerund') lex[i] = { tag: 'NOUN', lemma: lex[i].noun!, noun: lex[i].noun };
    const l = lex[i];
    let tag = l.tag;
    let lemma = l.lemma;
    let form = l.form;
    if (l.verb && l.noun) {
      // Skip adverbs back to the word that decides ("it quickly relieves", "will also help").
      let p = i - 1;
      while (p >= 0 && words[p].tag === 'ADV') p--;
      const prev = p >= 0 ? words[p] : undefined;
      const asVerb = () => {
        tag = 'VERB';
        lemma = l.verb![0];
        form = l.verb![1];
      };
      const asNoun = () => {
        tag = 'NOUN';
        lemma = l.noun!;
        form = undefined;
      };
      if (!prev) {
        // Sentence-initial: a base form opens an imperative ("Boost your energy"), else a noun.
        const objectNext = lex[1] && (lex[1].tag === 'DET' || lex[1].tag === 'PRON' || lex[1].tag === 'ADJ' || lex[1].tag === 'ADV' || ((lex[1].tag === 'TO' || lex[1].tag === 'ADP') && (wordnetVerb(tokens[0].norm)?.common ?? false) && !vocabulary.noun(tokens[0].norm)));
        // ("Stress melts away": a third-person verb next makes the first word its subject.)
        const subjectOfNext = lex[1]?.verb?.[1] === 'third' && (!lex[1].noun || ['away', 'off', 'out', 'up', 'down', 'in', 'back'].includes(tokens[2]?.norm ?? ''));
        // "Flushes toxins from your liver" (a list of what a product does): a third-person form
        // before an object that cannot be a verb has its subject elided.
        // ("Speeds up muscle recovery", "burns up to 800 calories": the same past a particle.)
        const particleObject = PARTICLES.has(tokens[1]?.norm ?? '') && lex[2] !== undefined && (['DET', 'PRON', 'NUM', 'TO'].includes(lex[2].tag) || ((lex[2].tag === 'NOUN' || lex[2].tag === 'ADJ') && (!lex[2].verb || lex[3]?.tag === 'NOUN')));
        const elided = l.verb[1] === 'third' && lex[1] && (['DET', 'PRON'].includes(lex[1].tag) || (lex[1].tag === 'NOUN' && !lex[1].verb) || (lex[1].tag === 'ADJ' && !lex[1].verb && lex[2]?.tag === 'NOUN' && !lex[2].verb) || particleObject);
        if (elided) asVerb();
        else if (l.verb[1] === 'base' && tokens.length > 1 && lex[1].tag !== 'AUX' && lex[1].tag !== 'MODAL' && !subjectOfNext && (objectNext || vocabulary.verb(tokens[i].norm))) asVerb();
        else asNoun();
      } else if (wordnetAdjective(tokens[i].norm) && (prev.lemma === 'be' || ((prev.tag === 'NEG' || prev.tag === 'ADV') && p > 0 && words[p - 1].lemma === 'be'))) {
        // "is not true", "is very comforting": an adjective after a copula.
        tag = 'ADJ';
        lemma = tokens[i].norm;
        form = undefined;
      } else if (prev.tag === 'MODAL' || prev.tag === 'TO' || prev.tag === 'NEG' || prev.tag === 'REL' || (prev.tag === 'AUX' && prev.lemma === 'do')) asVerb();
      else if (prev.tag === 'VERB' && prev.lemma === 'help' && l.verb[1] === 'base') asVerb();
      else if (prev.tag === 'ADP' && l.verb[1] === 'gerund' && next(i) && ['DET', 'PRON', 'NOUN', 'ADJ', 'NUM'].includes(lex[i + 1].tag)) asVerb();
      // A rare verb sense still wins in agreement with a singular subject before its object:
      // "Red light therapy zaps acne".
      else if (l.rare && !(l.verb[1] === 'third' && (prev.tag === 'NOUN' || prev.tag === 'PROPN') && !/s$/.test(prev.norm) && next(i) && (['DET', 'PRON', 'ADJ'].includes(lex[i + 1].tag) || (lex[i + 1].tag === 'NOUN' && !lex[i + 1].verb)))) asNoun();
      else if (l.rare) asVerb();
      // "Microneedling gives you ...", "Dry needling gets ...": a gerund opening the sentence (after
      // at most a modifier) is the subject of the verb after it.
      else if ((p === 0 || (p === 1 && ['ADJ', 'NOUN'].includes(words[0].tag))) && prev.tag === 'VERB' && prev.form === 'gerund' && l.verb[1] === 'third') asVerb();
      // "hormone levels than creams": nothing is a verb right before "than".
      else if (tokens[i + 1]?.norm === 'than' && l.verb[1] === 'third') asNoun();
      // ", sweating out heavy metals", ", making it easier": after a comma, a gerund with its particle
      // or object opens a participle clause.
      else if (l.verb[1] === 'gerund' && gaps?.[i].includes(',') && next(i) && (['DET', 'PRON', 'ADJ', 'NUM'].includes(lex[i + 1].tag) || ['out', 'up', 'off', 'away', 'down', 'back'].includes(tokens[i + 1].norm))) asVerb();
      else if (gaps?.[i].includes(',') && finiteBefore(words, p, gaps)) asNoun();
      else if (finiteBefore(words, p, gaps) && (l.verb[1] === 'third' || l.verb[1] === 'base')) asNoun();
      else if (tokens[i].norm === 'last' && /^(?:for|up|forever|a|an|several|years?|months?|weeks?|days?|longer|\d)/.test(tokens[i + 1]?.norm ?? '')) asVerb();
      else if (prev.tag === 'AUX' && (prev.lemma === 'have' || prev.lemma === 'be') && (l.verb[1] === 'participle' || l.verb[1] === 'past' || l.verb[1] === 'gerund')) asVerb();
      // "8 out of 10 report", "9 in 10 say": a proportion of people is a subject.
      else if (prev.tag === 'NUM' && (l.verb[1] === 'base' || l.verb[1] === 'past') && ['of', 'in'].includes(words[p - 1]?.norm ?? '') && words.slice(Math.max(0, p - 4), p - 1).some((w) => w.tag === 'NUM')) asVerb();
      else if (prev.tag === 'DET' || prev.tag === 'ADJ' || prev.tag === 'ADP' || prev.tag === 'NUM') asNoun();
      else if (prev.tag === 'NOUN' && wordnetAdjective(prev.norm) && (p === 0 || words[p - 1].tag === 'DET' || words[p - 1].tag === 'ADP' || titleCase)) {
        // "potential benefits", "natural healing": an adjective-noun before a noun.
        prev.tag = 'ADJ';
        asNoun();
      } else if (NOMINAL.has(prev.tag) && (l.verb[1] === 'third' || l.verb[1] === 'past' || l.verb[1] === 'base')) {
        // "it cures", "stem cells stimulate"; but "pain relief", "a hair boost" are compounds
        // (a singular noun or a name before a base form is a compound: "cartilage repair").
        const prevPlural = prev.tag === 'PRON' || (/s$/.test(prev.norm) && prev.tag !== 'PROPN') || (Object.hasOwn(english.irregularNouns, prev.norm) && english.irregularNouns[prev.norm] !== prev.norm);
        if (l.verb[1] === 'third' || l.verb[1] === 'past' || prevPlural) asVerb();
        else asNoun();
      } else if (prev.tag === 'AUX' && prev.lemma === 'be') asNoun();
      else if (prev.tag === 'CONJ' && i >= 2) {
        // Coordination of verb phrases: "relieves pain and cures depression", "boost your energy and
        // flush out toxins": the same verb form as the stretch's last verb, then an object.
        let verbBefore: Word | undefined;
        for (let k = p - 1; k >= 0 && !verbBefore; k--) {
          if (words[k].tag === 'VERB' || words[k].tag === 'AUX' || words[k].tag === 'MODAL') verbBefore = words[k];
          else if (words[k].tag === 'REL' || words[k].tag === 'SCONJ' || (gaps?.[k + 1] ?? '').match(/[;:]/)) break;
        }
        const objectNext = i + 1 < tokens.length && ['DET', 'PRON', 'NOUN', 'ADJ', 'NUM'].includes(lex[i + 1].tag) || ['away', 'off', 'out', 'up', 'down', 'back'].includes(tokens[i + 1]?.norm ?? '');
        const sameForm = verbBefore && (verbBefore.form === l.verb[1] || (verbBefore.tag === 'MODAL' && l.verb[1] === 'base'));
        // "Book your infusion on Monday and feel like yourself": imperatives joined by "and".
        const imperatives = verbBefore === words[0] && verbBefore.form === 'base' && l.verb[1] === 'base' && lex[i + 1]?.tag === 'ADP';
        if (sameForm && (objectNext || imperatives)) asVerb();
        else asNoun();
      } else if (l.verb[1] === 'gerund') asVerb();
      else asNoun();
    }
    words.push({ token: tokens[i], norm: tokens[i].norm, tag, lemma, form });
  }
  return fixOpenClass(words, lex.map((l) => l.verb !== undefined || l.noun !== undefined || l.tag === 'ADJ'), titleCase, gaps, tokens.map((t) => vocabulary.verb(t.norm) !== undefined));
}

/** Pronouns that can be a clause's subject, those that can only be an object, and possessives (which never follow a plural noun). */
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'this', 'that', 'which', 'who', 'each', 'one']);
const OBJECT_PRONOUNS = new Set(['me', 'us', 'them', 'him']);
const POSSESSIVES = new Set(['your', 'their', 'our', 'his', 'my', 'its']);
/** A word that can head a verb phrase of its own ("the side effects you | feel"). */
const isVerbLike = (w: Word) => w.tag === 'VERB' || w.tag === 'AUX' || w.tag === 'MODAL' || wordnetVerb(w.norm)?.form === 'base';

/** Verbs that take a gerund for what goes on, starts or stops ("keeps regenerating"). */
const ASPECTUAL = new Set(['keep', 'stop', 'start', 'begin', 'continue', 'quit', 'finish', 'resume']);

const IMPERATIVES = new Set(english.imperatives);

/** A noun phrase of one to four words from `from`, then "to" and a verb's base form. */
function purposeAfterObject(words: readonly Word[], from: number): boolean {
  for (let k = from; k < Math.min(words.length - 1, from + 5); k++) {
    if (words[k].tag === 'TO') return k > from && words[k + 1].tag === 'VERB' && words[k + 1].form === 'base';
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'SYM', 'NUM'].includes(words[k].tag) && !(k === from && words[k].tag === 'VERB' && words[k].form === 'gerund')) return false;
  }
  return false;
}

/** A noun in the plural ("patients", not "stress" or "news"): the subject a base-form verb agrees with. */
const isPluralNoun = (w: Word) => /[^s]s$/.test(w.norm) && w.lemma !== w.norm;

/** The form of a present-tense verb agreeing with subject noun `w`. */
const agreeingForm = (w: Word) => (isPluralNoun(w) ? 'base' : 'third');

/**
 * "The relief our patients feel is immediate", "the dose the doctor gives is small": in a noun
 * phrase, a second determiner and noun, then a word that can be a verb agreeing with that noun and
 * then an auxiliary: a relative clause without "that", whose verb the word at `i` is.
 */
function contactClauseVerb(words: readonly Word[], i: number, gaps?: readonly string[]): boolean {
  const prev = words[i - 1];
  if (i < 3 || prev.tag !== 'NOUN' || words[i - 2].tag !== 'DET' || !['NOUN', 'PROPN'].includes(words[i - 3].tag) || !['AUX', 'MODAL'].includes(words[i + 1]?.tag ?? '')) return false;
  if ((gaps?.[i] ?? ' ').trim() || (gaps?.[i - 2] ?? ' ').trim() || (gaps?.[i + 1] ?? ' ').trim()) return false;
  const v = wordnetVerb(words[i].norm);
  return v !== undefined && (v.form === agreeingForm(prev) || v.form === 'past');
}

/**
 * "Patients who try ketamine feel better", "joints that are restored by PRP move freely": after a
 * relative clause on the noun phrase opening the sentence, a word that can be a verb agreeing with
 * that noun, right after the relative's object and before a modifier or an object, is the main
 * verb, not a compound's last noun. The relative holds one verb group.
 */
export function relativeMainVerb(words: readonly Word[], i: number, gaps?: readonly string[]): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  if (i < 4 || !['NOUN', 'PROPN'].includes(prev.tag) || (gaps?.[i] ?? ' ').trim()) return false;
  if (next && !['ADV', 'ADJ', 'DET', 'PRON', 'NUM', 'ADP', 'TO'].includes(next.tag)) return false;
  const rel = words.findIndex((w) => w.tag === 'REL');
  if (rel < 1 || rel > 5 || !['who', 'that'].includes(words[rel].norm) || !['NOUN', 'PROPN'].includes(words[rel - 1].tag)) return false;
  if (!words.slice(0, rel).every((w) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.tag))) return false;
  // One verb group right after the pronoun, then its object or agent: no other verb before `i`.
  let k = rel + 1;
  while (k < i && ['AUX', 'MODAL', 'NEG', 'ADV'].includes(words[k].tag)) k++;
  if (k >= i || words[k].tag !== 'VERB') return false;
  for (let j = k + 1; j < i; j++) if (['VERB', 'AUX', 'MODAL', 'REL', 'SCONJ', 'CONJ'].includes(words[j].tag) || (gaps?.[j] ?? ' ').trim()) return false;
  return wordnetVerb(words[i].norm)?.form === agreeingForm(words[rel - 1]);
}

/**
 * "Our tincture (made from hemp) calms racing thoughts": right after a parenthesis that follows a
 * noun phrase with no verb before it, a third-person form is the verb the parenthesis interrupted.
 */
function verbAfterParenthesis(words: readonly Word[], i: number, gaps?: readonly string[]): boolean {
  const next = words[i + 1];
  if (!gaps?.[i]?.includes(')') || i < 2 || !next || ['AUX', 'MODAL'].includes(next.tag) || (next.tag === 'VERB' && next.form !== 'gerund')) return false;
  let open = i - 1;
  while (open > 0 && !gaps[open].includes('(')) open--;
  if (open < 1 || !['NOUN', 'PROPN'].includes(words[open - 1].tag)) return false;
  if (words.slice(0, open).some((w) => ['VERB', 'AUX', 'MODAL'].includes(w.tag) && w.form !== 'participle')) return false;
  return wordnetVerb(words[i].norm)?.form === 'third';
}

/**
 * "The healing response triggered by the platelets repairs the tendon": after a reduced relative
 * clause on the sentence's subject (a participle and its agent after "by"), a word that can be a
 * verb agreeing with the subject, before a determiner, is the main verb.
 */
function verbAfterAgent(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || !(next.tag === 'DET' || POSSESSIVES.has(next.norm) || OBJECT_PRONOUNS.has(next.norm))) return false;
  let k = i - 1;
  while (k > 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(words[k].tag)) k--;
  const participle = words[k - 1];
  if (k === i - 1 || words[k].norm !== 'by' || !participle || participle.tag !== 'VERB' || !['past', 'participle'].includes(participle.form ?? '')) return false;
  const head = words[k - 2];
  if (!head || !['NOUN', 'PROPN'].includes(head.tag) || !words.slice(0, k - 2).every((w) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.tag))) return false;
  return wordnetVerb(words[i].norm)?.form === agreeingForm(head);
}

/** "Patients all get faster healing": after a plural subject and a floating "all" or "both", a verb. */
function verbAfterFloatingQuantifier(words: readonly Word[], i: number): boolean {
  const q = words[i - 1];
  const subject = words[i - 2];
  if (!q || !subject || !['all', 'both'].includes(q.norm) || !words[i + 1]) return false;
  const plural = subject.tag === 'PRON' ? ['they', 'we', 'you'].includes(subject.norm) : ['NOUN', 'PROPN'].includes(subject.tag) && isPluralNoun(subject);
  return plural && wordnetVerb(words[i].norm)?.form === 'base';
}

/** "before you leave the chair", "until you finish": after a word of time and a subject pronoun, a verb. */
function verbAfterTimePronoun(words: readonly Word[], i: number): boolean {
  const pronoun = words[i - 1];
  const opener = words[i - 2];
  if (!pronoun || !opener || !['before', 'after', 'until', 'till', 'once', 'when'].includes(opener.norm)) return false;
  const form = ['you', 'we', 'they', 'i'].includes(pronoun.norm) ? 'base' : ['he', 'she', 'it'].includes(pronoun.norm) ? 'third' : undefined;
  return form !== undefined && wordnetVerb(words[i].norm)?.form === form;
}

/** The last finite verb before `i` is a verb in the third person, with no clause opener between. */
function thirdPersonSeries(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k];
    if (['REL', 'SCONJ', 'WH', 'AUX', 'MODAL'].includes(w.tag)) return false;
    if (w.tag === 'VERB' && w.form !== 'gerund' && w.form !== 'participle') return w.form === 'third';
  }
  return false;
}

/**
 * Second pass over open-class words, by their neighbours:
 * - a verb form right after a determiner is a noun ("the ends") or, before a noun, an adjective;
 * - a past or present participle between a determiner, adjective or list comma and a noun is an
 *   adjective ("damaged cartilage", "reduced mobility", "the infused medicine");
 * - an unknown word ending in -s right after a relative pronoun, an adverb, a pronoun or a singular
 *   noun, and before a determiner or noun, is a verb ("that cushions the ends", "it balances the body").
 */
function fixOpenClass(words: Word[], known: boolean[], titleCase: boolean, gaps?: readonly string[], vocabularyVerb?: readonly boolean[]): Word[] {
  // In a list of verb phrases opened by a colon (see below).
  let listOfVerbs = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = words[i - 1];
    const next = words[i + 1];
    // "May 6" is a month; "each can of water" a container; "once a week" how often.
    if (w.tag === 'MODAL' && ((w.norm === 'may' && w.token.capital && i > 0 && next?.tag === 'NUM') || (prev?.tag === 'DET' && next?.norm === 'of'))) {
      w.tag = 'NOUN';
      continue;
    }
    // "No one leaves without ...", "every one of them": "one" after a quantifier is the pronoun, and
    // a third-person form right after it its verb ("leaves", not the plural of "leaf").
    if (w.norm === 'one' && prev && (prev.norm === 'no' || prev.norm === 'every')) {
      w.tag = 'PRON';
      w.form = undefined;
      const v = next && next.tag === 'NOUN' ? wordnetVerb(next.norm) : undefined;
      if (next && v && v.form === 'third') {
        next.tag = 'VERB';
        next.form = 'third';
        next.lemma = v.lemma;
      }
      continue;
    }
    // "Your joint keeps regenerating", "the pain stops returning": a third-person form before a
    // gerund is the verb that governs it, and the word before it a noun.
    if (w.tag === 'NOUN' && next?.tag === 'VERB' && next.form === 'gerund' && prev && (prev.tag === 'NOUN' || prev.tag === 'ADJ') && /s$/.test(w.norm)) {
      const v = wordnetVerb(w.norm);
      if (v && v.form === 'third' && ASPECTUAL.has(v.lemma)) {
        w.tag = 'VERB';
        w.form = 'third';
        w.lemma = v.lemma;
        if (prev.tag === 'ADJ' && nounKind(prev.norm) !== undefined) prev.tag = 'NOUN';
        continue;
      }
    }
    // "Book IV glutathione to brighten ...", "Try acupuncture to relieve ...": a verb of a call to
    // action opening the sentence, before a short noun phrase and an infinitive, is the imperative.
    if (i === 0 && (w.tag === 'NOUN' || (w.tag === 'VERB' && w.form === 'base')) && IMPERATIVES.has(w.norm) && purposeAfterObject(words, 1)) {
      w.tag = 'VERB';
      w.form = 'base';
      w.lemma = w.norm;
      // ("Try cupping to ...": the activity tried is a noun.)
      if (next.tag === 'VERB' && next.form === 'gerund') retagAsNoun(next, next.norm);
      continue;
    }
    // "to brighten dull skin": a base form right after a verb's base form and before a noun, that
    // is also an adjective, describes the noun (the first verb's object).
    if (w.tag === 'VERB' && w.form === 'base' && prev?.tag === 'VERB' && prev.form === 'base' && words[i - 2]?.tag === 'TO' && next?.tag === 'NOUN' && wordnetAdjective(w.norm) && !(gaps?.[i] ?? ' ').trim()) {
      w.tag = 'ADJ';
      w.form = undefined;
      w.lemma = w.norm;
      continue;
    }
    // "your back pain", "the lower back muscles": after a determiner, a word read as an adverb
    // before a noun is a part of the body naming it.
    if (w.tag === 'ADV' && prev?.tag === 'DET' && next?.tag === 'NOUN' && nounKind(w.norm) === 'body') {
      retagAsNoun(w, w.norm);
      continue;
    }
    if (w.tag === 'NOUN' && (contactClauseVerb(words, i, gaps) || relativeMainVerb(words, i, gaps) || verbAfterParenthesis(words, i, gaps) || verbAfterAgent(words, i) || verbAfterFloatingQuantifier(words, i) || verbAfterTimePronoun(words, i))) {
      const v = wordnetVerb(w.norm)!;
      w.tag = 'VERB';
      w.form = v.form;
      w.lemma = v.lemma;
      continue;
    }
    // "every treatment leaves you stronger", "it sets off a burst": a third-person form between a
    // subject and an object pronoun (or a particle and its object) is the verb. (Not "the side
    // effects you feel": there a verb follows the pronoun, which is its subject.)
    // A gerund opening a clause is a subject too ("floating lowers your cortisol"), and a plural noun
    // is never followed by a possessive determiner ("patients your" is no phrase; "gives patients
    // their" has a verb before the noun).
    const gerundSubject = prev?.tag === 'VERB' && prev.form === 'gerund' && (i < 2 || ['REL', 'CONJ', 'SCONJ', 'DET', 'ADJ'].includes(words[i - 2].tag));
    if (w.tag === 'NOUN' && /[^s]s$/.test(w.norm) && prev && (prev.tag === 'NOUN' || gerundSubject || (prev.tag === 'PRON' && SUBJECT_PRONOUNS.has(prev.norm))) && next) {
      const after = words[i + 2];
      const object = OBJECT_PRONOUNS.has(next.norm) || POSSESSIVES.has(next.norm) || (next.norm === 'you' && after !== undefined && ['ADJ', 'ADV', 'DET', 'NOUN', 'NUM'].includes(after.tag) && !isVerbLike(after)) || (PARTICLES.has(next.norm) && after !== undefined && ['DET', 'PRON', 'NUM'].includes(after.tag));
      const v = object ? wordnetVerb(w.norm) : undefined;
      if (v && v.form === 'third') {
        w.tag = 'VERB';
        w.form = 'third';
        w.lemma = v.lemma;
        if (PARTICLES.has(next.norm)) next.tag = 'ADP';
        continue;
      }
    }
    // "Sessions lower cortisol levels.": a third-person form ending a verb's noun object is the
    // object's plural head when the verb is one of change, which takes no clause ("studies show
    // acupuncture helps" has a verb of showing).
    if (w.tag === 'VERB' && w.form === 'third' && prev?.tag === 'NOUN' && i >= 2 && words[i - 2].tag === 'VERB' && isChangeVerb(words[i - 2].lemma) && nounKind(w.norm) !== undefined && (!next || ['ADP', 'CONJ', 'SCONJ', 'REL'].includes(next.tag))) {
      retagAsNoun(w, w.lemma);
      continue;
    }
    // "one in three", "one out of five", "one session": a number, not the pronoun.
    if (w.norm === 'one' && w.tag === 'PRON' && next && (next.tag === 'NOUN' || next.tag === 'ADJ' || ((next.norm === 'in' || next.norm === 'out') && words.slice(i + 2, i + 4).some((x) => x.tag === 'NUM')))) {
      w.tag = 'NUM';
      continue;
    }
    // "pain-free", "drug-free", "risk-free": a hyphenated word ending in an adjective is one.
    if (gaps && i > 0 && /^[-\u2010\u2011]$/.test(gaps[i]) && w.tag !== 'ADJ' && wordnetAdjective(w.norm) && ['free', 'proof', 'safe', 'friendly', 'tight', 'resistant', 'related', 'based'].includes(w.norm)) {
      w.tag = 'ADJ';
      w.form = undefined;
      if (prev.tag === 'VERB') prev.tag = 'NOUN';
      continue;
    }
    // "no longer need", "no longer suffer": one adverb of time, and the word after it the verb.
    if (w.norm === 'no' && next?.norm === 'longer') {
      w.tag = 'ADV';
      next.tag = 'ADV';
      next.lemma = 'longer';
      next.form = undefined;
      const after = words[i + 2];
      const v = after && after.tag !== 'VERB' && after.tag !== 'AUX' && after.tag !== 'MODAL' ? wordnetVerb(after.norm) : undefined;
      if (after && v && v.form !== 'gerund' && v.form !== 'participle') {
        after.tag = 'VERB';
        after.form = v.form;
        after.lemma = v.lemma;
      }
      i++;
      continue;
    }
    // "you can't overdose", "it will not bruise": after a modal and its "not", a word WordNet
    // has as a verb is that verb in its base form, not a noun.
    if (w.tag === 'NOUN' && prev?.tag === 'NEG' && words[i - 2]?.tag === 'MODAL' && (!next || !['NOUN', 'ADJ'].includes(next.tag))) {
      const v = wordnetVerb(w.norm);
      if (v && v.form === 'base') {
        w.tag = 'VERB';
        w.form = 'base';
        w.lemma = v.lemma;
        continue;
      }
    }
    // "Most notice a difference", "many stop taking their pills": a quantifier opening a clause
    // right before its verb (read as a noun after it: "stop") stands alone for the people it
    // counts. (Not "most side effects pass", "some people find": a verb form before a noun or a
    // verb is a noun itself.)
    // ("Nearly all say", "almost all feel": after an adverb of degree too; "plenty have put".)
    const opens = i === 0 || prev.tag === 'CONJ' || (gaps?.[i] ?? '').includes(',') || (DEGREE.has(prev.norm) && (i === 1 || words[i - 2].tag === 'CONJ' || (gaps?.[i - 1] ?? '').includes(',')));
    if (QUANTIFIER_PRONOUNS.has(w.norm) && w.tag !== 'PRON' && next && opens) {
      const finiteAfter = ['AUX', 'MODAL'].includes(words[i + 2]?.tag ?? '') || (words[i + 2]?.tag === 'VERB' && words[i + 2].form !== 'gerund');
      const nounAsVerb = next.tag === 'NOUN' && !/s$/.test(next.norm) && !['NOUN', 'PROPN'].includes(words[i + 2]?.tag ?? '') && !finiteAfter && nounKind(next.norm) !== 'person' && !Object.hasOwn(english.irregularNouns, next.norm) && !(gaps?.[i + 2] ?? '').includes(',') && ['base', 'past'].includes(wordnetVerb(next.norm)?.form ?? '');
      const finite = (next.tag === 'VERB' && (next.form === 'base' || next.form === 'past')) || ((next.tag === 'AUX' || next.tag === 'MODAL') && next.form !== 'third');
      if (finite || nounAsVerb) {
        if (nounAsVerb) {
          const v = wordnetVerb(next.norm)!;
          next.tag = 'VERB';
          next.form = v.form;
          next.lemma = v.lemma;
        }
        w.tag = 'PRON';
        continue;
      }
    }
    // "TMS lets you step off the medication", "it makes them feel calm": after a verb of letting or
    // making and its object pronoun, a base form is the bare infinitive.
    if (w.tag === 'NOUN' && prev?.tag === 'PRON' && ['you', 'them', 'us', 'me', 'him', 'her'].includes(prev.norm) && words[i - 2]?.tag === 'VERB' && BARE_INFINITIVE_VERBS.has(words[i - 2].lemma) && retagAsVerb(w, 'base')) continue;
    // "live with that constant ache": "that" after a preposition and before a noun is a determiner.
    // (A word after it that can be a noun is one: "with that ache".)
    if (w.norm === 'that' && w.tag === 'REL' && prev?.tag === 'ADP' && next && (['ADJ', 'NOUN'].includes(next.tag) || (next.tag === 'VERB' && next.form === 'base' && nounKind(next.norm) !== undefined && words[i + 2]?.tag !== 'PRON'))) {
      w.tag = 'DET';
      if (next.tag === 'VERB') {
        next.tag = 'NOUN';
        next.lemma = next.norm;
        next.form = undefined;
      }
      continue;
    }
    // "You will be free of migraines", "patients become calm": a base form after "be" or a verb of
    // becoming cannot be a verb; when it can be an adjective, it is one.
    if (w.tag === 'VERB' && w.form === 'base' && w.lemma !== 'be' && prev && ((prev.tag === 'AUX' && prev.lemma === 'be') || (prev.tag === 'VERB' && ['become', 'stay', 'remain'].includes(prev.lemma))) && wordnetAdjective(w.norm) && next?.tag !== 'TO') {
      w.tag = 'ADJ';
      w.lemma = w.norm;
      w.form = undefined;
      continue;
    }
    // "What the drips do for you: boost immunity, flush out toxins, and restore hydration": after a
    // colon, and through the list it opens, an item that starts with a base form and its object
    // is a verb phrase.
    const itemStart = (gaps?.[i] ?? '').includes(':') || (listOfVerbs && ((gaps?.[i] ?? '').includes(',') || prev?.tag === 'CONJ'));
    // (Only a verb the vocabulary lists: "Benefits: pain relief, better sleep" lists nouns.)
    if (itemStart && w.tag === 'NOUN' && vocabularyVerb?.[i] && next && (['NOUN', 'DET'].includes(next.tag) || PARTICLES.has(next.norm)) && retagAsVerb(w, 'base')) {
      listOfVerbs = true;
      if (PARTICLES.has(next.norm)) next.tag = 'ADP';
      continue;
    }
    if (itemStart && w.tag === 'VERB' && w.form === 'base') listOfVerbs = true;
    // "It calms racing thoughts, eases joint stiffness and helps you sleep": after a comma or "and",
    // a verb of the vocabulary in the third person with its object continues the verb before.
    if (w.tag === 'NOUN' && ((gaps?.[i] ?? '').includes(',') || (prev?.tag === 'CONJ' && ['and', 'or'].includes(prev.norm))) && vocabularyVerb?.[i] && next && (['NOUN', 'DET', 'ADJ', 'PRON'].includes(next.tag) || (next.tag === 'VERB' && nounKind(next.norm) !== undefined)) && thirdPersonSeries(words, i) && retagAsVerb(w, 'third')) {
      // (Its object's first word is a noun: "eases joint stiffness".)
      if (next.tag === 'VERB') retagAsNoun(next, next.norm);
      continue;
    }
    // "You'll sleep through the night and feel calm again": a base form after "and", in a clause
    // whose verb is a base form under a modal, is a second verb under it.
    if (w.tag === 'NOUN' && prev?.tag === 'CONJ' && (prev.norm === 'and' || prev.norm === 'or') && next && (['ADJ', 'ADV', 'DET', 'PRON'].includes(next.tag) || wordnetAdjective(next.norm)) && underModal(words, i) && retagAsVerb(w, 'base')) {
      // ("and feel calm again": a word after "feel" that can be an adjective is one.)
      if (next.tag !== 'ADJ' && wordnetAdjective(next.norm) && ['feel', 'look', 'stay', 'become', 'seem'].includes(w.lemma)) {
        next.tag = 'ADJ';
        next.form = undefined;
        next.lemma = next.norm;
      }
      continue;
    }
    // "If you feel dizzy, call your doctor": after an opening "if" or "when" clause and its comma, a
    // base form before its object is an imperative.
    // ("To ease your pain, book a session", "For lasting relief, choose acupuncture": the same after
    // an opening purpose, or a "for" phrase, and its comma.)
    const firstComma = () => !gaps?.slice(1, i).some((g) => g.includes(','));
    const opening = ['if', 'when', 'whenever', 'before', 'after', 'once', 'while', 'until'].includes(words[0].norm) ? words.slice(1, i).some((x) => x.tag === 'VERB' || x.tag === 'AUX') : ((words[0].tag === 'TO' && words[1]?.tag === 'VERB') || words[0].norm === 'for') && firstComma();
    if (w.tag === 'NOUN' && (gaps?.[i] ?? '').includes(',') && opening && next && ['DET', 'PRON', 'CONJ', 'NUM', 'PROPN', 'ADV'].includes(next.tag) && retagAsVerb(w, 'base')) continue;
    // "All but a handful", "all but one": "but" is "except", no conjunction.
    if (w.norm === 'but' && prev?.norm === 'all' && next && (next.tag === 'NUM' || (next.norm === 'a' && words[i + 2]?.norm === 'handful') || next.norm === 'the')) {
      w.tag = 'ADV';
      continue;
    }
    // "The majority see firmer skin", "all but a handful report relief": a noun of a share of
    // people stands for them, and a base form after it is their verb.
    if (w.tag === 'NOUN' && prev?.tag === 'NOUN' && COLLECTIVES.has(prev.norm) && ['DET', 'ADJ'].includes(words[i - 2]?.tag ?? '') && next && ['DET', 'ADJ', 'ADV', 'NOUN', 'PRON', 'NUM'].includes(next.tag) && !(gaps?.[i] ?? '').includes(',')) {
      if (retagAsVerb(w, 'base')) continue;
    }
    // "Plenty have put their sticks away", "we have cut the dose": a form shared by the past and
    // the participle, after "have", is the participle.
    if (w.tag === 'NOUN' && prev?.tag === 'AUX' && prev.lemma === 'have' && next && ['DET', 'PRON', 'ADV', 'ADP'].includes(next.tag)) {
      const v = wordnetVerb(w.norm);
      if (v && (v.form === 'past' || v.form === 'participle')) {
        w.tag = 'VERB';
        w.form = 'participle';
        w.lemma = v.lemma;
        continue;
      }
    }
    if (w.norm === 'once' && (next?.norm === 'a' || next?.norm === 'every' || next?.norm === 'per' || next?.norm === 'daily' || next?.norm === 'weekly')) {
      w.tag = 'ADV';
      continue;
    }
    // "Ear seeds switch off cravings": a noun read as a verb before the real verb and its particle.
    // "Our IV drips boost energy": the same when the object is a noun that cannot be a verb.
    // (Not after a comma: a word there starts no compound with the noun before it.)
    if (w.tag === 'VERB' && w.form === 'third' && (prev?.tag === 'NOUN' || prev?.tag === 'PROPN') && !(gaps?.[i] ?? '').includes(',') && next?.tag === 'NOUN' && wordnetVerb(next.norm)?.form === 'base' && (['off', 'out', 'up', 'away', 'back', 'down'].includes(words[i + 2]?.norm ?? '') || ['DET', 'PRON'].includes(words[i + 2]?.tag ?? '') || (words[i + 2]?.tag === 'NOUN' && wordnetVerb(words[i + 2].norm) === undefined) || (words[i + 2]?.tag === 'VERB' && words[i + 2].form === 'gerund' && ['start', 'stop', 'keep', 'begin', 'finish', 'quit'].includes(next.norm)) || (words[i + 2]?.norm === 'in' && ['kick', 'set', 'sink', 'settle'].includes(next.norm))) && !(gaps?.[i + 2] ?? '').includes(',') && nounKind(w.norm) !== undefined) {
      w.tag = 'NOUN';
      w.form = undefined;
      const v = wordnetVerb(next.norm)!;
      next.tag = 'VERB';
      next.form = 'base';
      next.lemma = v.lemma;
      continue;
    }
    // "Most back pain responds", "the stress melts": a base form right before a third-person verb
    // is no verb but the head of its subject (an adverb before it, part of the noun phrase).
    if (w.tag === 'VERB' && w.form === 'base' && next?.tag === 'VERB' && next.form === 'third' && nounKind(w.norm) !== undefined && !(gaps?.[i + 1] ?? '').includes(',') && (!prev || prev.tag === 'ADV' || prev.tag === 'DET' || prev.tag === 'ADJ' || prev.tag === 'NOUN')) {
      retagAsNoun(w, w.norm);
      // ("Most back pain": the quantifier before the phrase is its determiner.)
      const quantifier = prev?.tag === 'ADV' && QUANTIFIER_PRONOUNS.has(prev.norm) ? prev : prev?.tag === 'ADV' && words[i - 2]?.tag === 'ADV' && QUANTIFIER_PRONOUNS.has(words[i - 2].norm) ? words[i - 2] : undefined;
      if (prev?.tag === 'ADV' && prev !== quantifier && nounKind(prev.norm) !== undefined) retagAsNoun(prev, prev.norm);
      if (quantifier) quantifier.tag = 'DET';
      continue;
    }
    // "Red-light therapy results vary": a plural noun before the verb it agrees with.
    if (w.tag === 'VERB' && w.form === 'third' && !['help', 'make', 'let'].includes(w.lemma) && (prev?.tag === 'NOUN' || prev?.tag === 'PROPN') && !(gaps?.[i] ?? '').includes(',') && next?.tag === 'VERB' && next.form === 'base' && nounKind(next.norm) === undefined && nounKind(w.norm) !== undefined && !(gaps?.[i + 1] ?? '').includes(',')) {
      w.tag = 'NOUN';
      w.form = undefined;
      continue;
    }
    // "redness, swelling, blistering and changes": a gerund in a list of nouns is one.
    // ("statins, blood pressure medicines, stopping smoking and rehabilitation": with its object.)
    const listEnd = (k: number) => words[k] === undefined || words[k].tag === 'CONJ' || (gaps?.[k] ?? '').includes(',');
    if (w.tag === 'VERB' && w.form === 'gerund' && gaps && (gaps[i].includes(',') || prev?.tag === 'CONJ') && (prev?.tag === 'NOUN' || (prev?.tag === 'CONJ' && words[i - 2]?.tag === 'NOUN')) && (listEnd(i + 1) || ((next?.tag === 'NOUN' || (next?.tag === 'VERB' && next.form === 'gerund')) && listEnd(i + 2) && gaps[i].includes(',') && examplesBefore(words, i)))) {
      w.tag = 'NOUN';
      w.form = undefined;
      continue;
    }
    // "because of side effects", "as of today": a preposition, not a clause.
    if (w.tag === 'SCONJ' && next?.norm === 'of') {
      w.tag = 'ADP';
      continue;
    }
    // One hyphenated word ("science-backed", "long-lasting", "clinic-given", "pain-relieving"):
    // a participle at its end makes the whole an adjective, a verb before the hyphen a noun.
    if (gaps && i > 0 && /^[-\u2010\u2011]$/.test(gaps[i])) {
      if (w.tag === 'VERB' && (w.form === 'participle' || w.form === 'past' || w.form === 'gerund')) {
        w.tag = 'ADJ';
        w.form = undefined;
      }
      // The parts before the last modify it: "long-term", "over-activation", "stem-cell".
      if (prev.tag === 'VERB' || prev.tag === 'ADV' || prev.tag === 'ADP') {
        prev.tag = w.tag === 'NOUN' ? 'NOUN' : 'ADJ';
        prev.form = undefined;
      }
      continue;
    }
    // "The evidence is overwhelming.", "the results are amazing: ...": a gerund that ends its clause
    // after "be", with an adjective of its spelling, is that adjective when its verb needs an object
    // ("the treatment is working" goes on).
    if (w.tag === 'VERB' && w.form === 'gerund' && prev?.tag === 'AUX' && prev.lemma === 'be' && wordnetAdjective(w.norm) && !isIntransitiveVerb(w.lemma) && (!next || /[.:;,!?\u2013\u2014]/.test(gaps?.[i + 1] ?? ''))) {
      w.tag = 'ADJ';
      w.lemma = w.norm;
      w.form = undefined;
      continue;
    }
    // A gerund right before a finite verb is a noun, the head of the subject: "dry needling provides",
    // "cupping leaves".
    if (w.tag === 'VERB' && w.form === 'gerund' && next && (next.tag === 'AUX' || next.tag === 'MODAL' || (next.tag === 'VERB' && (next.form === 'third' || next.form === 'past'))) && !(prev?.tag === 'AUX' || prev?.tag === 'ADP' || prev?.tag === 'TO')) {
      w.tag = 'NOUN';
      w.form = undefined;
      if (prev?.tag === 'NOUN' && wordnetAdjective(prev.norm)) prev.tag = 'ADJ';
      continue;
    }
    // A word read as a verb right before an auxiliary or modal is a noun: "Acupuncture needles are inserted".
    if (w.tag === 'VERB' && (w.form === 'third' || w.form === 'base') && (next?.tag === 'AUX' || next?.tag === 'MODAL') && nounKind(w.norm) !== undefined && prev && (prev.tag === 'NOUN' || prev.tag === 'ADJ' || prev.tag === 'PROPN') && !contactClauseVerb(words, i, gaps)) {
      w.tag = 'NOUN';
      w.form = undefined;
      continue;
    }
    // "This makes it useful", "that helps": a demonstrative before a verb is a pronoun.
    if (w.tag === 'VERB' && prev?.tag === 'DET' && (prev.norm === 'this' || prev.norm === 'that') && (w.form === 'third' || w.form === 'past')) {
      prev.tag = 'PRON';
      continue;
    }
    if (w.tag === 'NOUN' && prev?.tag === 'DET' && (prev.norm === 'this' || prev.norm === 'that') && /[^s]s$/.test(w.norm) && next && next.tag !== 'VERB' && next.tag !== 'AUX' && next.tag !== 'MODAL') {
      // "this helps reduce", "that results in": a plural noun cannot follow "this".
      if (retagAsVerb(w, 'third')) {
        prev.tag = 'PRON';
        continue;
      }
    }
    // "to tame cortisol", "to calm the mind": after an infinitive "to", an adjective that is also a
    // verb, with an object next, is the verb.
    if (w.tag === 'ADJ' && prev?.tag === 'TO' && next && ['NOUN', 'DET', 'PRON', 'PROPN'].includes(next.tag)) {
      if (retagAsVerb(w, 'base')) continue;
    }
    if (w.tag === 'VERB' && prev?.tag === 'DET') {
      if ((w.form === 'participle' || w.form === 'past' || w.form === 'gerund') && (next?.tag === 'NOUN' || next?.tag === 'ADJ')) w.tag = 'ADJ';
      else w.tag = 'NOUN';
      w.form = undefined;
      continue;
    }
    // "damaged cartilage", "and reduced mobility", "our clinically proven protocol".
    const adverbAfterDeterminer = prev?.tag === 'ADV' && (words[i - 2]?.tag === 'DET' || words[i - 2]?.tag === 'ADP');
    // "More than 100 published studies": a participle between a number and a noun describes it.
    const afterNumber = prev?.tag === 'NUM' && !(gaps?.[i] ?? '').includes(',');
    if (w.tag === 'VERB' && (w.form === 'participle' || w.form === 'past') && next?.tag === 'NOUN' && (prev?.tag === 'ADJ' || prev?.tag === 'CONJ' || prev?.tag === 'ADP' || adverbAfterDeterminer || afterNumber)) {
      w.tag = 'ADJ';
      w.form = undefined;
      continue;
    }
    if (w.tag === 'NOUN' && wordnetAdjective(w.norm) && ((next && (next.tag === 'NOUN' || next.tag === 'PROPN') && !(gaps?.[i + 1] ?? '').includes(',')) || (prev && (prev.tag === 'AUX' || (prev.tag === 'ADV' && words[i - 2]?.tag === 'AUX') || prev.tag === 'NEG') && (!next || next.tag === 'ADP' || next.tag === 'CONJ' || next.tag === 'TO')))) {
      w.tag = 'ADJ';
      continue;
    }
    // "BPC-157 speeds up the healing", "the lymphatic system plays a role": a plural noun that is
    // also a verb, after its subject and before a particle and an object or before a determiner, is the verb.
    // ("Our LED panel smooths fine lines": after a singular subject, before an adjective and its noun.)
    const singularBefore = prev !== undefined && (prev.tag === 'NOUN' || prev.tag === 'PROPN') && !/s$/.test(prev.norm) && words[i - 2]?.tag !== 'ADP';
    const objectNext = (PARTICLES.has(next?.norm ?? '') && ['DET', 'PRON', 'NOUN', 'ADJ'].includes(words[i + 2]?.tag ?? '')) || (next?.tag === 'DET' && OBJECT_DETERMINERS.has(next.norm)) || (singularBefore && (next?.tag === 'ADJ' || (next?.tag === 'NOUN' && wordnetAdjective(next.norm))) && words[i + 2]?.tag === 'NOUN' && !(gaps?.[i + 1] ?? '').includes(','));
    // ("2 drops a day": after a number it is the counted noun; "BPC-157 speeds up": a name's number.)
    const namedNumber = prev?.tag === 'NUM' && ['NOUN', 'PROPN'].includes(words[i - 2]?.tag ?? '') && /^[-\u2010\u2011]$/.test(gaps?.[i - 1] ?? '');
    if (w.tag === 'NOUN' && prev && (['NOUN', 'PROPN', 'PRON'].includes(prev.tag) || namedNumber) && objectNext && !(gaps?.[i] ?? '').includes(',') && !finiteBefore(words, i - 1, gaps)) {
      if (retagAsVerb(w, 'third')) continue;
    }
    // "clearer thinking", "better breathing": a gerund after a comparative, with no object, is a noun.
    if (w.tag === 'VERB' && w.form === 'gerund' && prev?.tag === 'ADJ' && comparativeOf(prev.norm) !== undefined && !['DET', 'PRON', 'NOUN', 'PROPN', 'NUM'].includes(next?.tag ?? '')) {
      retagAsNoun(w, w.norm);
      continue;
    }
    // "Hundreds of studies back the treatment", "studies back BPC-157's effects": after a plural
    // subject with no verb yet, an adverb that is also a verb, before its object, is the verb.
    if (w.tag === 'ADV' && prev?.tag === 'NOUN' && /[^s]s$/.test(prev.norm) && ((next?.tag === 'DET' && OBJECT_DETERMINERS.has(next.norm)) || next?.tag === 'PROPN') && !finiteBefore(words, i - 1, gaps) && wordnetVerb(w.norm)?.form === 'base') {
      retagAsVerb(w, 'base');
      continue;
    }
    // "accelerate healing of tendon tears": a gerund before "of" is a noun.
    if (w.tag === 'VERB' && w.form === 'gerund' && next?.norm === 'of' && prev && prev.tag !== 'AUX') {
      retagAsNoun(w, w.norm);
      continue;
    }
    // "the health benefits of drainage is limited": a verb form before "of", with a finite verb
    // still to come in its clause, is a noun of the subject.
    if (w.tag === 'VERB' && w.form === 'third' && next?.norm === 'of' && prev?.tag === 'NOUN' && nounKind(w.norm) !== undefined && finiteAhead(words, i + 2, gaps)) {
      retagAsNoun(w, w.norm.replace(/s$/, ''));
      continue;
    }
    // "athletes swear by its recovery benefits": after a finite verb, a verb form that ends a noun
    // phrase opened by a determiner is its head noun.
    if (w.tag === 'VERB' && w.form === 'third' && prev?.tag === 'NOUN' && words[i - 2]?.tag === 'DET' && (!next || next.tag === 'ADP' || next.tag === 'CONJ') && nounKind(w.norm) !== undefined && finiteBefore(words, i - 2, gaps)) {
      retagAsNoun(w, w.norm.replace(/s$/, ''));
      continue;
    }
    const unknownPlural = !known[i] && w.tag === 'NOUN' && /[^su]s$/.test(w.norm) && w.norm.length > 3;
    if (unknownPlural && !titleCase && prev && next) {
      const leftOk = prev.tag === 'REL' || (prev.tag === 'ADV' && i >= 2 && (words[i - 2].tag === 'REL' || words[i - 2].tag === 'NOUN' || words[i - 2].tag === 'PRON' || words[i - 2].tag === 'PROPN')) || (prev.tag === 'PRON' && ['it', 'this', 'that', 'which', 'who', 'he', 'she'].includes(prev.norm)) || ((prev.tag === 'NOUN' || prev.tag === 'PROPN') && !/s$/.test(prev.norm));
      const rightOk = next.tag === 'DET' || next.tag === 'PRON' || next.tag === 'ADJ' || (next.tag === 'NOUN' && next.norm !== 'of') || ['away', 'off', 'out', 'up', 'down', 'back'].includes(next.norm);
      if (leftOk && rightOk) {
        w.tag = 'VERB';
        w.form = 'third';
        w.lemma = w.norm.replace(/ies$/, 'y').replace(/(?<=(?:ch|sh|ss|x|z|o))es$/, '').replace(/s$/, '');
      }
    }
  }
  return words;
}
