// What each clause of a sentence asserts: candidates by claim class, and each clause's modality.
// Pure per sentence (no article context), so results are cached by the sentence's text; the
// claims analysis then decides, with the article's therapies and citations, which stand.

import type { Token } from '../core/tokens.js';
import { PhraseMatcher } from '../core/phrases.js';
import { tagSentence, type Word } from '../language/tag.js';
import { comparativeOf, isChangeVerb, nounKind, superlativeOf, wordnetAdjective, wordnetVerb } from '../language/wordclasses.js';
import { isStaffSubject, PARTICLES, REPORTING, segment, verbGroupAt } from './clauses.js';
import {
  DECREASE,
  INCREASE,
  GIVING_VERBS,
  GENERAL_CHANGE,
  DESCRIBING,
  SERVING,
  MECHANISM_NOUNS,
  SAFE_MANNER,
  GONE,
  LACK,
  ONSET,
  SUITABILITY,
  VARIATION,
  VOUCH,
  DURATIVE,
  DISPARAGING,
  RECUR,
  STRONG_COMPARATIVES,
  SUCCESS,
  WEAK_SUPERLATIVES,
  MECHANISM_AFTER,
  PHRASAL,
  MODAL_HEDGES,
  NEEDS_OBJECT,
  VITALS,
  POTENTIAL,
  UNASSERTING,
  OFFERING,
  WISHING,
  VAGUE_SOURCE_NOUNS,
  NATURAL_COURSE,
  WEAK_HEDGES,
  markers,
  nouns,
  verbClassOf,
  vocabulary,
  assertionData,
  type MarkerClass,
  type NounClass,
  TAKE_VERBS,
  BODY_PARTS,
  MENDING,
  DAMAGED,
  FUNCTIONS,
  BETTER_MODIFIERS,
  LESS_MODIFIERS,
  FREED,
  COMPARATOR_NOUNS,
} from './lexicon.js';
import type { Candidate, ClaimClass, Clause, SentenceAssertions, VerbGroup, WordSpan } from './types.js';

type Modality = SentenceAssertions['modality'][number];

interface Marks {
  /** Marker classes at each word (a multiword marker marks all its words). */
  at: Set<MarkerClass>[];
  /** Noun classes at each word (multiword nouns mark their last word). */
  noun: (NounClass | undefined)[];
  /** For the last word of a multiword noun, the index of its first word. */
  nounStart: (number | undefined)[];
  /** Spans of markers found, by class. */
  spans: { cls: MarkerClass; first: number; last: number }[];
}

function markWords(words: readonly Word[]): Marks {
  const norms = words.map((w) => w.norm);
  const at = words.map(() => new Set<MarkerClass>());
  const noun: (NounClass | undefined)[] = words.map(() => undefined);
  const nounStart: (number | undefined)[] = words.map(() => undefined);
  const spans: Marks['spans'] = [];
  for (let i = 0; i < words.length; i++) {
    for (const hit of markers.at(norms, i)) {
      for (let k = i; k < i + hit.length; k++) at[k].add(hit.value);
      spans.push({ cls: hit.value, first: i, last: i + hit.length - 1 });
    }
    const n = nouns.at(norms, i)[0];
    if (n && (words[i + n.length - 1].tag === 'NOUN' || words[i + n.length - 1].tag === 'PROPN' || n.length > 1) && noun[i + n.length - 1] === undefined) {
      noun[i + n.length - 1] = n.value;
      if (n.length > 1) nounStart[i + n.length - 1] = i;
    }
  }
  // "within 24 hours", "in as little as 20 minutes", "after one session": a speed phrase.
  for (let i = 0; i + 1 < words.length; i++) {
    if (!['within', 'in', 'after', 'inside', 'under', 'between'].includes(norms[i])) continue;
    let j = i + 1;
    while (j < words.length && j <= i + 5 && ['a', 'few', 'as', 'little', 'just', 'only', 'one', 'two', 'the', 'first', 'single', 'couple', 'handful', 'matter', 'of', 'under', 'less', 'than', 'an', 'half', 'your', 'their', 'our', 'his', 'her', 'my', 'very'].includes(norms[j]) || (j < words.length && words[j].tag === 'NUM' && j <= i + 5)) j++;
    const unit = norms[j];
    // ("in a handful of dives", "in a couple of sessions": a small count without a number.)
    const few = /^(?:a|an|one|single|first|just|two|2|couple)$/.test(norms[j - 1] ?? '') || (norms[j - 1] === 'of' && ['handful', 'couple', 'few'].includes(norms[j - 2] ?? ''));
    // "after only ten dives", "after just three sessions": results promised after a small count.
    const counted = norms[i] === 'after' && ['only', 'just'].includes(norms[i + 1] ?? '') && words[i + 2]?.tag === 'NUM';
    const quick = ['minute', 'minutes', 'hour', 'hours', 'second', 'seconds', 'moment', 'moments'].includes(unit) || (norms[i] !== 'after' && ['day', 'days'].includes(unit)) || (norms[i] !== 'after' && ['week', 'weeks'].includes(unit) && few) || (SESSION_UNITS.has(unit?.replace(/s$/, '') ?? '') && (/^(one|single|first|just)$/.test(norms[j - 1] ?? '') || counted || (norms[i] !== 'after' && few && norms[j - 1] === 'of')));
    if (quick && j > i + 1) {
      for (let k = i; k <= j; k++) at[k].add('speed');
      spans.push({ cls: 'speed', first: i, last: j });
    }
  }
  // "by the weekend", "by week three", "by Friday": a benefit promised by a near point in time.
  for (let i = 0; i + 1 < words.length; i++) {
    if (norms[i] !== 'by') continue;
    const k = norms[i + 1] === 'the' || norms[i + 1] === 'next' ? i + 2 : i + 1;
    const point = norms[k];
    if (point === undefined) continue;
    const near = BY_POINTS.has(point) || (['week', 'day'].includes(point) && (words[k + 1]?.tag === 'NUM' || /^(?:one|two|three|four)$/.test(norms[k + 1] ?? '')));
    if (!near) continue;
    const last = ['week', 'day'].includes(point) && k + 1 < words.length ? k + 1 : k;
    for (let q = i; q <= last; q++) at[q].add('speed');
    spans.push({ cls: 'speed', first: i, last });
  }
  return { at, noun, nounStart, spans };
}

/** What a treatment is counted in ("after just one session", "within your first float"). */
const SESSION_UNITS = new Set(['session', 'treatment', 'infusion', 'visit', 'injection', 'appointment', 'dose', 'shot', 'drip', 'round', 'dive', 'float', 'sitting', 'application', 'jab', 'plunge', 'class', 'course']);
/** Near points in time a benefit is promised by: "by the weekend", "by tomorrow". */
const BY_POINTS = new Set(['weekend', 'morning', 'tomorrow', 'tonight', 'evening', 'afternoon', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lunchtime', 'bedtime']);

const has = (m: Marks, span: WordSpan, cls: MarkerClass) => {
  for (let i = span.first; i <= span.last; i++) if (m.at[i].has(cls)) return true;
  return false;
};
const firstWith = (m: Marks, span: WordSpan, cls: MarkerClass) => {
  for (let i = span.first; i <= span.last; i++) if (m.at[i].has(cls)) return i;
  return -1;
};
const nounIn = (m: Marks, span: WordSpan, ...classes: NounClass[]) => {
  for (let i = span.first; i <= span.last; i++) if (m.noun[i] && classes.includes(m.noun[i]!)) return i;
  return -1;
};

/** Verbs of where a treatment goes: on a part of the body they describe how it acts ("targets the nervous system"). */
const AIMING = new Set(['target', 'reach', 'access', 'enter', 'penetrate', 'affect']);
/** Words of knowing: a risk "not known" or "not understood" is uncertain, not denied. */
const EPISTEMIC = new Set(['know', 'known', 'understand', 'understood', 'establish', 'established', 'clear', 'certain', 'study', 'studied', 'determine', 'determined', 'predictable', 'yet']);
const PARTICLE_WORDS = new Set([...PARTICLES, 'together', 'again']);
const REPAIRED = new Set(['cure', 'heal', 'repair', 'correct', 'restore', 'realign', 'rejuvenate', 'renew', 'regenerate', 'rebuild', 'reset', 'rebalance', 'rewire', 'fix', 'transform', 'revitalize', 'revitalise', 'detoxify', 'reverse', 'rid', 'free']);
const TIME_OPENERS = new Set(['after', 'before', 'since', 'until', 'once', 'within', 'by']);
const DOUBT = new Set(['no', 'little', 'limited', 'insufficient', 'weak', 'lack', 'scant', 'few', 'inconclusive', 'mixed', 'unclear', 'uncertain', 'unknown', 'nobody', 'neither']);
const KNOWING = new Set(['proof', 'evidence', 'known', 'clear', 'certain', 'established', 'sure', 'know', 'knows', 'say', 'tell', 'promise', 'guarantee', 'predict', 'proven', 'shown', 'consensus']);

/** Prepositions before people that a relative clause restricts to a scope ("for people who ..."). */
const SCOPING = new Set(['for', 'in', 'among', 'with']);
/** Question words that open an embedded question with its own subject ("who we treat"). */
const WH_TOPICS = new Set(['who', 'what', 'how', 'why', 'where', 'when', 'which']);
const UNIVERSAL_PEOPLE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'all']);
/** Verbs of the people treated vouching for a treatment ("would recommend it to a friend"). */
const ENDORSING = new Set(['recommend', 'choose', 'repeat']);
/** Verbs that report what people say. */
const SAYING = new Set(['say', 'tell', 'report', 'agree', 'state']);

/** People endorsing what they had, in the clause ("most clients recommend it") or in what they
 * say ("nearly all say they would recommend it"): a verdict of theirs, as a benefit is. */
function endorsedBy(words: readonly Word[], clauses: readonly Clause[], c: number): boolean {
  const endorsing = (k: number) => {
    const verb = clauses[k]?.verb;
    return verb !== undefined && !verb.negated && ['experiencer', 'person'].includes(clauses[k].subjectKind) && ENDORSING.has(words[verb.head].lemma);
  };
  const verb = clauses[c].verb;
  return endorsing(c) || (verb !== undefined && !verb.negated && SAYING.has(words[verb.head].lemma) && clauses[c + 1]?.kind === 'complement' && endorsing(c + 1));
}

/** The clause's modality: what its verb group, quantifiers and frames do to what it says. */
function modalityOf(words: readonly Word[], gaps: readonly string[], m: Marks, clauses: readonly Clause[], c: number, modal: Modality[]): Modality {
  const clause = clauses[c];
  if (clause.kind === 'embedded' || (clause.kind === 'subordinate' && clause.opener && UNASSERTING.has(clause.opener))) return 'unasserted';
  // A restrictive relative clause on an indefinite noun picks out a kind, it asserts nothing of the
  // therapy: "stopping a medicine that is working", "find a treatment that works for you".
  // ("Glutathione is an antioxidant that helps detoxify", "it offers a treatment that works" do assert.)
  const parentVerb = clause.inheritsFrom !== undefined ? clauses[clause.inheritsFrom].verb : undefined;
  // An appositive ("glutathione, a powerful antioxidant that helps ...") describes as a copula does.
  const appositive = clause.subject !== undefined && /,/.test(gaps[clause.subject.first] ?? '');
  const predicative = appositive || (parentVerb !== undefined && (parentVerb.copula || GIVING.has(words[parentVerb.head].lemma)));
  if (clause.kind === 'relative' && clause.subject && ['a', 'an', 'any'].includes(words[clause.subject.first].norm) && parentVerb && !predicative) return 'unasserted';
  // "For people who respond, ...", "in patients who relapse": a relative clause restricting a
  // scope names a condition; it asserts nothing.
  // (An introduction only: "TMS is for anyone who has tried ..." says whom it suits.)
  const scopeAt = clause.subject ? clause.subject.first - 1 : -1;
  if (clause.kind === 'relative' && scopeAt >= 0 && SCOPING.has(words[scopeAt].norm) && (scopeAt === 0 || (gaps[scopeAt] ?? '').includes(',')) && clause.subjectKind === 'experiencer' && !UNIVERSAL_PEOPLE.has(words[clause.subject!.head].norm)) return 'unasserted';
  // "Who we treat", "what we offer": a question word before a subject and its verb opens an
  // embedded question (a heading's topic), not an assertion.
  // (Not with a colon and what it names: "What we treat: depression, anxiety" lists them.)
  if (c === 0 && clause.kind === 'main' && WH_TOPICS.has(words[clause.first].norm) && clause.subject && clause.subject.first === clause.first + 1 && words[clause.subject.head].tag === 'PRON' && !(gaps[clause.last + 1] ?? '').includes(':')) return 'unasserted';
  // ("What the research shows", "How the treatment works": a topic with a noun phrase, its verb last.)
  if (c === 0 && clauses.length === 1 && WH_TOPICS.has(words[clause.first].norm) && clause.subject && clause.subject.first <= clause.first + 2 && clause.verb && clause.verb.last === clause.last && words[clause.first + 1]?.tag === 'DET') return 'unasserted';
  const span = { first: clause.first, last: clause.last };
  const verb = clause.verb;
  if (verb?.belief && !verb.vagueSource) return 'hedged';
  // ("Most patients would recommend it": "would" reports their verdict, it does not hedge it.)
  if (verb?.modals.some((x) => MODAL_HEDGES.has(x)) && !(verb.modals.every((x) => x === 'would') && endorsedBy(words, clauses, c))) return 'hedged';
  if (has(m, span, 'hedgeAdverb') || has(m, span, 'scope')) return 'hedged';
  // "It helps some people with chronic pain": a quantifier over the people it acts on.
  if (verb && words[verb.last + 1] && (OBJECT_SOME.has(words[verb.last + 1].norm) || (words[verb.last + 1].norm === 'a' && words[verb.last + 2]?.norm === 'few')) && words.slice(verb.last + 1, verb.last + 4).some((w, k) => m.noun[verb.last + 1 + k] === 'experiencer' || nounKind(w.norm) === 'person')) return 'hedged';
  // "Some patients notice ...", "a few people feel ...": a quantifier over the subject.
  if (clause.subject && has(m, clause.subject, 'some') && ['experiencer', 'outcome', 'complaint'].includes(clause.subjectKind)) return 'hedged';
  // "may be able to", "has the potential to", "shows promise".
  // ("will be able to": an ability, as "can" is; "may be able to" is hedged by its modal.)
  let able = false;
  for (let i = span.first; i <= span.last; i++) {
    const w = words[i];
    if (!POTENTIAL.has(w.norm)) continue;
    const frame = words[i + 1]?.tag === 'TO' || (w.norm === 'promise' && words[i - 1]?.lemma === 'show') || (w.tag === 'ADJ' && ['promising', 'possible'].includes(w.norm));
    if (frame && w.norm === 'able' && words[i - 1]?.lemma === 'be') able = true;
    else if (frame) return 'hedged';
  }
  // A complement of a belief or hedged frame ("research suggests that ...", "it may be that ...");
  // of a negated or doubting one, unasserted ("there is little evidence that ...", "no one knows if ...").
  if (clause.kind === 'complement' && c > 0) {
    const governor = clauses[c - 1];
    // ("work with a provider to ensure that the treatment is given safely": what a purpose seeks.)
    const seeks = ['ensure', 'sure', 'certain'].includes(words[clause.first - 1]?.lemma ?? '') && words.slice(Math.max(0, clause.first - 4), clause.first - 1).some((w) => w.tag === 'TO');
    if ((governor.kind === 'purpose' && !governor.goal) || seeks) return 'unasserted';
    const g = words.slice(governor.first, governor.last + 1);
    const doubt = g.some((w) => DOUBT.has(w.norm) || w.tag === 'NEG') && g.some((w) => VAGUE_SOURCE_NOUNS.has(w.lemma) || KNOWING.has(w.norm));
    // ("If you notice the pain has eased, ...": what an unasserted clause reports is unasserted too.)
    if (doubt || modal[c - 1] === 'unasserted') return 'unasserted';
    if (modal[c - 1] === 'hedged' || governor.verb?.belief) return 'hedged';
  }
  // An introduction before a comma scopes the clause after it: "In some cases, ketamine ...".
  // ("After a few months ..." says when, not for whom: a quantifier in a phrase of time scopes nothing.)
  const timeIntro = c > 0 && ((clauses[c - 1].opener !== undefined && TIME_OPENERS.has(clauses[c - 1].opener!)) || TIME_OPENERS.has(words[clauses[c - 1].first].norm));
  if (c > 0 && !clauses[c - 1].verb && (has(m, clauses[c - 1], 'scope') || (has(m, clauses[c - 1], 'some') && !timeIntro) || has(m, clauses[c - 1], 'hedgeAdverb'))) return 'hedged';
  // A participle or relative clause continues the clause it hangs on.
  if ((clause.kind === 'participle' || clause.kind === 'relative' || (clause.kind === 'coordinate' && !clause.subject)) && c > 0 && !verb?.modals.length) {
    const parent = modal[clause.inheritsFrom ?? c - 1];
    if (parent === 'hedged' || parent === 'unasserted') return parent;
  }
  if (verb?.modals.some((x) => WEAK_HEDGES.has(x)) || able) return 'weak';
  if (clause.kind === 'coordinate' && !clause.subject && c > 0 && !verb?.modals.length && modal[c - 1] === 'weak') return 'weak';
  return 'asserted';
}

/** Words after the verb group, to the end of the clause: its object or complement. */
const restOf = (clause: Clause): WordSpan => ({ first: (clause.verb?.last ?? clause.first - 1) + 1, last: clause.last });

/** Who or what holds a licence of its own: a practitioner, a clinic, a programme. */
const LICENSEES = new Set(['program', 'programme', 'clinic', 'facility', 'centre', 'center', 'practitioner', 'provider', 'pharmacy', 'professional', 'premises', 'service']);

/** Adjectives that after "more" count against the therapy ("more expensive than SSRIs"). */
const UNFAVOURABLE = new Set(['expensive', 'costly', 'common', 'likely', 'frequent', 'time-consuming', 'addictive', 'uncomfortable']);

/** Comparatives that measure, not praise: "longer than a massage", "bigger than a pill". */
const NEUTRAL_COMPARATIVES = new Set(['longer', 'shorter', 'older', 'newer', 'larger', 'bigger', 'smaller', 'higher', 'lower', 'greater', 'wider', 'narrower', 'heavier', 'later', 'earlier', 'fewer', 'other', 'costlier', 'pricier', 'riskier', 'worse', 'harder', 'slower', 'weaker', 'rarer']);

/** Words before a source that limit it ("a few small studies", "one pilot trial"). */
const LIMITING = new Set(['some', 'few', 'small', 'early', 'preliminary', 'limited', 'pilot', 'initial']);

/** Tags a span does not end on. */
const TRAILING = new Set(['CONJ', 'ADP', 'DET', 'TO', 'REL', 'SCONJ', 'WH']);

/** Nouns that name a risk only after "no", "few" or "without" ("with no problems"). */
const RISKISH = new Set(['problem', 'problems', 'issue', 'issues', 'trouble', 'troubles', 'worries', 'concerns']);

