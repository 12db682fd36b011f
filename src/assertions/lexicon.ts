// The assertion vocabulary (knowledge/assertions.yaml) as lemma indexes, built once per process,
// and the Vocabulary the tagger uses to tell this vocabulary's nouns, verbs and adjectives apart.

import data from '../knowledge/assertions.yaml';
import { english } from '../knowledge/english.js';
import { LemmaIndex } from '../language/lemmas.js';
import { formsOf, verbForms } from '../language/inflect.js';
import type { Vocabulary, VerbForm } from '../language/tag.js';
import type { ClaimClass } from './types.js';

interface AssertionsData {
  subjects: Record<'treatment' | 'outcome' | 'experiencer' | 'risk' | 'comparator' | 'comparatorModifiers', string[]>;
  predicates: {
    efficacy: {
      verbs: string[];
      phrasal: string[];
      giving: string[];
      generalChange: string[];
      serving: string[];
      describing: string[];
      mechanismNouns: string[];
      vitals: string[];
      needObject: string[];
      increase: string[];
      decrease: string[];
      mechanismAfter: string[];
      adjectives: string[];
      praise: string[];
      nouns: string[];
      benefits: string[];
      complaints: string[];
      experiencerVerbs: string[];
      experiencerStates: string[];
      mending: string[];
      bodyParts: string[];
      damaged: string[];
      freedFrom: Record<'leave' | 'stillNeed' | 'stillSuffer' | 'avoid' | 'replace', string[]>;
      functions: string[];
      betterModifiers: string[];
      lessModifiers: string[];
    };
    safety: { adjectives: string[]; minimal: string[]; quantity: string[]; causeVerbs: string[]; harmVerbs: string[]; durative: string[]; disparaging: string[]; recur: string[]; gone: string[]; riskAdjectives: string[]; riskGroups: string[]; takeVerbs: string[]; sideEffectStates: string[]; riskVerbs: string[] };
    comparison: { comparatives: string[]; strongComparatives: string[]; superlatives: string[]; weakSuperlatives: string[]; verbs: string[]; lack: string[] };
    regulatory: string[];
    legal: string[];
  };
  markers: Record<'speed' | 'permanence' | 'universal' | 'standing' | 'intensifiers' | 'absolute' | 'success' | 'suitability' | 'variation' | 'onset' | 'safeManner' | 'standingNouns', string[]>;
  hedges: Record<'modal' | 'weak' | 'adverbs' | 'some' | 'scope', string[]>;
  frames: Record<'belief' | 'potential' | 'vagueSource' | 'vagueSourceNouns' | 'vouch' | 'unasserting' | 'purpose' | 'naturalCourse' | 'offering' | 'wishing', string[]>;
  idioms: { pattern: string; class: ClaimClass }[];
}

export const assertionData = data as AssertionsData;
const D = assertionData;
const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());
const setOf = (...lists: readonly (readonly string[])[]) => new Set(lists.flatMap(lower));

/** Noun classes of a subject's head. */
export type NounClass = 'treatment' | 'outcome' | 'experiencer' | 'risk' | 'comparator' | 'benefit' | 'complaint' | 'verdict';

export const nouns = new LemmaIndex<NounClass>()
  .addAll(D.subjects.treatment, 'noun', 'treatment')
  .addAll(D.subjects.outcome, 'noun', 'outcome')
  .addAll(D.subjects.experiencer, 'noun', 'experiencer')
  .addAll(D.subjects.risk, 'noun', 'risk')
  .addAll(D.subjects.comparator, 'noun', 'comparator')
  .addAll(D.predicates.efficacy.benefits, 'noun', 'benefit')
  .addAll(D.predicates.efficacy.complaints, 'noun', 'complaint')
  .addAll(D.predicates.efficacy.nouns, 'noun', 'verdict');

export type MarkerClass = 'speed' | 'permanence' | 'universal' | 'standing' | 'intensifier' | 'absolute' | 'scope' | 'some' | 'hedgeAdverb' | 'comparative' | 'superlative' | 'safetyAdjective' | 'minimal' | 'quantity' | 'riskAdjective' | 'efficacyAdjective' | 'praise' | 'regulatory' | 'legal' | 'experiencerState' | 'riskGroup' | 'standingNoun' | 'sideEffectState' | 'riskVerb';