const REASSURING_VERBS = new Set(['disappear', 'fade', 'subside', 'resolve', 'pass', 'vanish', 'go', 'wear', 'settle', 'clear']);
const HAVE_VERBS = new Set(['have', 'carry', 'cause', 'pose', 'produce', 'involve', 'bring', 'create', 'trigger', 'induce', 'come', 'lead', 'result', 'associate', 'link']);
/** Nouns that name no treatment when a benefit adjective describes them ("leading institutions"). */
const NOT_TREATMENT_KINDS = new Set(['person', 'abstract', 'body', 'state']);
/** Verbs that hand a patient something: their object is what the therapy is ("offers an effective way ..."). */
const GIVING = new Set(['offer', 'provide', 'give', 'deliver', 'bring', 'represent', 'introduce', 'present', 'use', 'combine']);

/** What every class check of one clause needs. */
interface Scope {
  words: readonly Word[];
  gaps: readonly string[];
  m: Marks;
  clause: Clause;
  clauses: readonly Clause[];
  /** The sentence is in Title Case (a heading): capitals say nothing about names. */
  titleCase: boolean;
  c: number;
  span: WordSpan;
  rest: WordSpan;
  out: Candidate[];
  add(cls: ClaimClass, s: WordSpan, detail: string, needsTherapy?: boolean): void;
  /** The predicate with its object up to the first comma or the clause's end, at most 8 words. */
  predicateSpan(from: number, to?: number): WordSpan;
}

/** The noun a word modifies: the next noun within `reach` words, or undefined at a break. */
function modifiedNoun(x: Scope, i: number, reach = 3): number {
  for (let k = i + 1; k <= Math.min(x.span.last, i + reach); k++) {
    const w = x.words[k];
    if (x.gaps[k].includes(',') && w.tag !== 'ADJ') return -1;
    // "evidence-based and physician-formulated": a noun joined by a hyphen to a participle or an
    // adjective after it is part of a compound adjective, not the noun modified.
    const compound = x.gaps[k + 1] === '-' && k + 1 <= x.span.last && (x.words[k + 1].tag === 'ADJ' || (x.words[k + 1].tag === 'VERB' && ['participle', 'past'].includes(x.words[k + 1].form ?? '')));
    if (compound) continue;
    if (w.tag === 'NOUN' || w.tag === 'PROPN') {
      // The head of a compound: "hangover cure", "cartilage repair treatment".
      let h = k;
      while (h + 1 <= x.span.last && (x.words[h + 1].tag === 'NOUN' || x.words[h + 1].tag === 'PROPN' || (x.words[h + 1].tag === 'ADJ' && ['NOUN', 'PROPN'].includes(x.words[h + 2]?.tag ?? ''))) && !x.gaps[h + 1].includes(',')) h++;
      return h;
    }
    if (w.tag !== 'ADJ' && w.tag !== 'ADV' && w.tag !== 'CONJ' && !(w.tag === 'VERB' && w.form === 'participle')) return -1;
  }
  return -1;
}

const isTreatmentNoun = (x: Scope, i: number) => i >= 0 && (x.m.noun[i] === 'treatment' || x.m.noun[i] === 'verdict' || (x.m.noun[i] === undefined && !NOT_TREATMENT_KINDS.has(nounKind(x.words[i].norm) ?? 'thing')));
const isBenefitNoun = (x: Scope, i: number) => i >= 0 && (x.m.noun[i] === 'benefit' || x.m.noun[i] === 'outcome');

function efficacy(x: Scope) {
  const { words, m, clause, rest, add, predicateSpan } = x;
  const subjectKind = clause.subjectKind;
  clause.verbs.forEach((g, gi) => {
    if (g.negated) return;
    const head = words[g.head];
    const classes = verbClassOf(head.lemma);
    // (A verb of letting takes in the infinitive after its object: "helps you lose weight".)
    const lets = gi + 1 < clause.verbs.length && ENABLING.has(head.lemma) && clause.verbs[gi + 1].first <= g.last + 3 && !/[,;]/.test(x.gaps[clause.verbs[gi + 1].first] ?? '');
    const nextGroup = lets ? gi + 2 : gi + 1;
    const object: WordSpan = { first: g.last + 1, last: nextGroup < clause.verbs.length ? clause.verbs[nextGroup].first - 1 : clause.last };
    // "Ozone Therapy Benefits: ...": "benefit" with neither object nor "from" is the noun.
    if (head.lemma === 'benefit' && !g.passive && !['experiencer', 'person'].includes(subjectKind) && (object.first > object.last || /[:–—]/.test(x.gaps[object.first] ?? ''))) return;
    // ("Relax: acupuncture has none": an imperative with nothing after it speaks to the reader.)
    if (subjectKind === 'none' && g.first === clause.first && object.first > object.last && clause.verbs.length === 1) return;
    // ("Protect yourself", "look after yourself": advice to the reader, with nothing to act on.)
    if (subjectKind === 'none' && object.first === object.last && ['yourself', 'yourselves', 'themselves'].includes(words[object.first]?.norm ?? '')) return;
    // The clinic's staff ("our nurses"): what they do in their role is the service, not a result.
    const staff = isStaffSubject(words, clause);
    if (staff && SERVING.has(head.lemma)) return;
    // "We help you to let go": the clinic helping the reader do what is no benefit in itself
    // describes its care; "we help you heal" still claims one.
    if (subjectKind === 'provider' && ENABLING.has(head.lemma)) {
      const done = words.findIndex((w, i) => i > g.last && i <= Math.min(clause.last, g.last + 4) && w.tag === 'VERB');
      if (done > 0 && !verbClassOf(words[done].lemma).has('efficacy')) return;
    }
    // "We clean the skin and numb the area": the clinic preparing the site describes the procedure.
    if (subjectKind === 'provider' && PREPARING.has(head.lemma) && nounIn(m, object, 'complaint') < 0) return;
    if (g.passive) {
      // "Migraines are stopped at their source by our protocol", "pain is relieved within minutes";
      // "it has been used to successfully treat depression".
      const by = words.findIndex((w, i) => i >= object.first && i <= object.last && w.norm === 'by');
      const agent = by >= 0 ? by + 1 + words.slice(by + 1, object.last + 1).findIndex((w) => w.tag === 'NOUN' || w.tag === 'PROPN') : -1;
      const agentOk = agent > by && isTreatmentNoun(x, agent);
      if (classes.has('efficacy') && !classes.has('vagueSource') && (subjectKind === 'complaint' || (agentOk && !NEEDS_OBJECT.has(head.lemma)))) {
        add('efficacy', predicateSpan(g.first, object.last), `passive:${head.lemma}`, subjectKind !== 'complaint');
      }
      // "Patients have been cured", "thousands have been healed": people as the ones the benefit went to.
      else if (subjectKind === 'experiencer' && ['cure', 'heal', 'free', 'relieve', 'restore', 'rid'].includes(head.lemma)) {
        add('efficacy', predicateSpan(g.first, object.last), `passive:${head.lemma}`, false);
      }
      // "Your feet are corrected for good", "damaged cells are repaired": the body as what was mended.
      // (Only verbs of repair: "the skin is cleaned", "blood is drawn" describe the procedure.)
      else if (subjectKind === 'body' && REPAIRED.has(head.lemma)) {
        add('efficacy', predicateSpan(g.first, object.last), `passive:${head.lemma}`, false);
      }
      const used = head.lemma === 'use' && words[g.last + 1]?.tag === 'TO';
      if (used) {
        const v = words.findIndex((w, i) => i > g.last + 1 && i <= g.last + 3 && w.tag === 'VERB');
        const adverb = words.slice(g.first, v + 1).some((w) => SUCCESS.has(w.norm));
        if (v > 0 && adverb && verbClassOf(words[v].lemma).has('efficacy')) add('efficacy', predicateSpan(g.first, object.last), 'used-successfully');
      }
      return;
    }
    const after = words[g.head + 1];
    const mechanism = after && MECHANISM_AFTER.has(after.norm) && g.particle === undefined;
    const phrasal = g.particle !== undefined && PHRASAL.has(`${head.lemma} ${g.particle}`);
    const coinedRe = /^re[a-z]{3,}/.test(head.lemma) && !wordnetVerb(head.norm) && wordnetVerb(head.lemma.slice(2)) !== undefined;
    // ("which makes the results hard to compare": a causative with an adjective of difficulty.)
    const madeHard = CAUSATIVE.has(head.lemma) && words.slice(object.first, object.last + 1).some((w) => w.tag === 'ADJ' && HARDER.has(w.norm));
    if ((classes.has('efficacy') || phrasal || coinedRe) && !g.copula && !mechanism && !madeHard && !(head.lemma === 'work' && after?.norm === 'with')) {
      // "gives you glowing skin": an improved state of the body is what is given.
      const betterBody = words.slice(object.first, object.last + 1).some((w, k) => m.at[object.first + k].has('experiencerState') && words[object.first + k + 1] !== undefined && nounKind(words[object.first + k + 1].norm) === 'body');
      const benefitObject =
        betterBody ||
        nounIn(m, object, 'benefit', 'complaint', 'outcome') >= 0 ||
        firstWith(m, object, 'efficacyAdjective') >= 0 ||
        words.slice(object.first, object.last + 1).some((w) => ['easier', 'possible', 'better', 'easy'].includes(w.norm)) ||
        levelIn(words, object) ||
        // ("lifts your mood", "raises energy": a function of body or mind raised.)
        // (Not a part of the body: "lifts the skin" describes suction.)
        (INCREASE.has(head.lemma) && words.slice(object.first, Math.min(object.last, object.first + 3) + 1).some((w, k) => functionAt(x, object.first + k) && nounKind(w.norm) !== 'body')) ||
        (head.lemma !== 'make' && !GIVING_VERBS.has(head.lemma) && (nounIn2(x, object, 'state') || (nounIn2(x, object, 'body') && !AIMING.has(head.lemma))));
      // ("increases levels of glutamate, a messenger in the brain": a mechanism's level, whatever follows.)
      const mechanismLevel = words.slice(object.first, Math.min(object.last, object.first + 3) + 1).some((_, k) => mechanismLevelAt(words, object.first + k));
      const givesBenefit = !mechanismLevel && (phrasal || !GIVING_VERBS.has(head.lemma) || nounIn(m, object, 'benefit', 'outcome', 'verdict') >= 0 || firstWith(m, object, 'efficacyAdjective') >= 0 || betterBody);
      // Raising a measurement of the body discloses a risk ("raises heart rate and blood pressure").
      const harmObject = nounIn(m, object, 'risk') >= 0 || (INCREASE.has(head.lemma) && vitalIn(words, object));
      // "Oxygen dissolves into your plasma": a verb that needs an object has none before a preposition.
      let firstAfter = g.last + 1;
      while (words[firstAfter]?.tag === 'ADV') firstAfter++;
      const direct = !NEEDS_OBJECT.has(head.lemma) || phrasal || words[firstAfter]?.tag !== 'ADP';
      const okObject =
        direct &&
        (phrasal || !NEEDS_OBJECT.has(head.lemma) || benefitObject) &&
        givesBenefit &&
        // ("raise low mood" lifts a low: the complaint is the lack of what is raised.)
        // ("accelerates healing of muscle damage": an outcome raised is a benefit, whatever it heals.)
        // ("lifts the fog of depression": lifting a complaint takes it away.)
        !(INCREASE.has(head.lemma) && !(head.lemma === 'lift' && nounIn(m, object, 'complaint') >= 0 && !harmObject) && (harmObject || (nounIn(m, object, 'complaint') >= 0 && nounIn(m, object, 'benefit', 'outcome') < 0 && !words.slice(object.first, object.last + 1).some((w) => w.norm === 'low')))) &&
        !(DECREASE.has(head.lemma) && nounIn(m, object, 'benefit') >= 0 && nounIn(m, object, 'complaint') < 0);
      if (okObject) add('efficacy', predicateSpan(gi === 0 && g.modals.length ? g.first : g.head, object.last), `verb:${head.lemma}`, subjectKind !== 'experiencer');
    }
    // Beyond the vocabulary: any verb that does not describe the treatment, acting on a part of the
    // body or a complaint ("zaps the pain", "regrows the cartilage", "dials down inflammation"),
    // unless its object is a mechanism ("blocks NMDA receptors").
    // A phrasal verb is judged as a whole ("moves out the toxins" asserts; "moves" alone describes).
    // (Staff examine, palpate and measure the body as part of the procedure: only the named verbs of
    // benefit say what "our nurses" do for it.)
    const describes = staff || (g.particle ? DESCRIBING.has(`${head.lemma} ${g.particle}`) : DESCRIBING.has(head.lemma) || classes.has('cause') || classes.has('belief') || classes.has('copula'));
    if (!classes.has('efficacy') && !phrasal && !coinedRe && !g.copula && !mechanism && !describes && (isChangeVerb(head.lemma) || g.particle !== undefined || !wordnetVerb(head.norm)?.common || /^(?:zap|tame|quiet|calm|wake|knock|send|dial|kick|melt|wash|lift|pull|push|clear|flush|unlock|rewire|reboot|reset|fire|jump|switch|shut|turn)/.test(head.lemma) || (restoring(head.lemma) && nounIn2(x, directObject(x, object), 'body'))) && (g.particle !== undefined || !GENERAL_CHANGE.has(head.lemma)) && !classes.has('harm') && !classes.has('vagueSource') && !x.out.some((o) => o.cls === 'efficacy')) {
      // The verb's own object, not a noun further on ("enabling the conversion of nutrients ...
      // the energy your cells run on" acts on a conversion, not on cells).
      const direct = directObject(x, object);
      // "shortens recovery time", "halves the downtime": a decrease of a risk is a benefit too.
      // (A condition WordNet knows is a complaint too: "untangles stubborn constipation".)
      // (Only for a verb that cannot be a noun, so a mis-tagged noun is none: "alcohol or drug problems";
      // and on its direct object: "grew out of sensory-isolation experiments" acts on nothing.)
      const target = nounIn(m, direct, 'complaint', 'benefit') >= 0 || nounIn2(x, direct, 'body') || (nounIn2(x, direct, 'state') && nounKind(head.norm) === undefined && words[g.last + 1]?.tag !== 'ADP') || (DECREASE.has(head.lemma) && nounIn(m, direct, 'risk') >= 0);
      // A complaint in the object wins over a mechanism beside it ("moves out the trapped fluid and toxins").
      const mechanismTarget = nounIn(m, direct, 'complaint') < 0 && words.slice(object.first, object.last + 1).some((w) => MECHANISM_NOUNS.has(w.lemma) || MECHANISM_NOUNS.has(w.norm.replace(/s$/, '')));
      // "will limit your mobility": a decrease of a benefit is a drawback, not a claim.
      const drawback = DECREASE.has(head.lemma) && nounIn(m, direct, 'benefit') >= 0 && nounIn(m, direct, 'complaint') < 0;
      if (target && !mechanismTarget && !drawback) add('efficacy', predicateSpan(gi === 0 && g.modals.length ? g.first : g.head, object.last), `change:${head.lemma}`, subjectKind !== 'experiencer');
    }
    // "Exosomes signal your scalp to grow new hair", "PRP tells your body to heal the tendon": the
    // treatment getting the body or the patient to do what mends or relieves. (Not what it asks of
    // the patient: "requires you to stop eating".)
    if (['treatment', 'name', 'anaphor'].includes(subjectKind) && !x.out.some((o) => o.cls === 'efficacy') && !g.copula) {
      const { verb: inner, person } = objectInfinitive(x, g.last + 1);
      if (inner > 0 && !(person && ASKING.has(head.lemma))) {
        const innerClasses = verbClassOf(words[inner].lemma);
        const innerObject: WordSpan = { first: inner + 1, last: Math.min(clause.last, inner + 5) };
        const mends = MENDING.has(words[inner].lemma) || ((innerClasses.has('efficacy') || isChangeVerb(words[inner].lemma)) && (nounIn(m, innerObject, 'complaint', 'benefit') >= 0 || nounIn2(x, innerObject, 'body')));
        if (mends) add('efficacy', predicateSpan(gi === 0 && g.modals.length ? g.first : g.head, innerObject.last), `gets-to:${head.lemma}`);
      }
    }
    // "Ozone modulates the immune system", "it activates antioxidant systems": a mechanism sold as
    // a benefit (RUBRIC class 1) when what is regulated is a system of the body, not a molecule
    // ("blocks NMDA receptors").
    if (REGULATING.has(head.lemma) && !g.negated && ['treatment', 'name', 'anaphor'].includes(subjectKind) && !x.out.some((o) => o.cls === 'efficacy')) {
      const direct = directObject(x, object);
      const system = words.slice(direct.first, direct.last + 1).some((w, k) => (w.lemma === 'system' || w.norm === 'systems') && BODY_SYSTEMS.has(words[direct.first + k - 1]?.norm ?? ''));
      if (system && !words.slice(direct.first, direct.last + 1).some((w) => MECHANISM_NOUNS.has(w.lemma))) add('efficacy', predicateSpan(g.head, direct.last), `regulates:${head.lemma}`);
    }
    // "You will be free of migraines", "most patients are pain-free within a week": the people
    // treated in a state the treatment is sold to bring. (Only a state that is a complaint gone:
    // "you are free to leave", "patients are calm during it" describe.)
    if (g.copula && !g.negated && subjectKind === 'experiencer' && ['be', 'become', 'stay', 'remain'].includes(head.lemma) && !x.out.some((o) => o.cls === 'efficacy')) {
      const s = firstWith(m, object, 'experiencerState');
      const complaint = s >= 0 && words[s].norm === 'free' && ['of', 'from'].includes(words[s + 1]?.norm ?? '') ? nounIn(m, { first: s + 2, last: Math.min(object.last, s + 5) }, 'complaint') : -1;
      const freeOf = complaint >= 0;
      const compound = s >= 0 && words[s + 1]?.norm === 'free' && /^[-\u2010\u2011]$/.test(x.gaps[s + 1] ?? '');
      const gone = s >= 0 && (compound || (/.free$/.test(words[s].norm) && words[s].norm !== 'free') || ['cured', 'healed'].includes(words[s].norm));
      if (freeOf || gone) add('efficacy', predicateSpan(g.first, freeOf ? complaint : compound ? s + 1 : s), `experiencer:${head.lemma}`, false);
    }
    // "Patients walk out pain-free", "you will feel better", "most people notice improvement".
    // ("Your body receives a number of health benefits": the body as the one who gains.)
    const bodyGains = subjectKind === 'body' && nounIn(m, object, 'benefit') >= 0;
    if (classes.has('experiencer') && (subjectKind === 'experiencer' || bodyGains || (subjectKind === 'none' && clause.inheritsFrom === undefined))) {
      const state = firstWith(m, object, 'experiencerState');
      const benefit = nounIn(m, object, 'benefit', 'outcome');
      const bare = ['recover', 'improve', 'respond', 'benefit', 'heal', 'regain', 'thrive'].includes(head.lemma);
      // "report less anxiety", "see smoother skin", "notice fewer headaches": a complaint lessened
      // or a state improved is a benefit reported.
      const improved = words.slice(object.first, Math.min(object.last, object.first + 3) + 1).some((w, k) => {
        const at = object.first + k;
        const lessened = ['less', 'fewer', 'lower', 'reduced', 'decreased'].includes(w.norm) && nounIn(m, { first: at + 1, last: Math.min(object.last, at + 3) }, 'complaint') >= 0;
        // ("their best sleep in years", "the deepest rest": a superlative of a good state too.)
        const comparative = words[at + 1]?.tag === 'NOUN' && !['longer', 'older', 'fewer', 'lower', 'larger', 'bigger', 'higher', 'greater', 'longest', 'oldest', 'largest', 'biggest', 'highest', 'greatest', 'latest', 'newest'].includes(w.norm) && (comparativeOf(w.norm) !== undefined || superlativeOf(w.norm) !== undefined);
        return lessened || comparative;
      });
      const none = words.slice(object.first, object.last + 1).some((w) => w.tag === 'NEG' || ['no', 'little', 'nothing'].includes(w.norm));
      // "feel like yourself again", "feel human again": a former self restored.
      const again = words.slice(object.first, object.last + 1).some((w) => w.norm === 'again') && nounIn(m, object, 'complaint', 'risk') < 0;
      // ("People respond differently": a bare verb with a word of variation discloses it.)
      const varies = bare && words.slice(object.first, object.last + 1).some((w) => VARIATION.has(w.norm));
      if ((state >= 0 || benefit >= 0 || bare || improved || again) && !none && !varies) add('efficacy', predicateSpan(g.first, object.last), `experiencer:${head.lemma}`, false);
    }
    // "You'll be back on the field", "patients are back to normal": the people treated returned to
    // the life a complaint kept them from (not "back at the clinic" or "back home").
    if (subjectKind === 'experiencer' && g.copula && words[g.last + 1]?.norm === 'back' && ['on', 'at', 'to', 'in'].includes(words[g.last + 2]?.norm ?? '')) {
      const life = words.slice(g.last + 3, Math.min(object.last, g.last + 6) + 1).findIndex((w) => RESUMED_LIFE.has(w.norm));
      if (life >= 0) add('efficacy', predicateSpan(g.first, object.last), 'back-to-life', false);
    }
    // "Most patients describe the experience as deeply relaxing", "clients find the session
    // painless": the people treated judging it soothing or harmless vouch for a benefit or its safety.
    if (subjectKind === 'experiencer' && JUDGING.has(head.lemma) && !g.passive) {
      for (let i = object.first + 1; i <= Math.min(object.last, object.first + 6); i++) {
        const w = words[i];
        if (w.tag === 'ADV' || w.norm === 'as' || w.norm === 'it') continue;
        const soothing = w.tag === 'VERB' && w.form === 'gerund' && verbClassOf(w.lemma).has('efficacy') && !DESCRIBING.has(w.lemma) && i === object.last;
        if (m.at[i].has('safetyAdjective')) add('safety', predicateSpan(g.first, i), `judged:${head.lemma}`, false);
        else if (m.at[i].has('experiencerState') || soothing) add('efficacy', predicateSpan(g.first, i), `judged:${head.lemma}`, false);
        else continue;
        break;
      }
    }
  });
  const verb = clause.verb;
  // A copula with a verdict: "is effective", "is an effective treatment", "is the answer".
  if (verb && verb.copula && !verb.negated) {
    // The adjective must describe the subject, not a noun further on ("is essential ... to ensure
    // the safe and effective administration"): nothing verbal or a new clause before it.
    const found = firstWith(m, rest, 'efficacyAdjective');
    // ("a toxic gas with no known useful medical use": a denial a word or two before still denies.)
    // ("without doubt effective", "not just effective" affirm.)
    const affirmed = (k: number) => ['doubt', 'question', 'just', 'only'].includes(words[k + 1]?.norm ?? '');
    const diminished = found > 0 && (['less', 'least', 'barely', 'hardly', 'rarely'].includes(words[found - 1].norm) || words.slice(Math.max(rest.first, found - 3), found).some((w, k) => ['not', 'no', 'never', 'without'].includes(w.norm) && !affirmed(Math.max(rest.first, found - 3) + k)));
    const adj = found >= 0 && !diminished && !words.slice(rest.first, found).some((w) => w.tag === 'TO' || w.tag === 'VERB' || w.tag === 'REL' || w.tag === 'SCONJ') ? found : -1;
    const praiseOnly = adj >= 0 && m.at[adj].has('praise');
    // ("is the solution", "a remedy for memory loss": a noun that can also name a treatment is a
    // verdict after the copula, unless it says what it is made of: "a solution of salt and water".)
    let verdict = nounIn(m, rest, 'verdict');
    for (let i = rest.first; i <= Math.min(rest.last, rest.first + 4) && verdict < 0; i++) {
      if (words[i].tag === 'NOUN' && words[i + 1]?.norm !== 'of' && nouns.at([words[i].norm], 0).some((h) => h.value === 'verdict')) verdict = i;
    }
    if (adj >= 0 && (!praiseOnly || ['treatment', 'anaphor', 'outcome', 'name'].includes(subjectKind)) && !NOT_TREATMENT_KINDS.has(nounKindAt(x, modifiedNoun(x, adj)))) {
      add('efficacy', predicateSpan(verb.first), `verdict:${words[adj].norm}`, subjectKind !== 'outcome');
    } else if (verdict >= 0 && !(words[verdict - 1]?.norm === 'no' || words.slice(rest.first, verdict).some((w) => w.tag === 'NEG'))) {
      add('efficacy', predicateSpan(verb.first), `verdict:${words[verdict].norm}`);
    }
  }
  // "acts as a powerful anti-anxiety tool", "serves as an effective remedy".
  if (verb && !verb.negated && ['act', 'serve', 'work', 'function'].includes(words[verb.head].lemma) && words[verb.last + 1]?.norm === 'as') {
    const adj = firstWith(m, { first: verb.last + 2, last: Math.min(clause.last, verb.last + 5) }, 'efficacyAdjective');
    const verdict = nounIn(m, { first: verb.last + 2, last: Math.min(clause.last, verb.last + 6) }, 'verdict');
    if (adj >= 0 || verdict >= 0) add('efficacy', predicateSpan(verb.first), 'acts-as');
  }
  // "treats depression safely and naturally": a manner that promises safety. "The rest is safely
  // flushed away", "it can be used safely": safely done, whatever is done (not advice to the
  // reader, "dispose of needles safely", which has no subject).
  const efficacyHere = x.out.some((o) => o.cls === 'efficacy');
  if (efficacyHere || (verb && !verb.negated && clause.subject && ['treatment', 'name', 'anaphor', 'other', 'outcome', 'body'].includes(subjectKind) && !HANDLING.has(words[verb.head].lemma))) {
    const manner = words.findIndex((w, i) => i >= x.span.first && i <= x.span.last && (efficacyHere ? SAFE_MANNER.has(w.norm) : SAFELY.has(w.norm)));
    if (manner >= 0) {
      // (Without a benefit the span is the verb and its adverb: "safely flushed out", "used safely".)
      const around = verb && !efficacyHere ? { first: Math.min(manner, verb.head), last: Math.max(manner, verb.last) } : { first: manner, last: Math.min(x.span.last, manner + 2) };
      add('safety', around, 'safe-manner', efficacyHere);
    }
  }
  // "has various benefits", "is a medicine with mental health benefits".
  if (verb && !verb.negated && (verb.lemma === 'have' || (verb.copula && words.slice(rest.first, rest.last + 1).some((w) => w.norm === 'with')))) {
    // "has various benefits": "benefit" is also an outcome noun (a subject class); either reading counts.
    const benefit = nounIn(m, rest, 'benefit', 'outcome');
    if (benefit >= 0 && !['effect', 'effects', 'outcome', 'outcomes', 'result', 'results'].includes(words[benefit].norm) && !words.slice(rest.first, benefit).some((w) => w.tag === 'NEG' || w.norm === 'no')) add('efficacy', predicateSpan(verb.first), 'has-benefit');
  }
  // An efficacy word on a treatment noun anywhere: "a fast and effective way to recover",
  // "this cutting-edge therapy", "a powerful anti-anxiety tool", "the ultimate hangover cure".
  const giving = verb && !verb.negated && GIVING.has(words[verb.head].lemma);
  if (!x.out.some((o) => o.cls === 'efficacy') && (!verb || giving)) {
    for (let i = x.span.first; i <= x.span.last; i++) {
      if (!m.at[i].has('efficacyAdjective') || m.at[i].has('praise')) continue;
      if (verb && i < verb.first) continue;
      const noun = modifiedNoun(x, i);
      if (noun >= 0 && (x.m.noun[noun] === 'treatment' || x.m.noun[noun] === 'verdict')) {
        add('efficacy', { first: i, last: noun }, `attributive:${words[i].norm}`);
        // A fragment must name the therapy, unless it is the clinic's own ("Our effective infusions").
        if (!verb && words[x.span.first].norm !== 'our') x.out[x.out.length - 1].needsMention = true;
        break;
      }
    }
    // A verdict noun in a fragment or heading: "The Ultimate Hangover Cure", "A Miracle for Migraines".
    if (!verb) {
      const verdict = nounIn(m, x.span, 'verdict');
      // A capitalised verdict inside a sentence is part of a name ("the 988 Suicide & Crisis Lifeline").
      const named = verdict > 0 && words[verdict].token.capital && !x.titleCase;
      if (verdict >= 0 && !named && !words.slice(x.span.first, verdict).some((w) => w.norm === 'no' || w.tag === 'NEG')) add('efficacy', { first: x.span.first, last: verdict }, `fragment:${words[verdict].norm}`);
    }
  }
}

/** The outcome words of a function of body or mind ("sleep", "blood flow") at `i`, as a phrase. */
const functionAt = (x: Scope, i: number) => FUNCTIONS.has(x.words[i].norm) || FUNCTIONS.has(x.words[i].lemma) || (i > 0 && FUNCTIONS.has(`${x.words[i - 1].norm} ${x.words[i].norm}`));
const SPEED_MODIFIERS = new Set(['faster', 'quicker', 'speedier']);

/**
 * A verbless heading or list item naming a function made better or a complaint made less: "Better
 * sleep and deeper relaxation", "Tighter, clearer skin and reduced cellulite", "Faster recovery", "A
 * natural lift for anxiety". The modifier and the noun it describes, or undefined.
 */
function betteredPhrase(x: Scope): WordSpan | undefined {
  const { words, span, m } = x;
  for (let i = span.first; i <= span.last; i++) {
    const norm = words[i].norm;
    const better = BETTER_MODIFIERS.has(norm);
    const less = LESS_MODIFIERS.has(norm);
    if (better || less) {
      const noun = modifiedNoun(x, i, 4);
      if (noun < 0 || vitalIn(words, { first: i + 1, last: noun })) continue;
      const fits = less ? m.noun[noun] === 'complaint' : SPEED_MODIFIERS.has(norm) ? isBenefitNoun(x, noun) : functionAt(x, noun) || isBenefitNoun(x, noun);
      if (fits) return { first: i, last: noun };
    }
    // "Relief from back pain", "a natural lift for anxiety and low mood".
    if (isBenefitNoun(x, i) && ['for', 'from'].includes(words[i + 1]?.norm ?? '') && i + 1 < span.last) {
      for (let k = i + 2; k <= Math.min(span.last, i + 5); k++) if (m.noun[k] === 'complaint') return { first: i, last: k };
    }
  }
  return undefined;
}

/** Nouns that say someone fits a treatment ("a good candidate"). */
const CANDIDATE = new Set(['candidate', 'candidates', 'fit', 'match']);

/** "heal itself", "repair themselves": a verb of mending with a reflexive object, as a span. */
function selfMending(words: readonly Word[]): WordSpan | undefined {
  for (let i = 1; i < words.length; i++) {
    if (words[i].norm !== 'itself' && words[i].norm !== 'themselves') continue;
    const verb = words[i - 1];
    if (MENDING.has(verb.lemma) || MENDING.has(verb.norm) || ['restore', 'regenerate', 'renew', 'rebalance', 'reset', 'detoxify', 'cleanse'].includes(verb.lemma)) return { first: i - 1, last: i };
  }
  return undefined;
}

/** Nouns that measure what they follow ("success rate"). */
const MEASURES = new Set(['rate', 'rates', 'level', 'levels', 'score', 'scores', 'percentage', 'ratio']);

/** What a clinic does to the site before a treatment: with the clinic as subject, no claim. */
const PREPARING = new Set(['clean', 'disinfect', 'sterilise', 'sterilize', 'numb', 'prepare', 'wipe', 'mark', 'shave', 'swab']);

/**
 * "cortisol levels", "the level of glutathione in your blood": a level of something in the body,
 * which a treatment raising or lowering is said to change for the better (raising a vital is a
 * risk, lowering a benefit a drawback: see the callers).
 */
function levelIn(words: readonly Word[], span: WordSpan): boolean {
  for (let i = span.first; i <= span.last; i++) {
    if (words[i].lemma !== 'level' || words[i].tag !== 'NOUN' || mechanismLevelAt(words, i)) continue;
    if (words[i - 1]?.tag === 'NOUN' && i - 1 >= span.first) return true;
    if (words[i + 1]?.norm === 'of' && ['NOUN', 'PROPN'].includes(words[i + 2]?.tag ?? '')) return true;
  }
  return false;
}

/** The level at `i` is of a messenger of the mechanism ("levels of glutamate", "serotonin levels"): how it works, not a benefit. */
const mechanismLevelAt = (words: readonly Word[], i: number) => words[i]?.lemma === 'level' && [words[i - 1], words[i + 2]].some((w) => w !== undefined && (MECHANISM_NOUNS.has(w.lemma) || MECHANISM_NOUNS.has(w.norm)));

/** Does the span hold a measurement of the body ("blood pressure", "heart rate")? */
function vitalIn(words: readonly Word[], span: WordSpan): boolean {
  for (let i = span.first; i <= span.last; i++) if (VITALS.some((v) => v.every((part, k) => words[i + k]?.norm === part || (k === v.length - 1 && words[i + k]?.norm === `${part}s`)))) return true;
  return false;
}

/** The noun phrase right after a verb, with an "of" or "in" phrase: "the pain", "the health of your joints", "mitochondria in your cells". */
function directObject(x: Scope, object: WordSpan): WordSpan {
  const { words } = x;
  let i = object.first;
  let last = object.first - 1;
  for (let phrases = 0; phrases < 2 && i <= object.last; phrases++) {
    while (i <= object.last && ['DET', 'ADJ', 'ADV', 'NUM', 'PRON'].includes(words[i].tag) && !x.gaps[i].includes(',')) i++;
    while (i <= object.last && (words[i].tag === 'NOUN' || words[i].tag === 'PROPN') && (i === object.first || !x.gaps[i].includes(','))) last = i++;
    // "the trapped fluid and toxins": a coordinated noun belongs to the object.
    if (last === i - 1 && words[i]?.tag === 'CONJ' && i < object.last) {
      i++;
      phrases--;
      continue;
    }
    if (!['of', 'in', 'on', 'inside', 'within', 'around'].includes(words[i]?.norm ?? '') || i > object.last) break;
    i++;
  }
  return { first: object.first, last: Math.max(last, object.first - 1) };
}

const nounKindAt = (x: Scope, i: number) => (i >= 0 && !x.m.noun[i] && x.words[i].tag !== 'PROPN' ? (nounKind(x.words[i].norm) ?? 'thing') : 'thing');
/** A part of the body WordNet names only as a compound or a technical plural ("your nervous system", "mitochondria"). */
const bodyPart = (x: Scope, i: number) => BODY_PARTS.has(x.words[i].norm) || (i > 0 && BODY_PARTS.has(`${x.words[i - 1].norm} ${x.words[i].norm}`));
const nounIn2 = (x: Scope, span: WordSpan, kind: string) => {
  for (let i = span.first; i <= span.last; i++) if (x.words[i].tag === 'NOUN' && ((!x.m.noun[i] && nounKind(x.words[i].norm) === kind) || (kind === 'body' && bodyPart(x, i)))) return true;
  return false;
};

/** Subjects that deny what their verb asserts ("nobody has ever had a side effect"). */
const NO_ONE = new Set(['nobody', 'none', 'no', 'neither']);
/** Words before a treatment that make it the patient's other one ("side effects from their medication"). */
const FOIL_OWNERS = new Set(['their', 'your', 'his', 'her', 'my', 'other', 'conventional', 'traditional', 'standard', 'prescription', 'older']);
/** Verbs of regulating that describe a mechanism, a benefit when a system of the body is their object. */
const REGULATING = new Set(['modulate', 'regulate', 'activate', 'upregulate', 'stimulate', 'balance', 'support', 'optimize', 'optimise', 'influence', 'prime', 'reset']);
/** What makes a "system" one of the body's ("the immune system", "antioxidant systems"). */
const BODY_SYSTEMS = new Set(['immune', 'nervous', 'lymphatic', 'endocrine', 'antioxidant', 'digestive', 'circulatory', 'cardiovascular', 'respiratory', 'musculoskeletal', 'limbic', 'reproductive', 'hormonal', 'metabolic', 'endocannabinoid', 'vascular', 'glymphatic', 'body\'s', 'healing', 'repair', 'defence', 'defense']);
/** What "than" can compare with that is no treatment: the patient's own past or expectation. */
const SELF_COMPARED = new Set(['before', 'ever', 'usual', 'normal', 'expected', 'yesterday', 'previously', 'earlier', 'you']);
/** "no way to", "no chance of": what follows is ruled out. */
const NO_WAY = new Set(['way', 'chance', 'possibility', 'danger']);
/** Modals of advice, whose negation instructs rather than promises. */
const ADVISING = new Set(['should', 'must', 'need', 'ought', 'shall']);
/** Verbs of feeling, with which pain is a harm denied ("you won't feel any pain"). */
const FEEL = new Set(['feel', 'experience', 'notice', 'suffer']);
const PAIN = new Set(['pain', 'discomfort', 'ache', 'soreness', 'stinging', 'burning']);

/** Values that deny or belittle a risk named before a colon ("Side effects: none", "Downtime: zero"). */
const NONE_VALUES = new Set(['none', 'zero', 'nil', 'nothing', 'no', '0', 'n/a']);

/** Words that say "straight after the treatment" ("right after", "the same afternoon", "immediately"). */
function straightAfter(words: readonly Word[], span: WordSpan): boolean {
  for (let i = span.first; i <= span.last; i++) {
    const w = words[i].norm;
    const next = words[i + 1]?.norm ?? '';
    if (w === 'immediately' || ((w === 'right' || w === 'straight' || w === 'directly') && ['after', 'away', 'afterwards', 'afterward'].includes(next))) return true;
    if (w === 'same' && words[i - 1]?.norm === 'the' && ['day', 'afternoon', 'evening', 'morning', 'night'].includes(next)) return true;
  }
  return false;
}

/**
 * "You can drive yourself home right after your infusion", "you'll be able to drive straight
 * away": the reader fit to drive straight after the treatment. A safety claim only of a therapy
 * that impairs driving (the engine reads the knowledge's traits).
 */