/** Words and phrases that mark a class wherever they stand; matched on token norms, longest first. */
export const markers = new LemmaIndex<MarkerClass>();
const addMarkers = (list: readonly string[], cls: MarkerClass) => {
  for (const m of list) markers.add(m.toLowerCase(), 'adj', cls);
};
addMarkers(D.markers.speed, 'speed');
addMarkers(D.markers.permanence, 'permanence');
addMarkers(D.markers.universal, 'universal');
addMarkers(D.markers.standing, 'standing');
addMarkers(D.markers.standingNouns, 'standingNoun');
addMarkers(D.markers.intensifiers, 'intensifier');
addMarkers(D.markers.absolute, 'absolute');
addMarkers(D.hedges.scope, 'scope');
addMarkers(D.hedges.some, 'some');
addMarkers(D.hedges.adverbs, 'hedgeAdverb');
addMarkers(D.predicates.comparison.comparatives, 'comparative');
addMarkers(D.predicates.comparison.superlatives, 'superlative');
addMarkers(D.predicates.safety.adjectives, 'safetyAdjective');
addMarkers(D.predicates.safety.minimal, 'minimal');
addMarkers(D.predicates.safety.quantity, 'quantity');
addMarkers(D.predicates.safety.riskAdjectives, 'riskAdjective');
addMarkers(D.predicates.safety.riskGroups, 'riskGroup');
addMarkers(D.predicates.safety.sideEffectStates, 'sideEffectState');
addMarkers(D.predicates.safety.riskVerbs, 'riskVerb');
addMarkers(D.predicates.efficacy.adjectives, 'efficacyAdjective');
addMarkers(D.predicates.efficacy.praise, 'praise');
addMarkers(D.predicates.regulatory, 'regulatory');
addMarkers(D.predicates.legal, 'legal');
addMarkers(D.predicates.efficacy.experiencerStates, 'experiencerState');

export type VerbClass = 'efficacy' | 'cause' | 'harm' | 'compare' | 'experiencer' | 'belief' | 'vagueSource' | 'copula' | 'phrasal';

/** Verb lemmas by class (a lemma can be in several). */
export const verbClasses = new Map<string, Set<VerbClass>>();
const addVerbs = (list: readonly string[], cls: VerbClass) => {
  for (const raw of list) {
    const v = raw.toLowerCase().split(' ')[0];
    const s = verbClasses.get(v) ?? new Set<VerbClass>();
    s.add(cls);
    verbClasses.set(v, s);
  }
};
addVerbs(D.predicates.efficacy.verbs, 'efficacy');
addVerbs(D.predicates.safety.causeVerbs, 'cause');
addVerbs(D.predicates.safety.harmVerbs, 'harm');
// Phrasal verbs: the verb is known (so the tagger sees a verb); the phrase is what says "benefit".
addVerbs(D.predicates.efficacy.phrasal, 'phrasal');
export const PHRASAL = setOf(D.predicates.efficacy.phrasal);
export const GONE = setOf(D.predicates.safety.gone);
export const TAKE_VERBS = setOf(D.predicates.safety.takeVerbs);
export const MENDING = setOf(D.predicates.efficacy.mending);
export const BODY_PARTS = setOf(D.predicates.efficacy.bodyParts);
export const DAMAGED = setOf(D.predicates.efficacy.damaged);
/** Verb lemma -> the particles it takes in the list ("" for none): "throw away" -> throw: {away}. */
function phrasalIndex(list: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const entry of lower(list)) {
    const [verb, particle = ''] = entry.split(' ');
    out.set(verb, (out.get(verb) ?? new Set()).add(particle));
  }
  return out;
}
/** Verbs of leaving another treatment or a complaint behind (assertions.yaml freedFrom). */
export const FREED = {
  leave: phrasalIndex(D.predicates.efficacy.freedFrom.leave),
  stillNeed: setOf(D.predicates.efficacy.freedFrom.stillNeed),
  stillSuffer: setOf(D.predicates.efficacy.freedFrom.stillSuffer),
  avoid: phrasalIndex(D.predicates.efficacy.freedFrom.avoid),
  replace: setOf(D.predicates.efficacy.freedFrom.replace),
};

export const FUNCTIONS = setOf(D.predicates.efficacy.functions);
export const BETTER_MODIFIERS = setOf(D.predicates.efficacy.betterModifiers);
export const LESS_MODIFIERS = setOf(D.predicates.efficacy.lessModifiers);
export const DURATIVE = setOf(D.predicates.safety.durative);
export const DISPARAGING = setOf(D.predicates.safety.disparaging);
export const RECUR = setOf(D.predicates.safety.recur.map((v) => v.split(' ')[0]));
addVerbs(D.predicates.safety.recur, 'phrasal');
addVerbs(D.predicates.comparison.verbs, 'compare');
addVerbs(D.predicates.efficacy.experiencerVerbs, 'experiencer');
addVerbs(D.frames.belief, 'belief');
addVerbs(D.frames.vagueSource, 'vagueSource');
addVerbs(english.copulas, 'copula');