function drivingAtOnce(x: Scope): void {
  const { words, clause, add } = x;
  for (let i = clause.first; i <= clause.last; i++) {
    if (words[i].lemma !== 'drive' || words[i].tag !== 'VERB') continue;
    const group = clause.verbs.find((g) => g.first <= i && i <= g.last);
    // ("You will not be able to drive": a negation before the verb, in its group or before "able to".)
    if (group?.negated || words.slice(clause.first, i).some((w) => w.tag === 'NEG')) continue;
    const after = words.slice(i + 1, i + 3).map((w) => w.norm);
    // Driving yourself home is driving straight after the session.
    const home = after[0] === 'home' || (after[0] === 'yourself' && after[1] === 'home');
    if (home || straightAfter(words, { first: i, last: clause.last })) add('safety', x.predicateSpan(group?.first ?? i), 'drive-at-once', false);
  }
}

function safety(x: Scope, clauses: readonly Clause[]) {
  const { words, m, clause, rest, span, add, predicateSpan } = x;
  const verb = clause.verb;
  const subjectKind = clause.subjectKind;
  // "Side effects: none", "Downtime: minimal": a risk as a label, its value after the colon.
  if (!verb) {
    // (The colon ends a clause: the label is the clause before.)
    for (let i = Math.max(1, clause.first); i <= clause.last; i++) {
      if (!(x.gaps[i] ?? '').includes(':') || !(m.noun[i - 1] === 'risk' || words[i - 1].norm === 'pain')) continue;
      const value = words[i];
      const belittled = NONE_VALUES.has(value.norm) || (m.at[i].has('minimal') && (i === clause.last || !['NOUN', 'ADJ'].includes(words[i + 1].tag)));
      // The span from the label's first word ("Side effects: none").
      const label = x.clauses.find((c) => c.subject && c.subject.last === i - 1)?.subject?.first ?? i - 1;
      if (belittled) add('safety', { first: label, last: i }, `label:${value.norm}`, false);
    }
  }
  const early = (i: number) => i >= 0 && i <= rest.first + 3 && !words.slice(rest.first, i).some((w) => w.tag === 'NOUN' || w.tag === 'ADP');
  if (subjectKind === 'experiencer') drivingAtOnce(x);
  if (verb?.copula) {
    const safe = firstWith(m, rest, 'safetyAdjective');
    const riskAdj = firstWith(m, rest, 'riskAdjective');
    const minimal = firstWith(m, rest, 'minimal');
    const people = ['experiencer', 'person', 'provider'].includes(subjectKind);
    const safeOnTreatment = safe >= 0 && safe <= rest.first + 4 && isTreatmentNoun(x, modifiedNoun(x, safe, 2));
    // (The span reaches the word: "is a quick, risk-free injection".)
    if (!verb.negated && (early(safe) || safeOnTreatment) && subjectKind !== 'risk' && subjectKind !== 'comparator' && !people) add('safety', { first: verb.first, last: Math.max(predicateSpan(verb.first).last, m.spans.find((sp) => sp.first === safe)?.last ?? safe) }, `safe:${words[safe].norm}`);
    // "Ketamine is not a controlled substance": the therapy's control denied (judged against what
    // the knowledge says of it).
    const controlled = words.findIndex((w, i) => i >= rest.first && i <= rest.first + 2 && ['controlled', 'scheduled'].includes(w.norm) && ['substance', 'drug', 'medicine', 'medication'].includes(words[i + 1]?.norm ?? ''));
    if (verb.negated && controlled >= 0 && ['treatment', 'name', 'anaphor'].includes(subjectKind)) add('safety', { first: verb.first, last: controlled + 1 }, 'not:controlled');
    // "Microneedling is downtime-free": a risk with "-free" after it.
    const riskFree = words.findIndex((w, i) => i > rest.first && i <= rest.first + 3 && w.norm === 'free' && /^[-\u2010\u2011]$/.test(x.gaps[i] ?? '') && m.noun[i - 1] === 'risk');
    if (!verb.negated && riskFree > 0 && safe < 0 && subjectKind !== 'risk' && subjectKind !== 'comparator' && !people) add('safety', predicateSpan(verb.first), 'safe:risk-free');
    if (verb.negated && early(riskAdj) && subjectKind !== 'comparator') add('safety', predicateSpan(verb.first), `not:${words[riskAdj].norm}`, !['experiencer', 'risk'].includes(subjectKind));
    // "It is completely natural", "100% natural": natural as a promise of safety.
    const natural = words.findIndex((w, i) => i >= rest.first && i <= rest.first + 3 && w.norm === 'natural');
    if (!verb.negated && natural > rest.first && ['completely', 'totally', 'entirely', 'all', '100', '%', 'purely', 'perfectly'].includes(words[natural - 1].norm) && !people) add('safety', predicateSpan(verb.first), 'safe:natural');
    // "Side effects are mild"; "these are usually mild" after a sentence that named them.
    const riskSubject = subjectKind === 'risk' || (subjectKind === 'anaphor' && clauses.slice(0, x.c).some((o) => nounIn(m, o, 'risk') >= 0));
    const minimalEnd = minimal >= 0 ? (m.spans.find((sp) => sp.cls === 'minimal' && sp.first === minimal)?.last ?? minimal) : -1;
    const predicative = minimal >= 0 && !(words[minimalEnd + 1]?.tag === 'NOUN' || words[minimalEnd + 1]?.tag === 'ADJ');
    if (!verb.negated && riskSubject && early(minimal) && predicative) add('safety', { first: clause.subject!.first, last: predicateSpan(verb.first).last }, `risk-minimal:${words[minimal].norm}`, false);
  }
  // "You can use the sauna while pregnant", "patients with a pacemaker can safely have it": a
  // reader the treatment is often not for, told they may have it. A "not", "unless" or "should"
  // anywhere makes it the disclosure instead ("you cannot have it if you are pregnant").
  const reader = subjectKind === 'experiencer' || subjectKind === 'person' || (clause.subject !== undefined && ['i', 'you', 'we'].includes(words[clause.subject.head].norm));
  if (verb && !verb.negated && reader && verb.modals.includes('can') && TAKE_VERBS.has(words[verb.head].lemma) && (clause.kind === 'main' || clause.kind === 'coordinate')) {
    const group = words.findIndex((_, i) => m.at[i].has('riskGroup'));
    const warns = words.some((w) => w.tag === 'NEG' || ['unless', 'except', 'should', 'avoid', 'not', 'no', 'never', 'first', 'before', 'consult', 'ask'].includes(w.norm));
    if (group >= 0 && !warns) add('safety', { first: verb.first, last: Math.max(predicateSpan(verb.first).last, group) }, 'risk-group', false);
  }
  // A risk denied: "dependence has never been reported", "complications do not occur".
  // ("The long-term risks are not known" says what is uncertain: a disclosure, not a denial.)
  const after = verb && words[verb.last + 1];
  const unknown = verb !== undefined && (EPISTEMIC.has(words[verb.head].lemma) || (verb.copula && after !== undefined && (EPISTEMIC.has(after.lemma) || EPISTEMIC.has(after.norm))));
  if (verb && subjectKind === 'risk' && verb.negated && !unknown) add('safety', { first: clause.subject!.first, last: predicateSpan(verb.first).last }, 'risk-denied', false);
  // "You won't get addicted", "you can't overdose", "you won't feel any pain or drowsiness",
  // "nobody has ever had a side effect": the people treated told a harm will not happen to them.
  // (Advice is not this: "you should not feel dizzy; tell us if you do" asks to be told.)
  // "It won't leave you groggy": the treatment said not to leave them so.
  const noOne = clause.subject !== undefined && NO_ONE.has(words[clause.subject.first].norm) && !verb?.negated;
  if (verb && (verb.negated || noOne) && !verb.modals.some((mo) => ADVISING.has(mo)) && !unknown) {
    const lemma = words[verb.head].lemma;
    const harmAt = (i: number) => m.at[i].has('riskAdjective') || m.at[i].has('sideEffectState') || m.at[i].has('riskVerb') || m.noun[i] === 'risk' || (FEEL.has(lemma) && PAIN.has(words[i].lemma));
    const near = (from: number, width: number) => {
      for (let i = from; i <= Math.min(clause.last, from + width); i++) if (harmAt(i)) return i;
      return -1;
    };
    // ("You can't do anything hazardous for the rest of the day": a rule for the patient, not a harm spared.)
    if (subjectKind === 'experiencer' && !DOING.has(lemma)) {
      const harm = m.at[verb.head].has('riskVerb') || (words[verb.head].tag !== 'VERB' && harmAt(verb.head)) ? verb.head : near(verb.last + 1, 4);
      if (harm >= 0) add('safety', { first: verb.first, last: Math.max(harm, verb.last) }, 'spared', false);
    } else if (['treatment', 'name', 'anaphor'].includes(subjectKind) && CAUSATIVE.has(lemma)) {
      const harm = near(verb.last + 1, 4);
      let person = false;
      for (let i = verb.last + 1; i < harm && !person; i++) person = words[i].tag === 'PRON' || m.noun[i] === 'experiencer';
      if (harm >= 0 && person) add('safety', { first: verb.first, last: harm }, 'no-harm');
    }
  }
  // "does not interact with other medicines", "won't affect your heart", "never causes strokes", "causes no upset".
  for (const g of clause.verbs) {
    const classes = verbClassOf(words[g.head].lemma);
    if (!classes.has('harm') || ['risk', 'comparator', 'complaint', 'experiencer', 'body', 'condition', 'person'].includes(subjectKind)) continue;
    const object: WordSpan = { first: g.last + 1, last: clause.last };
    // "does not interact", "it doesn't hurt": denied with no object at all.
    const noObject = ['interact', 'interfere'].includes(words[g.head].lemma) || (['hurt', 'sting', 'burn', 'ache'].includes(words[g.head].lemma) && g.last === clause.last);
    const noDeterminer = words[object.first]?.norm === 'no' || words[object.first]?.norm === 'zero';
    // "won't numb your emotions", "doesn't affect your sleep": something of the patient's own.
    const yours = ['your', 'my', 'our', 'their'].includes(words[object.first]?.norm ?? '') && words[object.first + 1]?.tag === 'NOUN';
    // ("won't hurt you", "cannot harm anyone": the people treated.)
    const people = ['you', 'anyone', 'anybody', 'patients', 'people'].includes(words[object.first]?.norm ?? '') && (object.first === clause.last || !['ADJ'].includes(words[object.first + 1]?.tag ?? ''));
    const harmful = nounIn(m, object, 'risk', 'complaint') >= 0 || nounIn2(x, object, 'body') || nounIn2(x, object, 'state') || yours || people;
    if ((g.negated && (noObject || harmful)) || (noDeterminer && !g.negated)) add('safety', predicateSpan(g.first, object.last), 'no-harm');
  }
  // "has no side effects", "carries a low risk of addiction", "is not associated with side effects".
  if (verb && HAVE_VERBS.has(words[verb.head].lemma) && subjectKind !== 'risk' && subjectKind !== 'comparator') {
    const risk = nounIn(m, rest, 'risk');
    const noBefore = risk >= 0 && words.slice(rest.first, risk).some((w) => w.norm === 'no' || w.norm === 'zero' || w.norm === 'without' || w.norm === 'none');
    const quantity = risk >= 0 && words.slice(Math.max(rest.first, risk - 4), risk).some((w, k) => m.at[Math.max(rest.first, risk - 4) + k].has('quantity'));
    if (risk >= 0 && (verb.negated || noBefore || quantity)) add('safety', predicateSpan(verb.first), verb.negated || noBefore ? 'no-risk' : 'few-risks');
  }
  // "has no effect on fertility", "no impact on your sleep": no effect on the body or its workings.
  if (verb && HAVE_VERBS.has(words[verb.head].lemma) && !verb.negated && ['treatment', 'name', 'anaphor'].includes(subjectKind)) {
    const none = words.findIndex((w, i) => i > verb.last && i <= verb.last + 2 && (w.norm === 'no' || w.norm === 'zero'));
    const on = none > 0 && ['effect', 'effects', 'impact'].includes(words[none + 1]?.norm ?? '') && words[none + 2]?.norm === 'on' ? none + 3 : -1;
    if (on > 0 && on <= span.last && (nounIn2(x, { first: on, last: Math.min(span.last, on + 2) }, 'body') || nounIn2(x, { first: on, last: Math.min(span.last, on + 2) }, 'state') || ['your', 'my', 'their'].includes(words[on].norm))) add('safety', { first: verb.first, last: Math.min(span.last, on + 2) }, 'no-harm');
  }
  // "Worried about side effects? Acupuncture has none": "none" of the risk named before.
  if (verb && HAVE_VERBS.has(words[verb.head].lemma) && !verb.negated && ['treatment', 'name', 'anaphor'].includes(subjectKind) && ['none', 'zero'].includes(words[verb.last + 1]?.norm ?? '') && verb.last + 1 === clause.last) {
    if (words.some((_, i) => i < clause.first && m.noun[i] === 'risk')) add('safety', { first: verb.first, last: verb.last + 1 }, 'no-risk');
  }
  // "There are no side effects", "there is virtually no downtime", "there are few risks".
  if (verb && subjectKind === 'existential') {
    // ("There's no grogginess afterward": the noun of a side-effect state is a risk too.)
    const riskNoun = nounIn(m, rest, 'risk');
    const risk = riskNoun >= 0 ? riskNoun : words.findIndex((w, i) => i >= rest.first && i <= rest.last && sideEffectNoun(w));
    // (The span starts at "there", past a conjunction before it: "so there is no way ...".)
    const from = clause.subject?.first ?? clause.first;
    if (risk >= 0 && (verb.negated || words.slice(rest.first, risk).some((w, k) => w.norm === 'no' || w.norm === 'zero' || m.at[rest.first + k].has('quantity')))) add('safety', { first: from, last: risk }, 'no-risk');
    // "There is nothing toxic in it": nothing harmful at all.
    const nothing = words.findIndex((w, i) => i >= rest.first && i <= rest.first + 1 && w.norm === 'nothing' && m.at[i + 1]?.has('riskAdjective'));
    if (nothing >= 0 && !verb.negated) add('safety', { first: from, last: nothing + 1 }, 'nothing-harmful');
    // "There is no way to overdose", "no chance of getting addicted": the harm itself ruled out.
    // ("there's no way they can damage your skin": the same with a clause of its own.)
    const no = words.findIndex((w, i) => i >= rest.first && i <= rest.first + 2 && w.norm === 'no' && NO_WAY.has(words[i + 1]?.norm ?? '') && (['to', 'of'].includes(words[i + 2]?.norm ?? '') || ['PRON', 'DET', 'NOUN'].includes(words[i + 2]?.tag ?? '')));
    if (no >= 0) {
      for (let i = no + 2; i < words.length && i <= no + 6; i++) {
        if (!(m.at[i].has('riskVerb') || m.at[i].has('riskAdjective') || m.at[i].has('sideEffectState') || (words[i].tag === 'VERB' && verbClassOf(words[i].lemma).has('harm')))) continue;
        add('safety', { first: from, last: i }, 'no-way');
        break;
      }
    }
  }
  for (let i = span.first; i + 2 <= span.last; i++) {
    if (words[i].norm === 'free' && words[i + 1].norm === 'of' && nounIn(m, { first: i + 2, last: Math.min(span.last, i + 5) }, 'risk') >= 0) add('safety', { first: i, last: Math.min(span.last, i + 4) }, 'free-of-risk');
  }
  // "with few side effects", "a low risk of addiction", "without side effects", "minimal downtime" anywhere else.
  for (let i = span.first; i <= span.last; i++) {
    const riskish = m.noun[i] === 'risk' || (RISKISH.has(words[i].norm) && ['no', 'zero', 'without', 'few'].includes(words[i - 1]?.norm ?? ''));
    if (!riskish || x.out.some((o) => o.cls === 'safety')) continue;
    let q = i - 1 - (m.nounStart[i] !== undefined ? i - m.nounStart[i]! : 0);
    // ("without any side effects", "without a single complication": a determiner between.)
    while (q >= span.first && q >= i - 3 && (words[q].tag === 'ADJ' || words[q].tag === 'ADV' || ['side', 'adverse', 'any', 'a', 'single'].includes(words[q].norm)) && !m.at[q].has('quantity')) q--;
    if (q < span.first || !(m.at[q].has('quantity') || ['no', 'zero', 'without'].includes(words[q].norm))) continue;
    // ("Relatively few complications have been reported": what the record shows, not a promise.)
    // (Not "no serious side effects have been reported": a denial still promises.)
    if (verb?.passive && REPORTED.has(words[verb.head].lemma) && i < verb.first && !['no', 'zero', 'without'].includes(words[q].norm)) continue;
    if (verb?.negated && q > verb.last) continue;
    // "Patients recover without any side effects", "your body handles it without side effects":
    // the people treated, or their body, spared a risk: said of the treatment in view.
    // (Not the side effects "from their medication": another treatment's.)
    const foil = ['from', 'of', 'with'].includes(words[i + 1]?.norm ?? '') && (FOIL_OWNERS.has(words[i + 2]?.norm ?? '') || words.slice(i + 2, i + 5).some((_, k) => m.noun[i + 2 + k] === 'comparator'));
    // ("you can count on zero side effects", "you'll have no downtime": the same, denied outright.)
    const spared = ['without', 'no', 'zero'].includes(words[q].norm) && (subjectKind === 'experiencer' || subjectKind === 'body') && !foil;
    add('safety', { first: q, last: i }, words[q].norm === 'without' ? 'without-risk' : 'few-risks', spared ? false : undefined);
  }
}

function comparison(x: Scope) {
  const { words, m, clause, span, add, predicateSpan } = x;
  const verb = clause.verb;
  // ("costs more than dressings", "takes more time than a pill": what it asks of the patient.)
  const demanded = (i: number) => verb !== undefined && DEMANDING.has(words[verb.head].lemma) && i <= verb.last + 2;
  const therapyPredicate = (i: number) => !clause.subject || i > clause.subject.last;
  // "Nothing else works like ketamine", "no other treatment works as well as": every alternative denied.
  // What they are measured against must be able to name a treatment ("like cupping"), not a person or
  // a state ("like a good night's sleep" is not about the therapy).
  if (verb && !verb.negated && clause.subject && ['no', 'nothing', 'none'].includes(words[clause.subject.first].norm)) {
    const marker = words.findIndex((w, i) => i > verb.last && i <= clause.last && ['like', 'as', 'than'].includes(w.norm));
    const against = marker > 0 ? words.findIndex((w, i) => i > marker && i <= clause.last && (w.tag === 'NOUN' || w.tag === 'PROPN') && !(w.norm === 'well' && words[i + 1]?.norm === 'as')) : -1;
    if (against > 0 && isTreatmentNoun(x, against) && m.noun[against] !== 'complaint') {
      add('comparison', predicateSpan(clause.subject.first), 'none-match');
      return;
    }
  }
  // "more effective than", "twice as effective as", "works just as well as", "a safer option".
  for (const s of m.spans) {
    if (s.cls !== 'comparative' || s.first < span.first || s.last > span.last || !therapyPredicate(s.first)) continue;
    if (demanded(s.first)) continue;
    // ("stronger than before", "better than ever": against the patient's own past, no treatment.)
    // ("no more than 10mg a day", "more than 20 sessions": a quantity, not a comparison.)
    const than = words.slice(s.last + 1, Math.min(span.last, s.last + 6) + 1).some((w, k) => w.norm === 'than' && !SELF_COMPARED.has(words[s.last + 2 + k]?.norm ?? '') && !isCount(words, s.last + 2 + k)) || (['superior', 'preferable', 'inferior'].includes(words[s.last].norm) && words[s.last + 1]?.norm === 'to');
    const phrase = words.slice(s.first, s.last + 1).map((w) => w.norm).join(' ');
    const strong = STRONG_COMPARATIVES.has(phrase);
    // "works better" compares the therapy; "helped patients sleep better" describes the patients.
    // ("you sleep better": the people's own verb, which describes them too.)
    const adverbial = strong && verb && !verb.copula && s.first === verb.last + 1 && clause.subjectKind !== 'experiencer' && x.out.some((o) => o.cls === 'efficacy') && modifiedNoun(x, s.last) < 0;
    const described = strong && (isTreatmentNoun(x, modifiedNoun(x, s.last)) || (verb?.copula && s.first > verb.last) || adverbial);
    if (than || described) {
      add('comparison', predicateSpan(s.first), than ? 'than' : 'comparative');
      return;
    }
  }
  // "more hydrating than regular water", "less painful than surgery".
  for (let i = span.first; i + 2 <= span.last; i++) {
    if (!['more', 'less'].includes(words[i].norm) || !therapyPredicate(i)) continue;
    const a = words[i + 1];
    // "more expensive than", "less effective than": in the other treatment's favour, no claim.
    if ((words[i].norm === 'more' && (m.at[i + 1].has('riskAdjective') || UNFAVOURABLE.has(a.norm))) || (words[i].norm === 'less' && m.at[i + 1].has('efficacyAdjective'))) continue;
    const than = words.findIndex((w, k) => k > i + 1 && k <= i + 6 && w.norm === 'than');
    if (than > 0 && (a.tag === 'ADJ' || a.tag === 'ADV' || (a.tag === 'VERB' && (a.form === 'gerund' || a.form === 'participle')))) {
      add('comparison', predicateSpan(i), 'more-than');
      return;
    }
  }
  for (let i = span.first; i + 2 <= span.last; i++) {
    if (words[i].norm !== 'as' || !therapyPredicate(i)) continue;
    const close = words.findIndex((w, k) => k > i + 1 && k <= i + 8 && w.norm === 'as');
    const between = close > 0 ? words.slice(i + 1, close) : [];
    // "as fast as", "as effective as", "just as well as": an adjective or adverb right after the first "as".
    const first = words[i + 1];
    // "as well as" is usually "and also": a comparison only after a verb ("works just as well as").
    const wellOk = first.norm !== 'well' || words[i - 1]?.tag === 'VERB' || ['just', 'equally', 'every'].includes(words[i - 1]?.norm ?? '');
    // "in as little as one hour", "as many as 70%": an amount, not a comparison.
    const amount = close > 0 && (words[close + 1]?.tag === 'NUM' || ['a', 'an'].includes(words[close + 1]?.norm ?? '')) && ['little', 'few', 'many', 'much', 'early', 'soon', 'long', 'short'].includes(first.norm);
    if (close > 0 && !amount && (first.tag === 'ADJ' || first.tag === 'ADV' || m.at[i + 1].has('efficacyAdjective') || m.at[i + 1].has('speed')) && first.norm !== 'such' && wellOk && between.length <= 7) {
      const from = i > span.first && (words[i - 1].tag === 'NUM' || ['twice', 'just', 'equally', 'every'].includes(words[i - 1].norm)) ? i - 1 : i;
      add('comparison', predicateSpan(from), 'as-as');
      return;
    }
  }
  // Beyond the listed comparatives, any comparative against another treatment: "deeper results than
  // massage ever could", "steadier hormone levels than creams", "does more for your energy than any supplement".
  for (let i = span.first; i + 2 <= span.last; i++) {
    if (!therapyPredicate(i) || demanded(i)) continue;
    const w = words[i];
    // Only a comparison in the therapy's favour is a claim: not "longer than a massage", "more expensive than SSRIs".
    const base = comparativeOf(w.norm);
    const favourable = (['ADJ', 'ADV', 'NOUN'].includes(w.tag) && base !== undefined && !NEUTRAL_COMPARATIVES.has(w.norm)) || (['more', 'less'].includes(w.norm) && (words[i + 1]?.tag === 'ADP' || (w.norm === 'more' && m.at[i + 1]?.has('efficacyAdjective')) || (w.norm === 'less' && m.at[i + 1]?.has('riskAdjective'))));
    const comparative = favourable;
    if (!comparative) continue;
    const than = words.findIndex((x, k) => k > i && k <= Math.min(span.last, i + 6) && x.norm === 'than');
    if (than < 0 || isCount(words, than + 1)) continue;
    let against = than + 1;
    const skipModifiers = () => {
      while (against <= span.last && (words[against].tag === 'DET' || words[against].tag === 'ADJ' || words[against].tag === 'NUM' || ['any', 'a', 'an', 'the'].includes(words[against].norm))) against++;
    };
    skipModifiers();
    // "than a week of ibuprofen", "than a whole course of antibiotics": an amount of a treatment.
    if (words[against + 1]?.norm === 'of' && words[against].tag === 'NOUN' && !isTreatmentNoun(x, against) && against + 2 <= span.last) {
      against += 2;
      skipModifiers();
    }
    const other = against <= span.last && (m.noun[against] === 'comparator' || ((words[against].tag === 'NOUN' || (words[against].tag === 'VERB' && words[against].form === 'gerund')) && isTreatmentNoun(x, against) && m.noun[against] !== 'complaint'));
    if (other) {
      add('comparison', { first: i, last: Math.min(span.last, against) }, 'than');
      return;
    }
  }
  // "a smarter alternative to stimulant medication", "an alternative to surgery".
  for (let i = span.first; i + 2 <= span.last; i++) {
    if (words[i].lemma !== 'alternative' || words[i + 1].norm !== 'to' || !therapyPredicate(i)) continue;
    const against = words.findIndex((x, k) => k > i + 1 && k <= Math.min(span.last, i + 5) && (x.tag === 'NOUN' || x.tag === 'PROPN'));
    if (against > 0 && (m.noun[against] === 'comparator' || nounIn(m, { first: i + 2, last: against }, 'comparator') >= 0 || m.noun[against] === 'treatment')) {
      add('comparison', { first: i, last: against }, 'alternative');
      return;
    }
  }
  for (const s of m.spans) {
    if (s.cls !== 'superlative' || s.first < span.first || s.last > span.last || !therapyPredicate(s.first)) continue;
    const phrase = words.slice(s.first, s.last + 1).map((w) => w.norm).join(' ');
    const det = words[s.first - 1]?.norm;
    const noun = modifiedNoun(x, s.last, 4);
    if (noun >= 0 && NOT_TREATMENT_KINDS.has(nounKindAt(x, noun))) continue;
    if (phrase === 'only' && !['the', 'our', 'its', 'their', 'your'].includes(det ?? '')) continue;
    // "the only FDA-approved CBD medicine", "the only CBD medicine approved by the FDA": a
    // regulatory fact (judged as one), not a ranking.
    if (phrase === 'only' && words.slice(s.last + 1, Math.min(span.last, s.last + 4) + 1).some((_, k) => m.at[s.last + 1 + k]?.has('regulatory'))) continue;
    if (WEAK_SUPERLATIVES.has(phrase) && !isTreatmentNoun(x, noun)) continue;
    // "It is best to rest", "to find the best approach for you": advice, not a ranking.
    if (words[s.last + 1]?.tag === 'TO' || ['known', 'understood', 'studied', 'described'].includes(words[s.last + 1]?.norm ?? '')) continue;
    const placed = !verb || (verb.copula && s.first > verb.last) || (GIVING.has(words[verb.head].lemma) && s.first > verb.last);
    if (!placed) continue;
    add('comparison', predicateSpan(det === 'the' || det === 'most' ? s.first - 1 : s.first), 'superlative');
    return;
  }
  // "Unlike opioids, it is not addictive"; "Compared to surgery, PRP has fewer side effects": the
  // introduction before the comma names what the clause's benefit or safety is measured against.
  const intro = x.c > 0 && !x.clauses[x.c - 1].verb ? x.clauses[x.c - 1] : undefined;
  const benefitOrSafety = x.out.some((o) => o.cls === 'efficacy' || o.cls === 'safety') || (verb?.negated && nounIn(m, x.rest, 'risk') >= 0);
  for (const scope of intro ? [span, { first: intro.first, last: intro.last }] : [span]) {
    for (let i = scope.first; i <= scope.last; i++) {
      if (words[i].norm !== 'unlike' && !(words[i].norm === 'compared' && ['to', 'with'].includes(words[i + 1]?.norm ?? ''))) continue;
      if (benefitOrSafety) add('comparison', { first: i, last: Math.min(scope.last, i + 3) }, 'unlike');
    }
  }
  // "Beats traditional pills" compares; "beat your insomnia" acts on a complaint (an efficacy claim).
  if (verb && verbClassOf(words[verb.head].lemma).has('compare') && !verb.negated && nounIn(m, directObject(x, x.rest), 'complaint') < 0) add('comparison', predicateSpan(verb.head), 'outperforms');
  // What other treatments cannot do: "results that physiotherapy can't", "succeeds where surgery fails".
  // ("wounds that standard care can't touch": a "that" clause after a plain noun is a relative one.)
  // (Not after people: "adults with depression that other antidepressants have not helped" says who it is for.)
  const antecedent = words[clause.first - 1];
  const afterNoun = clause.kind === 'complement' && clause.opener === 'that' && ['NOUN', 'PROPN'].includes(antecedent?.tag ?? '');
  const aboutPeople = antecedent !== undefined && (m.noun[clause.first - 1] === 'experiencer' || nounKind(antecedent.norm) === 'person' || m.noun[clause.first - 1] === 'complaint' && words[clause.first - 2]?.norm === 'with');
  // ("the root cause that painkillers just mask", "what creams only promise": others only go so far.)
  const onlySo = words.slice(clause.first, verb ? verb.head : clause.first).some((w) => MERELY.has(w.norm)) && verb !== undefined && LIMITED_EFFECT.has(words[verb.head].lemma);
  if (verb && clause.subjectKind === 'comparator' && !aboutPeople && (clause.kind === 'relative' || clause.kind === 'subordinate' || afterNoun || clause.kind === 'embedded') && (verb.negated || onlySo || LACK.has(words[verb.head].norm) || LACK.has(words[verb.head].lemma))) {
    add('comparison', { first: clause.first, last: verb.last }, 'others-cannot', false);
  }
  // The verb left out: "results that physiotherapy can't", "what pills cannot".
  // ("results that medication alone never could": "never" before, and a treatment noun of the
  // comparator vocabulary "alone" is another treatment.)
  const modal = words.findIndex((w, i) => i >= span.first && i <= span.last && w.tag === 'MODAL');
  const denied = modal > 0 && ((words[modal + 1]?.tag === 'NEG' && modal + 1 === span.last) || (modal === span.last && ['never', 'not'].includes(words[modal - 1]?.norm ?? '')));
  const other = clause.subjectKind === 'comparator' || (clause.subjectKind === 'treatment' && clause.subject !== undefined && words.slice(clause.subject.first, clause.subject.last + 1).some((w) => COMPARATOR_NOUNS.has(w.lemma)) && words.slice(clause.subject.first, clause.subject.last + 2).some((w) => w.norm === 'alone'));
  if (!verb && other && clause.kind !== 'main' && denied) {
    add('comparison', { first: clause.first, last: span.last }, 'others-cannot', false);
  }
  // "No pill can match ...", "nothing compares to ...".
  if (verb && clause.subject && ['no', 'nothing'].includes(words[clause.subject.first].norm) && verbClassOf(words[verb.head].lemma).has('compare')) add('comparison', { first: clause.subject.first, last: verb.last }, 'none-match', false);
  // Other treatments run down: "traditional treatments are completely ineffective", "opioids fail to provide relief".
  if (verb && clause.subjectKind === 'comparator') {
    const bad = verb.copula && !verb.negated ? firstWith2(x, x.rest, DISPARAGING) : -1;
    const fail = ['fail'].includes(words[verb.head].lemma) || (verb.negated && ['work', 'help', 'relieve'].includes(words[verb.head].lemma));
    if (bad >= 0 || fail) add('comparison', predicateSpan(verb.first), 'disparaging', false);
  }
}

const firstWith2 = (x: Scope, span: WordSpan, set: ReadonlySet<string>) => {
  for (let i = span.first; i <= span.last; i++) if (set.has(x.words[i].norm)) return i;
  return -1;
};

/** A verb of onset, alone or with its particle or next words ("kicks in", "takes effect", "gets to work"). */
function isOnsetVerb(words: readonly Word[], verb: VerbGroup): boolean {
  const lemma = words[verb.head].lemma;
  const next = words[verb.head + 1]?.norm ?? '';
  return ONSET.has(lemma) || ONSET.has(`${lemma} ${verb.particle ?? next}`) || ONSET.has(`${lemma} ${next} ${words[verb.head + 2]?.norm ?? ''}`);
}