export const NEEDS_OBJECT = setOf(D.predicates.efficacy.needObject);
/** Measurements of the body ("blood pressure"), as word sequences. */
export const VITALS = D.predicates.efficacy.vitals.map((v) => v.toLowerCase().split(/\s+/));
export const STRONG_COMPARATIVES = setOf(D.predicates.comparison.strongComparatives);
export const WEAK_SUPERLATIVES = setOf(D.predicates.comparison.weakSuperlatives);
export const SUCCESS = setOf(D.markers.success);
export const SUITABILITY = setOf(D.markers.suitability);
export const SAFE_MANNER = setOf(D.markers.safeManner);
export const VARIATION = setOf(D.markers.variation);
/** Onset verbs: single words ("arrive", "act") and phrases ("kick in", "take effect"). */
export const ONSET = setOf(D.markers.onset);
export const GIVING_VERBS = setOf(D.predicates.efficacy.giving);
export const GENERAL_CHANGE = setOf(D.predicates.efficacy.generalChange);
export const DESCRIBING = setOf(D.predicates.efficacy.describing);
export const SERVING = setOf(D.predicates.efficacy.serving);
export const MECHANISM_NOUNS = setOf(D.predicates.efficacy.mechanismNouns);
export const VOUCH = setOf(D.frames.vouch);
export const LACK = setOf(D.predicates.comparison.lack);
addVerbs(D.markers.onset, 'phrasal');
addVerbs(D.frames.vouch, 'phrasal');
export const INCREASE = setOf(D.predicates.efficacy.increase);
export const DECREASE = setOf(D.predicates.efficacy.decrease);
export const MECHANISM_AFTER = setOf(D.predicates.efficacy.mechanismAfter);
export const COMPARATOR_MODIFIERS = setOf(D.subjects.comparatorModifiers);
/** Other treatments by lemma, whichever class their noun got ("medication" is also a treatment noun). */
export const COMPARATOR_NOUNS = setOf(D.subjects.comparator);
export const MODAL_HEDGES = setOf(D.hedges.modal);
export const WEAK_HEDGES = setOf(D.hedges.weak);
export const POTENTIAL = setOf(D.frames.potential);
export const VAGUE_SOURCE_NOUNS = setOf(D.frames.vagueSourceNouns);
export const UNASSERTING = setOf(D.frames.unasserting);
export const OFFERING = setOf(D.frames.offering);
export const WISHING = setOf(D.frames.wishing);
/** "without treatment", "on its own": a complaint that goes of itself, as word sequences. */
export const NATURAL_COURSE = D.frames.naturalCourse.map((v) => v.toLowerCase().split(/\s+/));

// Every form of every verb lemma -> [lemma, form]; of every noun lemma -> lemma.
const verbForm = new Map<string, [string, VerbForm]>();
for (const lemma of verbClasses.keys()) {
  const f = verbForms(lemma);
  const put = (form: string, which: VerbForm) => {
    if (!verbForm.has(form)) verbForm.set(form, [lemma, which]);
  };
  put(f.base, 'base');
  put(f.third, 'third');
  f.past.forEach((x) => put(x, 'past'));
  f.participle.forEach((x) => put(x, 'participle'));
  f.gerund.forEach((x) => put(x, 'gerund'));
}
const nounLemma = new Map<string, string>();
/** Adjacent words of multiword nouns ("talk therapy", "side effects"): "talk" before "therapy" is a noun. */
const compoundPairs = new Set<string>();
for (const list of [D.subjects.treatment, D.subjects.outcome, D.subjects.experiencer, D.subjects.risk, D.subjects.comparator, D.predicates.efficacy.benefits, D.predicates.efficacy.complaints, D.predicates.efficacy.nouns]) {
  for (const raw of list) {
    const lemma = raw.toLowerCase();
    const words = lemma.split(/[\s-]+/);
    const head = words[words.length - 1];
    for (const form of formsOf(head, 'noun')) if (!nounLemma.has(form)) nounLemma.set(form, head);
    for (let i = 0; i + 1 < words.length; i++) {
      const nexts = i + 1 === words.length - 1 ? formsOf(head, 'noun') : [words[i + 1]];
      for (const next of nexts) compoundPairs.add(`${words[i]} ${next}`);
    }
  }
}
for (const [plural, singular] of Object.entries(english.irregularNouns)) if (nounLemma.has(singular)) nounLemma.set(plural, singular);
const adjectives = setOf(
  D.predicates.efficacy.adjectives,
  D.predicates.safety.adjectives,
  D.predicates.safety.minimal,
  D.predicates.safety.riskAdjectives,
  D.predicates.safety.sideEffectStates,
  D.predicates.efficacy.experiencerStates,
  D.markers.permanence,
  D.markers.speed,
).values();
const ADJECTIVES = new Set([...adjectives].filter((a) => !a.includes(' ') && !a.includes('-') && !a.endsWith('ly')));

/** The tagger's view of this vocabulary. */
export const vocabulary: Vocabulary = {
  verb: (norm) => verbForm.get(norm),
  noun: (norm) => nounLemma.get(norm),
  adjective: (norm) => ADJECTIVES.has(norm),
  compound: (norm, next) => compoundPairs.has(`${norm} ${next}`),
};

export const verbClassOf = (lemma: string): ReadonlySet<VerbClass> => verbClasses.get(lemma) ?? EMPTY;
const EMPTY: ReadonlySet<VerbClass> = new Set();