function speedAndNumbers(x: Scope) {
  const { words, m, clause, span, add } = x;
  const verb = clause.verb;
  // "Relief starts within minutes" promises speed; "side effects can start right away" discloses.
  // "often wears off within days": how soon a benefit fades is a limit, not a promise of speed.
  // (A complaint fading is the benefit itself: "the pain subsides within minutes".)
  const fades = verb !== undefined && clause.subjectKind !== 'complaint' && (['fade', 'subside', 'disappear', 'diminish', 'decline', 'vanish'].includes(words[verb.head].lemma) || (words[verb.head].lemma === 'wear' && verb.particle === 'off'));
  if (fades) return;
  // "Call 911 right away", "see a doctor immediately": how soon to get help is advice.
  if (verb && clause.subjectKind === 'none' && SEEK_HELP.has(words[verb.head].lemma)) return;
  const onset = verb !== undefined && !verb.negated && !['risk', 'complaint', 'condition'].includes(clause.subjectKind) && isOnsetVerb(words, verb);
  const efficacyHere = x.out.some((o) => o.cls === 'efficacy') || onset;
  // (A benefit noun that modifies another names that thing: "health questionnaire", "results page".)
  let benefitNoun = false;
  // (A measure of the benefit still names it: "success rate", "recovery score".)
  // (The subject counts where a clause inside it parts it from the verb: "the relief | our patients feel | is immediate".)
  const from = clause.subject && clause.subject.first < span.first ? clause.subject.first : span.first;
  for (let i = from; i <= span.last && !benefitNoun; i++) benefitNoun = (i >= span.first || i <= clause.subject!.last) && (m.noun[i] === 'benefit' || m.noun[i] === 'outcome' || m.noun[i] === 'verdict') && (words[i + 1]?.tag !== 'NOUN' || MEASURES.has(words[i + 1].norm));
  // (Nor does a state word before a noun: "every new client" is no "feel like new".)
  let state = false;
  for (let i = span.first; i <= span.last && !state; i++) state = m.at[i].has('experiencerState') && !(words[i + 1]?.tag === 'NOUN' && (m.noun[i + 1] === 'experiencer' || nounKind(words[i + 1].norm) === 'person'));
  const benefitHere = efficacyHere || benefitNoun || state || endorsedBy(words, x.clauses, x.c);
  const riskHere = nounIn(m, span, 'risk') >= 0;
  const deniedAt = (i: number) => ['not', 'never', 'no', 'rarely', 'seldom', 'hardly', 'barely'].includes(words[i - 1]?.norm ?? '') || (words[i - 1]?.norm === 'than' && words[i - 2]?.norm === 'rather') || (words[i - 1]?.norm === 'of' && words[i - 2]?.norm === 'instead');
  // "Anyone who suffers from knee pain can benefit": a quantifier in a subject that a relative
  // clause parts from its verb still quantifies it.
  const subject = clause.subject;
  const inPartedSubject = (s: { first: number; last: number }) => subject !== undefined && subject.first < span.first && s.first >= subject.first && s.last <= subject.last;
  // "feeling human again in 45 minutes", "within forty-five minutes": a benefit timed in counted
  // minutes, hours or days (a procedure that "takes 45 minutes" claims no benefit).
  if (efficacyHere && !m.spans.some((s) => s.cls === 'speed' && s.first >= span.first && s.last <= span.last)) {
    for (let i = span.first; i + 2 <= span.last; i++) {
      if (!['in', 'within'].includes(words[i].norm) || deniedAt(i)) continue;
      let k = i + 1;
      if (['just', 'only', 'under', 'about', 'around'].includes(words[k].norm)) k++;
      const count = k;
      while (k <= span.last && (words[k].tag === 'NUM' || NUMBER_WORDS.has(words[k].norm))) k++;
      if (k > count && k <= span.last && SHORT_SPANS.has(words[k].norm)) {
        add('speed', { first: i, last: k }, 'speed', clause.subjectKind !== 'experiencer');
        break;
      }
    }
  }
  for (const s of m.spans) {
    if ((s.first < span.first || s.last > span.last) && !(s.cls === 'universal' && inPartedSubject(s))) continue;
    if ((s.cls === 'speed' || s.cls === 'permanence') && deniedAt(s.first)) continue;
    // "by the weekend" times an effect the clause claims, not a noun ("results ready by Friday").
    if (s.cls === 'speed' && words[s.first].norm === 'by' && !efficacyHere) continue;
    if (s.cls === 'speed' || s.cls === 'permanence') {
      // An adjective promises speed or permanence of what it describes: "rapid relief", "lasting
      // results" (not "a quick procedure" or "long-term side effects"); an adverb or phrase
      // ("instantly", "within hours", "for good") of what its clause asserts.
      const inNounPhrase = words[s.first - 1] && ['DET', 'ADJ', 'NUM'].includes(words[s.first - 1].tag) && !(verb?.copula && s.first === verb.last + 1);
      // (A phrase opened by a preposition is adverbial whatever its noun: "from the very first night".)
      const attributive = words[s.first].tag !== 'ADP' && (modifiedNoun(x, s.last, 1) === s.last + 1 || (words[s.last].tag === 'ADJ' && !words[s.last].norm.endsWith('ly') && (modifiedNoun(x, s.last, 2) > s.last || inNounPhrase)));
      const noun = attributive ? modifiedNoun(x, s.last, 2) : -1;
      const durativeOrBenefit = verb !== undefined && (DURATIVE.has(words[verb.head].lemma) || x.out.some((o) => o.cls === 'efficacy') || verb.copula);
      const ok = !attributive && s.cls === 'permanence' && !durativeOrBenefit ? false : attributive ? noun >= 0 && ((isBenefitNoun(x, noun) && (s.cls === 'speed' || !['effect', 'effects', 'outcome', 'outcomes'].includes(words[noun].norm))) || (m.noun[noun] === 'complaint' && s.cls === 'speed') || (x.m.noun[noun] === 'treatment' && s.cls === 'speed' && (efficacyHere || (verb?.copula && s.first > verb.last)))) : benefitHere && !(riskHere && !efficacyHere);
      // "Laser hair removal is permanent": the treatment's effect promised to last.
      const lastingTreatment = s.cls === 'permanence' && !attributive && verb?.copula === true && !verb.negated && s.first > verb.last && ['treatment', 'name', 'anaphor'].includes(clause.subjectKind);
      if (!ok && !lastingTreatment) continue;
      // (The prepositional phrase ends at its noun: "from the very first night".)
      const phraseEnd = words[s.first].tag === 'ADP' && words[s.last].tag === 'ADJ' && words[s.last + 1]?.tag === 'NOUN' && s.last + 1 <= span.last ? s.last + 1 : s.last;
      add(s.cls === 'speed' ? 'speed' : 'permanence', { first: s.first, last: noun >= 0 ? noun : phraseEnd }, s.cls, clause.subjectKind !== 'experiencer' && !x.out.some((o) => o.detail === 'complaint-gone'));
    }
    // "suitable for all patients"; "anyone who has knee pain is a good candidate": a quantified
    // subject with a verdict of fit after the copula.
    // (A requirement is no verdict: "all patients must be fit enough for surgery".)
    const required = verb?.modals.some((mo) => ['must', 'should', 'need'].includes(mo)) === true;
    const praisedCandidate = (k: number) => CANDIDATE.has(words[k].norm) && SUITABILITY.has(words[k - 1]?.norm ?? '');
    // ("Every man over 40 is a candidate": a candidate, bare, of a universal subject.)
    const bareCandidate = (k: number) => CANDIDATE.has(words[k].norm) && k <= x.rest.first + 1;
    const fits = verb?.copula && !required && (words.slice(x.rest.first, s.first).some((w) => SUITABILITY.has(w.norm)) || (s.last < verb.first && words.slice(x.rest.first, x.rest.last + 1).some((w, k) => SUITABILITY.has(w.norm) || praisedCandidate(x.rest.first + k) || bareCandidate(x.rest.first + k))));
    const varies = words.slice(span.first, span.last + 1).some((w) => VARIATION.has(w.norm));
    // "It does not work for everyone", "no treatment works for everyone": universality denied.
    // ("does not work on all hair types": a negation a few words before.)
    const denied = ['not', 'no'].includes(words[s.first - 1]?.norm ?? '') || words.slice(Math.max(span.first, s.first - 4), s.first).some((w) => w.tag === 'NEG') || (clause.subject !== undefined && ['no', 'nothing', 'none'].includes(words[clause.subject.first].norm));
    // ("It works on every skin type": working at all is the benefit a quantifier over kinds extends.)
    const kinds = words.slice(s.last + 1, s.last + 4).some((w) => KIND_NOUNS.has(w.norm));
    // (Not when a negation stands before the quantifier: "does not work on all hair types".)
    const worksOnKinds = verb !== undefined && words[verb.head].lemma === 'work' && kinds && !words.slice(verb.first, s.first).some((w) => w.tag === 'NEG');
    if (s.cls === 'universal' && (benefitHere || fits || worksOnKinds) && !riskHere && !varies && !denied) {
      // ("most of our NeuroStar patients": the people come after "of" and a determiner.)
      const from = words[s.last + 1]?.norm === 'of' && words[s.last + 2]?.tag === 'DET' ? s.last + 2 : s.last;
      const over = m.noun[from + 1] ?? m.noun[from + 2] ?? m.noun[from + 3];
      const kindOver = nounKind(words[s.last + 1]?.norm ?? '') ?? nounKind(words[s.last + 2]?.norm ?? '');
      // ("Most will need several sessions": what people go through is no benefit of theirs.)
      const pronoun = clause.subject && clause.subject.first === s.first && clause.subject.last === s.last && !(verb && UNDERGOING.has(words[verb.head].lemma));
      // ("works on every skin type", "all forms of anxiety", "in all cases": every kind of case is everyone.)
      // ("Every spine responds", "every knee": a part of the body in everyone.)
      const everyBody = kindOver === 'body' && ['every', 'all', 'any'].includes(words[s.first].norm) && s.last + 1 === clause.subject?.head;
      const people = pronoun || kinds || everyBody || over === 'experiencer' || kindOver === 'person' || ['everyone', 'everybody', 'anyone', 'anybody', 'always', 'guaranteed', 'guarantee', '100%', 'universally', 'whatever', 'whoever', 'regardless', 'no'].includes(words[s.first].norm) || (fits && s.last + 1 <= span.last);
      if (people) add('universality', { first: s.first, last: Math.min(span.last, s.last + 3) }, 'universal', false);
    }
  }
  // Numbers over people with a benefit or risk: "60% of patients", "9 in 10 clients", "two thirds of users".
  for (let i = span.first; i <= span.last; i++) {
    const w = words[i];
    const isFraction = ['half', 'third', 'thirds', 'quarter', 'quarters'].includes(w.norm) && ((i > span.first && (words[i - 1].tag === 'NUM' || words[i - 1].norm === 'a')) || (w.norm === 'half' && (words[i + 1]?.norm === 'of' || words[i + 1]?.tag === 'AUX' || words[i + 1]?.tag === 'VERB')));
    if (w.tag !== 'NUM' && !isFraction) continue;
    // ("close to 100% oxygen", "5% dextrose": a percentage before a plain noun measures that thing.)
    const after = words[i + 2];
    // (A process is no substance: "100% absorption" is a claim about the body.)
    const measure = after !== undefined && (after.tag === 'NOUN' || after.tag === 'PROPN') && m.noun[i + 2] === undefined && !['of', 'in'].includes(after.norm) && nounKind(after.norm) !== 'person' && !/(?:tion|sion|ment|ance|ence|ity|ness|ing|ility)$/.test(after.norm);
    const percent = (words[i + 1]?.norm === '%' || words[i + 1]?.norm === 'percent') && !measure;
    const outOf = (words[i + 1]?.norm === 'in' || (words[i + 1]?.norm === 'out' && words[i + 2]?.norm === 'of')) && words.slice(i + 2, i + 4).some((x) => x.tag === 'NUM');
    const people = nounIn(m, { first: i, last: Math.min(span.last, i + 8) }, 'experiencer') >= 0;
    // "2 in 10 see no change", "3 out of 10 do not respond": a number of people without a benefit discloses.
    // ("not just for weeks" emphasises, it does not deny).
    const noBenefit = words.slice(x.rest.first, x.rest.last + 1).some((w, k) => w.norm === 'no' || w.norm === 'nothing' || (w.tag === 'NEG' && !['just', 'only', 'merely'].includes(words[x.rest.first + k + 1]?.norm ?? '')));
    const aboutPatients = clause.subjectKind === 'experiencer' && verb !== undefined && !verb.negated && !noBenefit && !['take', 'receive', 'undergo', 'attend', 'visit', 'come', 'need', 'use', 'get'].includes(words[verb.head].lemma);
    // A rate of side effects discloses ("nausea occurs in 20% of patients"), unless it minimises them
    // ("only 1% of patients have side effects").
    const minimisedRisk = riskHere && (x.out.some((o) => o.cls === 'safety') || words.slice(span.first, i).some((w) => ['only', 'just', 'merely', 'fewer', 'less', 'under'].includes(w.norm)));
    // "burns up to 800 calories per session": an amount of benefit with no source.
    const upTo = words[i - 1]?.norm === 'to' && words[i - 2]?.norm === 'up' && efficacyHere;
    if (upTo || ((percent || outOf || isFraction) && (people || percent || (outOf && benefitHere)) && ((benefitHere && !noBenefit) || minimisedRisk || aboutPatients))) {
      // The number and whom it counts: "70% of patients", "9 out of 10 patients", "three out of four".
      const who = nounIn(m, { first: i, last: Math.min(span.last, i + 8) }, 'experiencer');
      const second = outOf ? words.findIndex((x, k) => k > i + 1 && k <= i + 4 && x.tag === 'NUM') : -1;
      const last = who >= 0 ? who : second >= 0 ? second : percent ? i + 1 : Math.min(span.last, i + 2);
      add('statistic', { first: isFraction && i > span.first && (words[i - 1].tag === 'NUM' || words[i - 1].norm === 'a') ? i - 1 : Math.max(span.first, words[i - 1]?.tag === 'ADJ' || words[i - 1]?.norm === 'than' ? i - 2 : i), last: Math.min(span.last, last) }, 'number', false);
      break;
    }
  }
}

/** Verbs of going through a treatment: what people do to receive it, not what it does for them. */
const UNDERGOING = new Set(['take', 'receive', 'undergo', 'attend', 'visit', 'come', 'need', 'use', 'get', 'require', 'book', 'have', 'start', 'finish', 'complete']);

const VOUCHED = new Set(['recommend', 'endorse', 'trust', 'back', 'support', 'use', 'love', 'praise', 'choose', 'prefer', 'validate', 'confirm', 'prove', 'verify', 'establish', 'demonstrate', 'document', 'vouch']);
const CONCLUSIVE = new Set(['clear', 'settled', 'conclusive', 'undeniable', 'overwhelming', 'unequivocal', 'indisputable', 'irrefutable', 'in', 'solid', 'definitive']);
const VOUCHERS = new Set(['celebrities', 'athletes', 'stars', 'thousands', 'millions', 'hospitals', 'clinics', 'science']);

/** Adverbs that say a treatment goes only so far ("painkillers just mask it"). */
const MERELY = new Set(['just', 'only', 'merely', 'simply']);
/** What a treatment that only goes so far does ("just masks", "only manages"). */
const LIMITED_EFFECT = new Set(['mask', 'manage', 'cover', 'hide', 'numb', 'dull', 'suppress', 'promise', 'treat']);

/** Nouns that divide cases into kinds ("every skin type", "all ages"). */
const KIND_NOUNS = new Set(['type', 'types', 'kind', 'kinds', 'form', 'forms', 'age', 'ages', 'stage', 'stages', 'case', 'cases', 'sort', 'sorts']);

/** Words that count sources without naming them. */
const COUNTS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'lots', 'plenty', 'number', 'host', 'wealth', 'body']);

/** The noun of an unnamed authority in the noun phrase from `from` ("doctors worldwide", "biomechanics research"), or -1. */
function vouchingAgent(x: Scope, from: number): number {
  const { words } = x;
  for (let k = from; k <= Math.min(x.span.last, from + 4); k++) {
    const w = words[k];
    // ("hundreds of studies", "dozens of doctors": a count of unnamed sources is still unnamed.)
    if (w.norm === 'of' && k > from && (words[k - 1].tag === 'NUM' || COUNTS.has(words[k - 1].norm))) continue;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.tag)) break;
    if (w.tag === 'NOUN' && (VAGUE_SOURCE_NOUNS.has(w.lemma.replace(/s$/, '')) || VAGUE_SOURCE_NOUNS.has(w.lemma) || nounKind(w.norm) === 'person' || VOUCHERS.has(w.norm))) return k;
  }
  return -1;
}

/** Nouns that count a course of treatment. */
const COURSE_NOUNS = new Set(['session', 'visit', 'treatment', 'injection', 'infusion', 'appointment', 'adjustment', 'dose', 'drip']);
/** Words opening a subject that deny the people it counts ("nobody", "hardly anyone"). ("Few" is
 * a hedge of its own: "few patients need more than one" reads as hedged.) */
const FEW_PEOPLE = new Set(['nobody', 'hardly', 'barely', 'scarcely']);

/**
 * "Most patients need only one session", "hardly anyone needs more than three visits": how few
 * treatments people need, said of most or all of them.
 */
function fewSessions(x: Scope): void {
  const { words, clause, add } = x;
  const verb = clause.verb;
  if (!verb || verb.negated || !clause.subject || !['need', 'require'].includes(words[verb.head].lemma)) return;
  const subject = words.slice(clause.subject.first, clause.subject.last + 1).map((w) => w.norm);
  // (A quantifier read as an adverb before the subject: "most patients", "hardly anyone".)
  const lead = words[clause.subject.first - 1]?.norm ?? '';
  const leading = ['hardly', 'most', 'almost', 'nearly'].includes(lead);
  const first = leading ? lead : subject[0];
  const most = ['most', 'all', 'every', 'everyone', 'almost', 'nearly', 'virtually'].includes(first) || subject.includes('majority');
  const denying = FEW_PEOPLE.has(first) || (first === 'no' && ['one', 'patient', 'patients', 'client', 'clients'].includes(subject[1] ?? ''));
  if (!most && !denying) return;
  for (let i = verb.last + 1; i <= Math.min(clause.last, verb.last + 6); i++) {
    if (words[i].tag !== 'NOUN' || !COURSE_NOUNS.has(words[i].lemma)) continue;
    const before = words.slice(verb.last + 1, i).map((w) => w.norm);
    const few = ['only', 'just', 'single'].some((w) => before.includes(w));
    const atMost = before.includes('more') && before.includes('than');
    if ((most && few) || (denying && atMost)) add('universality', { first: clause.subject.first - (leading ? 1 : 0), last: i }, 'few-sessions', false);
    return;
  }
}

function standing(x: Scope) {
  const { words, m, clause, span, add } = x;
  const verb = clause.verb;
  const sourceSubject = clause.subject && VAGUE_SOURCE_NOUNS.has(words[clause.subject.head].lemma.replace(/s$/, ''));
  if (verb?.vagueSource && !verb.negated && !sourceSubject) add('standing', { first: verb.first, last: Math.min(clause.last, verb.last + 4) }, 'vague-source');
  // "Recommended by doctors worldwide", "trusted by elite athletes", "engineered and backed by
  // research": vouching in the passive, by an unnamed authority (opening a sentence, the subject is
  // what the article is about).
  for (let i = span.first; i + 2 <= span.last; i++) {
    const w = words[i];
    if (!(w.tag === 'VERB' || w.tag === 'ADJ') || !VOUCHED.has(w.lemma.replace(/ed$/, '')) && !VOUCHED.has(w.lemma) || words[i + 1].norm !== 'by') continue;
    const agent = vouchingAgent(x, i + 2);
    if (agent > 0) add('standing', { first: i, last: agent }, 'authority', i !== clause.first);
  }
  // "It is the future of medicine", "exosomes are the next frontier": a verdict of standing.
  if (verb?.copula && !verb.negated && ['treatment', 'name', 'anaphor'].includes(clause.subjectKind)) {
    let k = verb.last + 1;
    while (k <= span.last && ['DET', 'ADJ', 'ADV'].includes(words[k].tag)) k++;
    const norms = words.map((w) => w.norm);
    const standingAt = (i: number) => markers.at(norms, i).find((h) => h.value === 'standingNoun');
    // ("the celebrity secret": a noun before the head modifies it.)
    if (!standingAt(k) && words[k]?.tag === 'NOUN' && k + 1 <= span.last) k++;
    const hit = standingAt(k);
    if (hit) add('standing', { first: verb.last + 1, last: k + hit.length - 1 }, 'standing-verdict');
  }
  // "The research is clear", "the evidence is overwhelming": an unnamed source called conclusive.
  if (verb?.copula && !verb.negated && sourceSubject && clause.subject && !words.slice(clause.subject.first, clause.subject.head).some((w) => LIMITING.has(w.norm))) {
    const verdict = words.findIndex((w, i) => i > verb.last && i <= verb.last + 2 && CONCLUSIVE.has(w.norm));
    if (verdict > 0) add('standing', { first: clause.subject.first, last: verdict }, 'studies-show', false);
  }
  // The unnamed source the subject names, past a count of them ("dozens of trials", "more than
  // 100 published studies"), unless the subject limits it ("a few small studies").
  const limited = clause.subject !== undefined && words.slice(clause.subject.first, clause.subject.head).some((w) => LIMITING.has(w.norm));
  const agent = clause.subject && !limited ? vouchingAgent(x, clause.subject.first) : -1;
  const inSubject = agent >= 0 && agent <= clause.subject!.last;
  const source = inSubject && VAGUE_SOURCE_NOUNS.has(words[agent].lemma.replace(/s$/, '')) ? agent : -1;
  // "Doctors agree ...", "experts recommend ...", "research backs ...", "dozens of trials support
  // ...", "athletes swear by ...": an unnamed authority vouching. (A person in the singular is
  // someone the article quotes.)
  const person = inSubject && nounKind(words[agent].norm) === 'person';
  // (Others than sources and experts vouch only for the treatment or its benefits: "athletes swear
  // by its benefits", not "our patients say the room is cold".)
  const vouchedFor = source >= 0 || nounIn(m, x.rest, 'treatment', 'benefit', 'outcome', 'verdict') >= 0 || words.slice(x.rest.first, x.rest.last + 1).some((w) => w.tag === 'PROPN');
  if (verb && inSubject && vouchedFor && VOUCH.has(words[verb.head].lemma) && !verb.negated && (!person || /s$/.test(words[agent].norm))) {
    add('standing', { first: clause.subject!.first, last: verb.last }, 'authority', false);
  }
  // "Ketamine is an approved treatment for PTSD": approval as a modifier of the treatment.
  for (let i = span.first; i + 1 <= span.last; i++) {
    if (words[i].norm === 'approved' && x.m.noun[i + 1] === 'treatment' && words[i - 1]?.norm !== 'not') add('regulatory', { first: words[i - 1]?.norm === 'fda' ? i - 1 : i, last: i + 1 }, 'approval');
  }
  // "Studies show ...", "research has found ...", "science proves ...": a vague source as subject.
  // "A few small studies show", "some early research suggests": the subject already limits the source.
  if (verb && source >= 0 && verbClassOf(words[verb.head].lemma).has('vagueSource') && !verb.negated) {
    add('standing', { first: clause.subject!.first, last: verb.last }, 'studies-show', true);
  }
  for (const s of m.spans) {
    if (s.cls !== 'standing' || s.first < span.first || s.last > span.last) continue;
    const w = words[s.first].norm;
    // "breakthrough pain" is a symptom; "breakthrough therapy designation" is an FDA status.
    if (w === 'breakthrough' && (words[s.last + 1]?.norm === 'pain' || ['designation', 'status'].includes(words[s.last + 2]?.norm ?? ''))) continue;
    const noun = modifiedNoun(x, s.last, 3);
    const onTreatment = noun >= 0 && (isTreatmentNoun(x, noun) || isBenefitNoun(x, noun));
    const predicate = verb && s.first > verb.last && (verb.copula || verb.passive);
    // Weak words ("innovative", "advanced", "trusted", "forefront") count only on a treatment.
    const weak = ['innovative', 'advanced', 'trusted', 'forefront', 'world', 'next', 'at'].includes(w);
    if (noun >= 0 && NOT_TREATMENT_KINDS.has(nounKindAt(x, noun))) continue;
    const hype = ['breakthrough', 'revolutionary', 'groundbreaking', 'ground', 'miracle', 'miraculous', 'life', 'game', 'cutting', 'pioneering'].includes(w);
    if (onTreatment || (predicate && !weak) || !weak || (w === 'at' && s.last > s.first)) add('standing', { first: s.first, last: noun >= 0 && noun <= s.last + 3 ? noun : s.last }, `standing:${w}`, !hype);
  }
}

function regulatory(x: Scope) {
  const { words, m, span, clause, add } = x;
  const verb = clause.verb;
  // "Ozone therapy is approved and regulated by the FDA": approval in the passive, by a regulator.
  const approving = clause.verbs.find((g) => g.passive && !g.negated && APPROVING.has(words[g.head].lemma));
  if (approving && !m.spans.some((sp) => sp.cls === 'regulatory' && sp.first >= span.first && sp.last <= span.last)) {
    const by = words.findIndex((w, i) => i > approving.last && i <= span.last && w.norm === 'by' && words.slice(i + 1, i + 4).some((r) => REGULATOR_NAMES.has(r.norm)));
    if (by > 0) add('regulatory', { first: approving.first, last: words.findIndex((r, i) => i > by && REGULATOR_NAMES.has(r.norm)) }, 'approval');
  }
  // "The FDA has approved ketamine for pain control": a regulator approving it, in the active.
  const regulatorSubject = clause.subject !== undefined && REGULATOR_NAMES.has(words[clause.subject.head].norm);
  // (It names the use it was approved for; "has approved only a few products" limits itself.)
  const forUse = verb ? words.findIndex((w, i) => i > verb.last && i <= span.last && w.norm === 'for') : -1;
  if (verb && regulatorSubject && forUse > 0 && !verb.passive && !verb.negated && APPROVING.has(words[verb.head].lemma) && !words.slice(verb.last, span.last + 1).some((w) => w.norm === 'only') && !m.spans.some((sp) => sp.cls === 'regulatory' && sp.first >= span.first && sp.last <= span.last)) {
    add('regulatory', { first: verb.first, last: span.last }, 'regulator-approves', false);
  }
  for (const s of m.spans) {
    if (s.cls === 'regulatory' && s.first >= span.first && s.last <= span.last) {
      // "approved for coverage by some insurers": payment, not a regulator.
      if (['coverage', 'payment', 'reimbursement', 'insurance'].includes(words[s.last + 1]?.norm ?? '') || words.slice(s.last + 1, s.last + 4).some((w) => ['insurer', 'insurers', 'insurance', 'medicare', 'medicaid'].includes(w.norm))) continue;
      // "a licensed therapist", "state-licensed programs": a practitioner's or a service's licence, not a product's approval.
      const licensee = words.slice(s.last + 1, s.last + 3).find((w) => w.tag === 'NOUN' || w.tag === 'PROPN');
      if (words[s.last].norm === 'licensed' && licensee && (nounKind(licensee.norm) === 'person' || LICENSEES.has(licensee.lemma))) continue;
      // "licensed in every US state": a practice licensed wherever it is practised, not a product's approval.
      if (words[s.last].norm === 'licensed' && words[s.last + 1]?.norm === 'in' && ['every', 'all', 'each', 'most'].includes(words[s.last + 2]?.norm ?? '')) continue;
      const registration = /regist|complian|certif|accept|recogni/.test(words.slice(s.first, s.last + 1).map((w) => w.norm).join(' '));
      add('regulatory', { first: s.first, last: s.last }, registration ? 'registration' : 'approval', !registration);
    }
    // "It is legal", "BPC-157 is legal to prescribe": a status claim, judged like approval.
    const ofPlace = clause.opener === 'where' || words[s.last + 1]?.norm === 'in';
    if (s.cls === 'legal' && verb?.copula && !verb.negated && s.first > verb.last && s.first <= verb.last + 2 && !ofPlace) add('regulatory', { first: s.first, last: s.last }, 'legal');
  }
}

/** "The pain won't come back", "the ache switches off": a complaint as subject, gone. */
function complaintGone(x: Scope) {
  const { words, clause } = x;
  const verb = clause.verb;
  // ("9 in 10 say their knee pain has eased", "many find that the tremor settles": what the people
  // treated report, as a clause of its own.)
  const governing = clause.kind === 'complement' && x.c > 0 ? x.clauses[x.c - 1] : undefined;
  const reported = governing?.verb !== undefined && REPORTING.has(words[governing.verb.head].lemma) && !governing.verb.negated && ['experiencer', 'person'].includes(governing.subjectKind);
  // (A condition WordNet knows is a complaint too: "tinnitus fades into the background".)
  if (verb && (clause.subjectKind === 'complaint' || clause.subjectKind === 'condition') && !verb.negated && (clause.kind === 'main' || clause.kind === 'coordinate' || reported)) {
    const gone = verb.copula && words.slice(x.rest.first, Math.min(x.rest.last, x.rest.first + 3) + 1).some((w) => GONE.has(w.norm));
    // "the ache switches off", "frown lines melt away": a complaint sent away by a particle.
    const sentAway = verb.particle !== undefined && ['away', 'off'].includes(verb.particle);
    if (gone || sentAway || REASSURING_VERBS.has(words[verb.head].lemma) || ['lift', 'ease', 'melt', 'improve', 'shrink', 'heal', 'drop', 'decrease', 'lessen', 'recede', 'dissipate', 'diminish'].includes(words[verb.head].lemma)) x.add('efficacy', { first: clause.subject!.first, last: x.predicateSpan(verb.first).last }, 'complaint-gone', false);
  }
}

/**
 * "Torn tendons knit back together", "your skin clears up", "your worries melt away": the reader's
 * body, or a damaged part of one, mending or a trouble of theirs sent away, said of what the
 * treatment does. ("The skin is cleaned", "the punctures close" of no damaged or own part are
 * the procedure.)
 */
function bodyMends(x: Scope) {
  const { words, clause } = x;
  const verb = clause.verb;
  const subject = clause.subject;
  if (!verb || !subject || verb.negated || verb.copula || !(clause.kind === 'main' || clause.kind === 'coordinate')) return;
  if (!['body', 'condition', 'person', 'name', 'other'].includes(clause.subjectKind)) return;
  const yours = ['your', 'my'].includes(words[subject.first].norm);
  const damaged = words.slice(Math.max(clause.first, subject.first - 1), subject.last + 1).some((w) => DAMAGED.has(w.norm) || DAMAGED.has(w.lemma));
  const lemma = words[verb.head].lemma;
  const after = words[verb.head + 1]?.norm;
  const mends = (MENDING.has(lemma) && clause.subjectKind !== 'person') || (['grow', 'come', 'fill', 'spring', 'bounce'].includes(lemma) && ['back', 'together', 'in'].includes(verb.particle ?? after ?? ''));
  const sentAway = yours && verb.particle !== undefined && ['away', 'off'].includes(verb.particle) && !verb.passive;
  // The span ends with the verb and its particles ("knit back together"), not at whatever follows.
  let last = verb.last;
  while (last + 1 <= clause.last && PARTICLE_WORDS.has(words[last + 1].norm)) last++;
  if ((mends && (yours || damaged || clause.subjectKind === 'condition')) || sentAway) x.add('efficacy', { first: subject.first, last }, 'body-mends', false);
}

/** Verbs with which a treatment puts someone in a state ("keeps you healthy", "makes you feel younger"). */
const CAUSATIVE = new Set(['keep', 'make', 'leave', 'get', 'render']);
/** Adverbs that say something is done without harm, whatever is done. */
const SAFELY = new Set(['safely', 'harmlessly']);
/** Verbs of handling equipment or waste: done safely, they describe the clinic's practice ("needles are safely disposed of"). */
const HANDLING = new Set(['dispose', 'store', 'discard', 'handle', 'transport', 'clean', 'sterilize', 'sterilise', 'pack', 'ship', 'keep', 'lock', 'label', 'seal']);
/** Everyday life and activity that a complaint keeps people from ("back on your feet", "back to
 * normal"). (Not work: "back at work the next day" says how little time a procedure takes.) */
const RESUMED_LIFE = new Set(['normal', 'life', 'feet', 'self', 'routine', 'activities', 'field', 'court', 'pitch', 'track', 'game', 'gym', 'training', 'sport', 'sports', 'best', 'hobbies']);
/** Adjectives of difficulty or harm after a causative's object: no benefit ("makes results hard to compare"). */
const HARDER = new Set(['hard', 'harder', 'difficult', 'impossible', 'unclear', 'uncertain', 'worse', 'tricky', 'confusing', 'unreliable', 'unsafe', 'risky']);
const PERCEPTION = new Set(['feel', 'look', 'seem']);

/**
 * "Regular adjustments keep you healthy", "it makes you feel younger", "keeps your joints
 * pain-free": the treatment putting the reader, or a part of them, in a good state.
 */
function keptWell(x: Scope) {
  const { words, m, clause, add, predicateSpan } = x;
  const verb = clause.verb;
  if (!verb || verb.negated || verb.passive || verb.copula || !['treatment', 'name', 'anaphor'].includes(clause.subjectKind) || !CAUSATIVE.has(words[verb.head].lemma)) return;
  // The one put in the state: "you", "them", "your joints", "patients".
  let k = verb.last + 1;
  const who = words[k];
  if (!who) return;
  if (['your', 'their', 'our'].includes(who.norm)) {
    while (k + 1 <= clause.last && (words[k + 1].tag === 'ADJ' || words[k + 1].tag === 'NOUN') && !(m.at[k + 1].has('experiencerState'))) k++;
    if (k === verb.last + 1 || !(nounKind(words[k].norm) === 'body' || m.noun[k] === 'experiencer' || BODY_PARTS.has(words[k].norm))) return;
  } else if (!(['you', 'them', 'us', 'people', 'patients', 'clients'].includes(who.norm) || m.noun[k] === 'experiencer')) return;
  let s = k + 1;
  if (words[s] && PERCEPTION.has(words[s].lemma)) s++;
  const state = words[s];
  if (!state || !(m.at[s].has('experiencerState') || (state.tag === 'ADJ' && comparativeOf(state.norm) !== undefined && !['older', 'worse', 'weaker'].includes(state.norm)))) return;
  // (A hyphenated state is one word: "pain-free".)
  let last = s;
  while (last + 1 <= clause.last && /^[-\u2010\u2011]$/.test(x.gaps[last + 1])) last++;
  add('efficacy', predicateSpan(verb.first, last), `keeps-well:${words[verb.head].lemma}`);
}

/** One of `forms` (a word's possible bases) is a marker of one of `classes`. */
const markedAs = (forms: string[], ...classes: MarkerClass[]) => forms.some((a) => markers.at([a], 0).some((h) => classes.includes(h.value)));

/** "grogginess", "dizziness", "drowsiness": the noun of a side-effect state ("groggy"). */
function sideEffectNoun(w: Word): boolean {
  if (w.tag !== 'NOUN' || !w.norm.endsWith('ness')) return false;
  const stem = w.norm.slice(0, -4);
  return markedAs([stem, stem.replace(/i$/, 'y')], 'sideEffectState');
}

/** A number or an amount ("20", "10mg", "twenty"): what "more than" measures then is a quantity. */
const isCount = (words: readonly Word[], k: number) => {
  const w = words[k];
  if (w === undefined || !(w.tag === 'NUM' || /^\d/.test(w.norm))) return false;
  // ("better than 10 years of medication" compares with a course of treatment after all.)
  return !(['years', 'months', 'weeks', 'days', 'sessions', 'rounds', 'courses'].includes(words[k + 1]?.norm ?? '') && words[k + 2]?.norm === 'of');
};

/** Verbs of the patient's own doing: what they must not do is a rule, not a harm spared. */
const DOING = new Set(['do', 'drive', 'operate', 'drink', 'eat', 'take', 'use', 'make', 'plan', 'try', 'lift', 'exercise']);

/** Verbs of what has been recorded ("few complications have been reported"). */
const REPORTED = new Set(['report', 'record', 'document', 'describe', 'observe', 'see', 'note']);

/** Quantifiers over the people a verb acts on that limit it ("helps some people"). */
const OBJECT_SOME = new Set(['some', 'certain', 'several']);

/** Verbs of getting help, whose imperative is advice ("call 911 right away"). */
const SEEK_HELP = new Set(['call', 'text', 'phone', 'ring', 'contact', 'seek', 'tell', 'see', 'go', 'visit', 'get', 'stop']);

/** Spelled numbers, and the short spans of time a benefit can be promised in. */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'a', 'few', 'couple', 'of']);
const SHORT_SPANS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days']);

/** Verbs of what a treatment asks of the patient: "more" after them is no praise. */
const DEMANDING = new Set(['cost', 'take', 'require', 'need', 'involve', 'demand']);

/** Verbs of a regulator's approval, and regulators by name. */
const APPROVING = new Set(['approve', 'clear', 'authorize', 'authorise', 'license', 'licence']);
const REGULATOR_NAMES = new Set(['fda', 'mhra', 'ema', 'tga', 'nice']);

/** An adverb of praise: "remarkably", "beautifully" (its adjective is a praise word). */
function praiseAdverb(norm: string): boolean {
  if (!norm.endsWith('ly')) return false;
  const stem = norm.slice(0, -2);
  return markedAs([stem, stem.replace(/i$/, 'y'), stem.replace(/al$/, ''), `${stem}e`], 'praise', 'intensifier');
}

/** A verb of doing again ("refuels your mitochondria", "recharges your cells"): restoring, when it acts on the body. */
const restoring = (lemma: string) => /^re[a-z]{3,}$/.test(lemma) && wordnetVerb(lemma.slice(2)) !== undefined;

/** Verbs through which a treatment lets people do something ("helps you avoid surgery"). */
const ENABLING = new Set(['help', 'allow', 'let', 'enable']);

/** Verbs of judging an experience by what it was like ("find it relaxing", "describe it as painless"). */
const JUDGING = new Set(['find', 'describe', 'call', 'rate', 'consider', 'deem', 'regard', 'judge']);

/** Verbs whose person object and infinitive say what is asked of them ("requires you to fast", "tells you to rest"). */
const ASKING = new Set(['ask', 'require', 'advise', 'recommend', 'urge', 'need', 'want', 'expect', 'invite', 'remind', 'instruct', 'tell', 'oblige', 'force', 'warn', 'beg', 'order', 'allow', 'permit', 'forbid']);

/**
 * The infinitive's verb after a short object ("signal | your scalp | to grow"): its index (-1 when
 * there is none) and whether the object is a person. The object is a pronoun or a noun phrase of up
 * to four words, the body or the patient.
 */
function objectInfinitive(x: Scope, from: number): { verb: number; person: boolean } {
  const { words } = x;
  const none = { verb: -1, person: false };
  for (let k = from; k <= Math.min(x.span.last - 2, from + 4); k++) {
    const w = words[k];
    if (w.tag === 'TO') {
      const v = words[k + 1];
      const object = { first: from, last: k - 1 };
      const person = words.slice(from, k).some((o) => ['you', 'them', 'us', 'him', 'her', 'yourself'].includes(o.norm) || nounKind(o.norm) === 'person') || x.m.noun[k - 1] === 'experiencer';
      return k > from && v?.tag === 'VERB' && v.form === 'base' && (person || nounIn2(x, object, 'body')) ? { verb: k + 1, person } : none;
    }
    if (!['DET', 'PRON', 'ADJ', 'NOUN'].includes(w.tag) || x.gaps[k].includes(',')) return none;
  }
  return none;
}

/**
 * "Patients come off their painkillers", "you will no longer need surgery", "most no longer live
 * with pain", "it lets you skip the operation", "the drip replaces your antacids", "no more
 * sleeping pills": people leaving another treatment or their complaint behind, said of what the
 * therapy did (assertions.yaml freedFrom). Negated it is advice or a caveat ("do not stop taking
 * your medication"), unless the negation says "no longer" ("you won't need them any more").
 */
function freedFrom(x: Scope) {
  const { words, m, clause, add, predicateSpan } = x;
  const otherIn = (span: WordSpan) => nounIn(m, span, 'comparator') >= 0 || words.slice(span.first, span.last + 1).some((w) => w.tag === 'NOUN' && COMPARATOR_NOUNS.has(w.lemma));
  const complaintIn = (span: WordSpan) => nounIn(m, span, 'complaint') >= 0 || words.slice(span.first, span.last + 1).some((w) => w.tag === 'NOUN' && nounKind(w.norm) === 'state');
  // "No more sleeping tablets", "no more back pain": a slogan of what is left behind.
  for (let i = clause.first; i + 2 <= clause.last; i++) {
    if (words[i].norm !== 'no' || words[i + 1].norm !== 'more' || (clause.verb && clause.verb.first < i)) continue;
    const what = { first: i + 2, last: Math.min(clause.last, i + 4) };
    if (otherIn(what) || complaintIn(what)) add('efficacy', predicateSpan(i, what.last), 'freed:no-more', false);
  }
  if (!(clause.kind === 'main' || clause.kind === 'coordinate')) return;
  const people = clause.subjectKind === 'experiencer';
  const treatment = ['treatment', 'name', 'anaphor'].includes(clause.subjectKind);
  clause.verbs.forEach((g, gi) => {
    const head = words[g.head];
    // An imperative opening the clause: "Throw away the ibuprofen", "skip the surgery".
    const imperative = clause.subjectKind === 'none' && gi === 0 && g.first === clause.first && g.modals.length === 0 && (head.form === 'base' || head.form === undefined);
    if (g.passive || (!people && !treatment && !imperative)) return;
    // The object, past a gerund of taking ("stop taking their pills"), up to six words.
    const object: WordSpan = { first: g.last + 1, last: Math.min(clause.last, g.last + 6) };
    const other = otherIn(object);
    const particle = g.particle ?? '';
    // "The drip replaces your antacids", "frees you from the anti-inflammatories".
    if (treatment && !g.negated && FREED.replace.has(head.lemma) && other) {
      add('efficacy', predicateSpan(g.first, object.last), `freed:${head.lemma}`);
      return;
    }
    // With the treatment as subject otherwise only a verb it enables: "lets you come off", "helps patients avoid".
    if (treatment && !(gi > 0 && clause.verbs.slice(0, gi).some((v) => ENABLING.has(words[v.head].lemma)))) return;
    const before = words.slice(clause.subject ? clause.subject.last + 1 : clause.first, g.head);
    const after = words.slice(g.head + 1, clause.last + 1);
    // ("I haven't had a migraine since", "... in months": since the treatment, as "any more".)
    const since = (w: Word, k: number) => (w.norm === 'since' && (k === after.length - 1 || ['then', 'my', 'the', 'our', 'starting', 'treatment', 'that'].includes(after[k + 1]?.norm ?? ''))) || (w.norm === 'in' && ['months', 'weeks', 'years', 'ages', 'decades'].includes(after[k + 1]?.norm ?? ''));
    const anyMore = after.some((w, k) => w.norm === 'anymore' || (w.norm === 'more' && after[k - 1]?.norm === 'any') || w.norm === 'again' || (g.negated && since(w, k)));
    const noLonger = (before.some((w, k) => w.norm === 'longer' && before[k - 1]?.norm === 'no') && !g.negated) || (g.negated && anyMore);
    // "You won't need surgery": a future without another treatment.
    // ("Most of our patients never need surgery": never again, as a fact about them.)
    const wontNeed = g.negated && (g.modals.includes('will') || (people && g.modals.length === 0 && words.slice(g.first, g.head).some((w) => w.norm === 'never'))) && FREED.stillNeed.has(head.lemma);
    if (g.negated && !noLonger && !wontNeed) return;
    const leaves = !g.negated && (FREED.leave.get(head.lemma)?.has(particle) || FREED.avoid.get(head.lemma)?.has(particle));
    const freed = (leaves && other) || (wontNeed && other) || (noLonger && ((FREED.stillNeed.has(head.lemma) && other) || (FREED.stillSuffer.has(head.lemma) && complaintIn(object))));
    // The span takes "no longer" in when it stands before the verb group ("no longer suffer").
    const from = noLonger && !g.negated && words[g.first - 1]?.norm === 'longer' ? g.first - 2 : g.first;
    if (freed && (people || treatment || imperative)) add('efficacy', predicateSpan(from, object.last), `freed:${head.lemma}`, false);
  });
}

function candidatesOf(words: readonly Word[], gaps: readonly string[], m: Marks, clauses: readonly Clause[], c: number): Candidate[] {
  const clause = clauses[c];
  const out: Candidate[] = [];
  const span = { first: clause.first, last: clause.last };
  const x: Scope = {
    words,
    gaps,
    m,
    clause,
    clauses,
    titleCase: words.filter((w) => w.token.kind === 'word' && w.token.capital).length >= words.filter((w) => w.token.kind === 'word').length * 0.6,
    c,
    span,
    rest: restOf(clause),
    out,
    add(cls, sIn, detail, needsTherapy = true) {
      const s = { ...sIn };
      while (s.last > s.first && TRAILING.has(words[s.last].tag)) s.last--;
      // "you'll drop ...": a span does not start inside a contraction.
      if (s.first > 0 && s.first < s.last && gaps[s.first] === '' && (words[s.first].tag === 'MODAL' || words[s.first].tag === 'AUX')) s.first++;
      let absolute = false;
      for (let i = Math.min(s.first, span.first); i <= span.last && !absolute; i++) absolute = m.at[i].has('absolute') && !['not', 'no'].includes(words[i - 1]?.norm ?? '') && !(words[i].norm === 'all' && words[i + 1]?.norm === 'but');
      out.push({ cls, clause: c, span: s, detail, absolute, needsTherapy });
    },
    predicateSpan(from, to = clause.last) {
      let end = from;
      while (end < to && end - from < 8 && !gaps[end + 1].includes(',')) end++;
      // A span never ends on a word that only joins ("restores energy and", "a treatment for").
      while (end > from && TRAILING.has(words[end].tag)) end--;
      return { first: from, last: end };
    },
  };
  efficacy(x);
  complaintGone(x);
  bodyMends(x);
  freedFrom(x);
  keptWell(x);
  safety(x, clauses);
  comparison(x);
  speedAndNumbers(x);
  fewSessions(x);
  standing(x);
  regulatory(x);
  const verb = clause.verb;
  // A bullet or heading that opens with a safety word describes the treatment: "Safe for all ages",
  // "Painless and drug-free", "Our safe, effective infusions".
  if (!verb && (clause.kind === 'main' || clause.kind === 'fragment') && c === 0) {
    const first = words[clause.first].norm === 'our' ? clause.first + 1 : clause.first;
    if (m.at[first]?.has('safetyAdjective') && (first === clause.first || isTreatmentNoun(x, modifiedNoun(x, first, 4)))) x.add('safety', x.predicateSpan(first), 'safe-fragment');
  }
  // "Depression responds well to ketamine": a condition (or a patient) that responds to a named
  // treatment says the treatment works. ("Tell us how you respond to it" asks; its clause is not asserted.)
  // (Not "your body responds to it by raising blood pressure": a reaction of the body discloses.)
  // ("Every spine responds to an adjustment", "your skin responds beautifully": the body too, when
  // all of it responds or it responds well.)
  const bodyResponds = clause.subjectKind === 'body' && verb !== undefined && (words.slice(clause.subject?.first ?? 0, clause.subject?.head ?? -1).some((w) => ['every', 'all', 'any'].includes(w.norm)) || words.slice(verb.last + 1, verb.last + 3).some((w) => w.tag === 'ADV' && (w.norm === 'well' || praiseAdverb(w.norm))));
  if (verb && !verb.negated && words[verb.head].lemma === 'respond' && (['complaint', 'condition', 'experiencer', 'person'].includes(clause.subjectKind) || bodyResponds) && !words.slice(clause.first, clause.last + 1).some((w) => VARIATION.has(w.norm) || w.norm === 'by')) {
    const to = words.findIndex((w, i) => i > verb.last && i <= clause.last && w.norm === 'to');
    if (to > 0 && to <= verb.last + 3) {
      x.add('efficacy', x.predicateSpan(verb.first), 'responds-to', false);
      out[out.length - 1].needsMention = true;
    }
  }
  // (Only a sentence with no verb at all: "Reduced swelling: massage can help ..." is a label.)
  // ("Beauty – Younger-looking skin": after a short label and its dash or colon, the same.)
  const afterLabel = c > 0 && /[:\u2013\u2014]|\s-\s/.test(x.gaps[clause.first] ?? '') && x.clauses.slice(0, c).every((k) => k.last - k.first <= 2);
  if (!verb && (clause.kind === 'main' || clause.kind === 'fragment') && (c === 0 || afterLabel) && x.clauses.every((k) => !k.verb) && !out.some((o) => o.cls === 'efficacy')) {
    const bettered = betteredPhrase(x);
    // The phrase is the claim, not a subject: it is about the treatment in view.
    if (bettered) x.add('efficacy', { first: bettered.first, last: x.predicateSpan(bettered.last).last }, 'bettered', false);
  }
  // "A knee that lasts a lifetime", "results that last for years".
  if (verb && !verb.negated && DURATIVE.has(words[verb.head].lemma) && has(m, x.rest, 'permanence') && !['risk', 'complaint', 'condition'].includes(clause.subjectKind)) x.add('permanence', x.predicateSpan(verb.first), 'lasts-forever');
  // "Benefits that never wear off", "the relief does not fade".
  if (verb && clause.subjectKind === 'outcome' && verb.negated && ['wear', 'fade', 'end', 'stop', 'go', 'diminish', 'disappear', 'vanish'].includes(words[verb.head].lemma)) x.add('permanence', { first: clause.subject!.first, last: x.predicateSpan(verb.first).last }, 'never-fades');
  // "The effects continue for months", "relief lasts for years".
  if (verb && clause.subjectKind === 'outcome' && !verb.negated && DURATIVE.has(words[verb.head].lemma) && !has(m, { first: clause.first, last: clause.last }, 'scope')) {
    const subjectRisk = nounIn(m, clause.subject!, 'risk') >= 0;
    if (!subjectRisk) x.add('permanence', { first: clause.subject!.first, last: x.predicateSpan(verb.first).last }, 'lasts');
  }
  // "Your body tolerates it with no problems".
  if (verb && !verb.passive && !verb.negated && words[verb.head].lemma === 'tolerate' && ['PRON', 'DET'].includes(words[verb.last + 1]?.tag ?? '')) x.add('safety', x.predicateSpan(verb.first), 'tolerated');
  // "It is well tolerated (by most people)".
  if (verb && verb.passive && words[verb.head].lemma === 'tolerate' && !verb.negated) x.add('safety', x.predicateSpan(verb.first), 'tolerated');
  if (verb && clause.subjectKind === 'complaint' && verb.negated && RECUR.has(words[verb.head].lemma)) x.add('permanence', { first: clause.subject!.first, last: x.predicateSpan(verb.first).last }, 'no-relapse', false);
  return out;
}

const QUESTION = /\?\s*["'”’)]*\s*$/;

/** Fixed marketing idioms ("works wonders", "say goodbye to"): phrases, matched once per sentence. */
// Built-in patterns are checked by a test; one that does not parse is left out rather than stop linting.
const idioms = new PhraseMatcher(assertionData.idioms.map((i) => ({ pattern: i.pattern, value: i.class })), { lenient: true });

function idiomCandidates(words: readonly Word[], clauses: readonly Clause[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of idioms.match(words.map((w) => w.token))) {
    const clause = clauses.findIndex((c) => c.first <= m.first && m.first <= c.last);
    if (clause < 0) continue;
    const universal = m.value === 'universality';
    // "No treatment works for everyone": the subject denies what the idiom would promise.
    const subject = clauses[clause].subject;
    if (universal && subject && ['no', 'nothing', 'none'].includes(words[subject.first].norm)) continue;
    // Idioms are strong claims: "can turn back the clock" is not hedged by "can".
    // ("Your pain becomes a thing of the past": with the complaint or the people as subject, the
    // benefit is the article's therapy's, named or not.)
    // (So with an idiom that holds its own subject: "your days of cortisone injections are over".)
    const ownSubject = subject !== undefined && m.first <= subject.first + 1 && m.last > subject.last;
    const ofComplaint = ['complaint', 'experiencer'].includes(clauses[clause].subjectKind) || ownSubject;
    out.push({ cls: m.value, clause, span: { first: m.first, last: m.last }, detail: 'idiom', absolute: universal || m.value === 'efficacy', needsTherapy: (m.value === 'efficacy' && !ofComplaint) || m.value === 'comparison' });
  }
  return out;
}

/**
 * A name or acronym in brackets right after a word ("sildenafil (Viagra)", "disorder (PTSD)") is
 * part of its noun phrase, not a break between clauses: its brackets are read as spaces.
 */
function withAppositions(tokens: readonly Token[], gaps: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!/^\s*\($/.test(gaps[i])) continue;
    let j = i;
    while (j < tokens.length && j < i + 4 && tokens[j].capital && (j === i || /^[\s-]*$/.test(gaps[j]))) j++;
    if (j === i || j >= tokens.length || !/^\)/.test(gaps[j])) continue;
    out ??= [...gaps];
    out[i] = gaps[i].replace('(', ' ');
    out[j] = gaps[j].replace(')', ' ');
  }
  return out ?? gaps;
}

/** The clause model of one sentence. `gaps` (text between tokens) default to the text's own. */
/**
 * "To ease your back pain, book an adjustment", "If you want to be free of migraines, our protocol
 * gets you there": an opening purpose or wish, followed by a clause that offers the treatment for
 * it (an imperative of a verb of offering, or the treatment doing something), asserts that the
 * treatment meets it. The goal clause gets its infinitive as its verb group, so that the candidates
 * of what it names are found, and takes the offering clause's modality.
 */
function markGoal(words: readonly Word[], clauses: Clause[]): number {
  const [goal, offer] = clauses;
  if (!goal || !offer || offer.kind !== 'main' || !offer.verb || offer.verb.negated) return -1;
  const offers = offer.subjectKind === 'none' ? !offer.verb.modals.length && words[offer.verb.head].form === 'base' && OFFERING.has(words[offer.verb.head].lemma) : ['treatment', 'name', 'anaphor', 'provider'].includes(offer.subjectKind);
  if (!offers) return -1;
  let to = -1;
  if (goal.kind === 'purpose') to = goal.first;
  else if (goal.kind === 'subordinate' && goal.opener === 'if' && goal.verb && WISHING.has(words[goal.verb.head].lemma) && !goal.verb.negated) to = goal.verb.last + 1;
  // ("If you want an FDA-approved way to reverse ageing, NAD+ is it": what is wished for is named.)
  if (to > 0 && words[to]?.tag !== 'TO' && to <= goal.last) {
    goal.goal = true;
    return 0;
  }
  if (to < 0 || words[to]?.tag !== 'TO') return -1;
  let k = to + 1;
  while (k < goal.last && words[k].tag === 'ADV') k++;
  if (words[k]?.tag !== 'VERB' && words[k]?.tag !== 'AUX') return -1;
  const group = verbGroupAt(words, k, goal.last);
  if (!group) return -1;
  goal.verb = group;
  goal.verbs = [group];
  goal.goal = true;
  return 0;
}

export function analyseTokens(tokens: readonly Token[], text: string, sentenceStart: number, gapsIn?: readonly string[], overBudget?: () => boolean): SentenceAssertions {
  const gaps = withAppositions(tokens, gapsIn ?? tokens.map((t, i) => (i === 0 ? '' : text.slice(tokens[i - 1].end - sentenceStart, t.start - sentenceStart))));
  if (tokens.length > LONGEST_SENTENCE) return analyseInWindows(tokens, text, gaps, overBudget);
  const words = tagSentence(tokens, vocabulary, gaps);
  const clauses = segment(words, gaps);
  const m = markWords(words);
  // "Parents notice better eye contact", "guys tell us they feel ...": people other than patients,
  // with a verb of experience, report a benefit as patients do.
  for (const c of clauses) {
    if (c.subjectKind === 'person' && c.subject && c.verb && verbClassOf(words[c.verb.head].lemma).has('experiencer') && !VAGUE_SOURCE_NOUNS.has(words[c.subject.head].lemma)) c.subjectKind = 'experiencer';
  }
  // "Patients say they feel better", "guys tell us they feel like themselves again": the pronoun
  // of what people report is those people.
  clauses.forEach((c, k) => {
    const governor = clauses[k - 1];
    if (c.kind !== 'complement' || !governor?.verb || c.subjectKind !== 'anaphor' || !c.subject || !['they', 'he', 'she'].includes(words[c.subject.head].norm)) return;
    if (['experiencer', 'person'].includes(governor.subjectKind) && REPORTING.has(words[governor.verb.head].lemma)) c.subjectKind = 'experiencer';
  });
  const goal = markGoal(words, clauses);
  const modality: Modality[] = [];
  for (let c = 0; c < clauses.length; c++) modality.push(modalityOf(words, gaps, m, clauses, c, modality));
  if (goal >= 0) modality[goal] = modality[goal + 1];
  // ("Book X | to brighten ...": a purpose the imperative before it offers the treatment for.)
  clauses.forEach((c, k) => {
    if (c.kind === 'purpose' && c.goal && k > 0 && clauses[k - 1].subjectKind === 'none' && clauses[k - 1].last + 1 === c.first) modality[k] = modality[k - 1];
  });
  const all = [...clauses.flatMap((_, c) => candidatesOf(words, gaps, m, clauses, c)), ...idiomCandidates(words, clauses)];
  // "quiets a migraine before you've even left the table": a benefit timed by the patient's own visit.
  // ("Relief arrives before you leave the chair": a benefit's onset timed so, too.)
  const onsetOfBenefit = (k: number) => {
    const before = clauses[k];
    const v = before?.verb;
    return v !== undefined && !v.negated && before.subject !== undefined && isOnsetVerb(words, v) && (before.subjectKind === 'outcome' || m.noun[before.subject.head] === 'benefit');
  };
  clauses.forEach((clause, c) => {
    if (clause.opener !== 'before' || clause.subjectKind !== 'experiencer' || !(all.some((k) => k.clause === c - 1 && k.cls === 'efficacy') || onsetOfBenefit(c - 1))) return;
    all.push({ cls: 'speed', clause: c - 1, span: { first: clause.first, last: clause.last }, detail: 'before-you', absolute: false, needsTherapy: true });
  });
  // "Ozone gives your body the tools it needs to heal itself", "unlocks the body's ability to repair
  // itself": the body healing itself, somewhere in a sentence whose subject is the treatment, is
  // what the treatment is said to bring about.
  const selfMend = selfMending(words);
  if (selfMend && !all.some((k) => k.cls === 'efficacy' && modality[k.clause] !== 'unasserted')) {
    // (The reflexive must come after that clause's own verb, which does something: not "it takes time", "this is why".)
    const main = clauses.findIndex((c) => c.verb !== undefined && !c.verb.copula && !['take', 'need'].includes(words[c.verb.head].lemma) && c.verb.last < selfMend.first && ['treatment', 'name', 'anaphor', 'provider'].includes(c.subjectKind));
    if (main >= 0) all.push({ cls: 'efficacy', clause: main, span: selfMend, detail: 'self-healing', absolute: false, needsTherapy: true });
  }
  // "Back pain usually settles without treatment": a complaint's natural course is no effect.
  const ofItself = clauses.map((c) => (c.subjectKind === 'complaint' || c.subjectKind === 'condition') && NATURAL_COURSE.some((p) => words.some((_, i) => i >= c.first && i + p.length - 1 <= c.last && p.every((part, k) => words[i + k].norm === part))));
  // "Studies show it takes time to adjust": a source vouches for a claim only when its complement makes one.
  const candidates = all.filter((k) => !(k.cls === 'efficacy' && ofItself[k.clause]) && (k.detail !== 'studies-show' || clauses[k.clause + 1]?.kind !== 'complement' || all.some((o) => o.clause === k.clause + 1)));
  return { words, clauses, candidates, question: QUESTION.test(text), modality };
}

/**
 * Longer "sentences" are lists or tables without stops, not prose: they are read in windows of at
 * most this many words, each ending at a comma or semicolon where there is one, which keeps the
 * work linear in the length of the text (some steps look across a whole sentence).
 */
const LONGEST_SENTENCE = 160;

function analyseInWindows(tokens: readonly Token[], text: string, gaps: readonly string[], overBudget?: () => boolean): SentenceAssertions {
  const out: SentenceAssertions = { words: [], clauses: [], candidates: [], question: QUESTION.test(text), modality: [] };
  for (let from = 0; from < tokens.length; ) {
    let to = Math.min(tokens.length, from + LONGEST_SENTENCE);
    if (to < tokens.length) {
      let pause = -1;
      for (let i = to - 1; i >= from + LONGEST_SENTENCE / 2 && pause < 0; i--) if (/[,;:]/.test(gaps[i])) pause = i - from - LONGEST_SENTENCE / 2;
      if (pause >= 0) to = from + LONGEST_SENTENCE / 2 + pause;
    }
    const part = analyseTokens(tokens.slice(from, to), '', 0, ['', ...gaps.slice(from + 1, to)]);
    const w = out.words.length;
    const c = out.clauses.length;
    const span = <T extends WordSpan>(x: T): T => ({ ...x, first: x.first + w, last: x.last + w });
    const group = <T extends WordSpan & { head: number }>(g: T): T => ({ ...span(g), head: g.head + w });
    out.words.push(...part.words);
    out.clauses.push(...part.clauses.map((k) => ({ ...span(k), ...(k.subject ? { subject: group(k.subject) } : {}), ...(k.verb ? { verb: group(k.verb) } : {}), verbs: k.verbs.map(group), ...(k.inheritsFrom !== undefined ? { inheritsFrom: k.inheritsFrom + c } : {}) })));
    out.candidates.push(...part.candidates.map((k) => ({ ...k, clause: k.clause + c, span: span(k.span) })));
    out.modality.push(...part.modality);
    from = to;
    // A sentence of many thousand words stops with the document's time budget (the core reports
    // the time-out; what was read so far stands).
    if (overBudget?.() && to < tokens.length) {
      out.partial = true;
      break;
    }
  }
  return out;
}

// Sentences repeat across re-lints (an editor re-lints on every pause): the model of a sentence
// depends only on its text, so it is computed once per distinct text. Bounded.
const cache = new Map<string, SentenceAssertions>();
const CACHE_LIMIT = 20000;

/** The clause model of a sentence, cached by its text; word offsets are relative to the sentence start. */
export function assertionsOf(tokens: readonly Token[], text: string, sentenceStart: number, overBudget?: () => boolean): SentenceAssertions {
  const key = text;
  let hit = cache.get(key);
  if (hit && (hit.words.length === tokens.length || hit.partial) && (tokens.length === 0 || hit.words[0].token.start === tokens[0].start - sentenceStart)) return hit;
  const relative = tokens.map((t) => ({ ...t, start: t.start - sentenceStart, end: t.end - sentenceStart }));
  hit = analyseTokens(relative, text, 0, undefined, overBudget);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, hit);
  return hit;
}
