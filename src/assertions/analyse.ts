// What each clause of a sentence asserts: candidates by claim class, and each clause's modality.
// Pure per sentence (no article context), so results are cached by the sentence's text; the
// claims analysis then decides, with the article's therapies and citations, which stand.

import type { Token } from '../core/tokens.js';
import { PhraseMatcher } from '../core/phrases.js';
import { tagSentence, type Word } from '../language/tag.js';
import { segment } from './clauses.js';
import {
  DECREASE,
  INCREASE,
  GONE,
  RECUR,
  MECHANISM_AFTER,
  PHRASAL,
  MODAL_HEDGES,
  NEEDS_OBJECT,
  POTENTIAL,
  UNASSERTING,
  VAGUE_SOURCE_NOUNS,
  WEAK_HEDGES,
  markers,
  nouns,
  verbClassOf,
  vocabulary,
  assertionData,
  type MarkerClass,
  type NounClass,
} from './lexicon.js';
import type { Candidate, ClaimClass, Clause, SentenceAssertions, WordSpan } from './types.js';

type Modality = SentenceAssertions['modality'][number];

interface Marks {
  /** Marker classes at each word (a multiword marker marks all its words). */
  at: Set<MarkerClass>[];
  /** Noun classes at each word (multiword nouns mark their last word). */
  noun: (NounClass | undefined)[];
  /** Spans of markers found, by class. */
  spans: { cls: MarkerClass; first: number; last: number }[];
}

function markWords(words: readonly Word[]): Marks {
  const norms = words.map((w) => w.norm);
  const at = words.map(() => new Set<MarkerClass>());
  const noun: (NounClass | undefined)[] = words.map(() => undefined);
  const spans: Marks['spans'] = [];
  for (let i = 0; i < words.length; i++) {
    for (const hit of markers.at(norms, i)) {
      for (let k = i; k < i + hit.length; k++) at[k].add(hit.value);
      spans.push({ cls: hit.value, first: i, last: i + hit.length - 1 });
    }
    const n = nouns.at(norms, i)[0];
    if (n && (words[i + n.length - 1].tag === 'NOUN' || words[i + n.length - 1].tag === 'PROPN' || n.length > 1)) noun[i + n.length - 1] ??= n.value;
  }
  // "within 24 hours", "in as little as 20 minutes", "after one session": a speed phrase.
  for (let i = 0; i + 1 < words.length; i++) {
    if (!['within', 'in', 'after'].includes(norms[i])) continue;
    let j = i + 1;
    while (j < words.length && j <= i + 5 && ['a', 'few', 'as', 'little', 'just', 'only', 'one', 'two', 'the', 'first', 'single', 'couple', 'of', 'under', 'less', 'than'].includes(norms[j]) || (j < words.length && words[j].tag === 'NUM' && j <= i + 5)) j++;
    const unit = norms[j];
    const quick = ['minute', 'minutes', 'hour', 'hours', 'second', 'seconds'].includes(unit) || (norms[i] !== 'after' && ['day', 'days'].includes(unit)) || (['session', 'treatment', 'infusion', 'visit', 'injection'].includes(unit) && /^(one|a|the|single|first|just)$/.test(norms[j - 1] ?? ''));
    if (quick && j > i + 1) {
      for (let k = i; k <= j; k++) at[k].add('speed');
      spans.push({ cls: 'speed', first: i, last: j });
    }
  }
  return { at, noun, spans };
}

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

const DOUBT = new Set(['no', 'little', 'limited', 'insufficient', 'weak', 'lack', 'scant', 'few', 'inconclusive', 'mixed', 'unclear', 'uncertain', 'unknown', 'nobody', 'neither']);
const KNOWING = new Set(['proof', 'evidence', 'known', 'clear', 'certain', 'established', 'sure', 'know', 'knows', 'say', 'tell', 'promise', 'guarantee', 'predict', 'proven', 'shown', 'consensus']);

/** The clause's modality: what its verb group, quantifiers and frames do to what it says. */
function modalityOf(words: readonly Word[], m: Marks, clauses: readonly Clause[], c: number, modal: Modality[]): Modality {
  const clause = clauses[c];
  if (clause.kind === 'embedded' || (clause.kind === 'subordinate' && clause.opener && UNASSERTING.has(clause.opener))) return 'unasserted';
  const span = { first: clause.first, last: clause.last };
  const verb = clause.verb;
  if (verb?.belief && !verb.vagueSource) return 'hedged';
  if (verb?.modals.some((x) => MODAL_HEDGES.has(x))) return 'hedged';
  if (has(m, span, 'hedgeAdverb') || has(m, span, 'scope')) return 'hedged';
  // "Some patients notice ...", "a few people feel ...": a quantifier over the subject.
  if (clause.subject && has(m, clause.subject, 'some')) return 'hedged';
  // "may be able to", "has the potential to", "shows promise".
  for (let i = span.first; i <= span.last; i++) if (POTENTIAL.has(words[i].norm) && (words[i].tag !== 'ADJ' || words[i + 1]?.tag === 'TO' || words[i].norm === 'promising')) return 'hedged';
  // A complement of a belief or hedged frame ("research suggests that ...", "it may be that ...");
  // of a negated or doubting one, unasserted ("there is little evidence that ...", "no one knows if ...").
  if (clause.kind === 'complement' && c > 0) {
    const governor = clauses[c - 1];
    const g = words.slice(governor.first, governor.last + 1);
    const doubt = g.some((w) => DOUBT.has(w.norm) || w.tag === 'NEG') && g.some((w) => VAGUE_SOURCE_NOUNS.has(w.lemma) || KNOWING.has(w.norm));
    if (doubt) return 'unasserted';
    if (modal[c - 1] === 'hedged' || governor.verb?.belief) return 'hedged';
  }
  // A participle or relative clause continues the clause it hangs on.
  if ((clause.kind === 'participle' || clause.kind === 'relative' || (clause.kind === 'coordinate' && !clause.subject)) && c > 0 && !verb?.modals.length) {
    const parent = modal[clause.inheritsFrom ?? c - 1];
    if (parent === 'hedged' || parent === 'unasserted') return parent;
  }
  if (verb?.modals.some((x) => WEAK_HEDGES.has(x))) return 'weak';
  if (clause.kind === 'coordinate' && !clause.subject && c > 0 && !verb?.modals.length && modal[c - 1] === 'weak') return 'weak';
  return 'asserted';
}

/** Words after the verb group, to the end of the clause: its object or complement. */
const restOf = (clause: Clause): WordSpan => ({ first: (clause.verb?.last ?? clause.first - 1) + 1, last: clause.last });

const REASSURING_VERBS = new Set(['disappear', 'fade', 'subside', 'resolve', 'pass', 'vanish', 'go', 'wear', 'settle', 'clear']);
const HAVE_VERBS = new Set(['have', 'carry', 'cause', 'pose', 'produce', 'involve', 'bring', 'create', 'trigger', 'induce', 'come', 'lead', 'result', 'associate', 'link']);

function candidatesOf(words: readonly Word[], gaps: readonly string[], m: Marks, clauses: readonly Clause[], c: number): Candidate[] {
  const clause = clauses[c];
  const out: Candidate[] = [];
  const span = { first: clause.first, last: clause.last };
  const rest = restOf(clause);
  const verb = clause.verb;
  const add = (cls: ClaimClass, s: WordSpan, detail: string, needsTherapy = true) => {
    const absolute = has(m, { first: Math.min(s.first, span.first), last: span.last }, 'absolute');
    out.push({ cls, clause: c, span: s, detail, absolute, needsTherapy });
  };
  const predicateSpan = (from: number, to = clause.last): WordSpan => {
    // The predicate with its object up to the first comma or the clause's end, at most 8 words.
    let end = from;
    while (end < to && end - from < 8 && !gaps[end + 1].includes(',')) end++;
    return { first: from, last: end };
  };
  const subjectKind = clause.subjectKind;

  // --- class 1: efficacy -------------------------------------------------------------------
  clause.verbs.forEach((g, gi) => {
    if (g.negated) return;
    if (g.passive) {
      // "Migraines are stopped at their source by our protocol", "pain is relieved within minutes".
      const classes = verbClassOf(words[g.head].lemma);
      const object: WordSpan = { first: g.last + 1, last: clause.last };
      const by = words.slice(object.first, object.last + 1).findIndex((w) => w.norm === 'by');
      if (classes.has('efficacy') && !classes.has('vagueSource') && (subjectKind === 'complaint' || by >= 0) && !NEEDS_OBJECT.has(words[g.head].lemma)) {
        add('efficacy', predicateSpan(g.first, object.last), `passive:${words[g.head].lemma}`, subjectKind !== 'complaint');
      }
      return;
    }
    const head = words[g.head];
    const classes = verbClassOf(head.lemma);
    const after = words[g.head + 1];
    const object: WordSpan = { first: g.last + 1, last: gi + 1 < clause.verbs.length ? clause.verbs[gi + 1].first - 1 : clause.last };
    const mechanism = after && MECHANISM_AFTER.has(after.norm);
    const phrasal = g.particle !== undefined && PHRASAL.has(`${head.lemma} ${g.particle}`);
    if ((classes.has('efficacy') || phrasal) && !g.copula && !mechanism && !(head.lemma === 'work' && after?.norm === 'with')) {
      const benefitObject = nounIn(m, object, 'benefit', 'complaint', 'outcome') >= 0 || words.slice(object.first, object.last + 1).some((w) => ['easier', 'possible', 'better', 'easy'].includes(w.norm));
      const harmObject = nounIn(m, object, 'risk') >= 0;
      const okObject =
        (phrasal || !NEEDS_OBJECT.has(head.lemma) || benefitObject || (head.lemma === 'work' && object.first > object.last)) &&
        !(INCREASE.has(head.lemma) && harmObject) &&
        !(DECREASE.has(head.lemma) && nounIn(m, object, 'benefit') >= 0 && nounIn(m, object, 'complaint') < 0);
      if (okObject) add('efficacy', predicateSpan(gi === 0 && g.modals.length ? g.first : g.head, object.last), `verb:${head.lemma}`, subjectKind !== 'experiencer');
      else if (head.lemma === 'work' && !mechanism) add('efficacy', predicateSpan(g.first, object.last), 'verb:work', subjectKind !== 'experiencer');
    }
    // "Patients walk out pain-free", "you will feel better", "most people notice improvement".
    if (classes.has('experiencer') && (subjectKind === 'experiencer' || (subjectKind === 'none' && clause.inheritsFrom === undefined))) {
      const state = firstWith(m, object, 'experiencerState');
      const benefit = nounIn(m, object, 'benefit', 'outcome');
      const bare = ['recover', 'improve', 'respond', 'benefit', 'heal'].includes(head.lemma) && !words.slice(object.first, object.last + 1).some((w) => w.tag === 'NEG');
      if (state >= 0 || benefit >= 0 || bare) add('efficacy', predicateSpan(g.first, object.last), `experiencer:${head.lemma}`, false);
    }
  });
  // A copula with a verdict: "is effective", "is an effective treatment", "is the answer", "has many benefits".
  if (verb && verb.copula && !verb.negated) {
    const adj = firstWith(m, rest, 'efficacyAdjective');
    const praiseOnly = adj >= 0 && m.at[adj].has('praise');
    const verdict = nounIn(m, rest, 'verdict');
    if (adj >= 0 && (!praiseOnly || subjectKind === 'treatment' || subjectKind === 'anaphor' || subjectKind === 'outcome' || subjectKind === 'name')) {
      add('efficacy', predicateSpan(verb.first), `verdict:${words[adj].norm}`, subjectKind !== 'outcome');
    } else if (verdict >= 0 && !(words[verdict - 1]?.norm === 'no' || words.slice(rest.first, verdict).some((w) => w.tag === 'NEG'))) {
      add('efficacy', predicateSpan(verb.first), `verdict:${words[verdict].norm}`);
    }
  }
  // "with various benefits", "provides lasting results": a benefit a therapy has or gives.
  if (verb && !verb.negated && (verb.lemma === 'have' || (verb.copula && words.slice(rest.first, rest.last + 1).some((w) => w.norm === 'with')))) {
    const benefit = nounIn(m, rest, 'benefit');
    if (benefit >= 0 && words[benefit].norm !== 'effect' && !words.slice(rest.first, benefit).some((w) => w.tag === 'NEG' || w.norm === 'no')) add('efficacy', predicateSpan(verb.first), 'has-benefit');
  }

  // --- class 2: safety ---------------------------------------------------------------------
  if (verb?.copula) {
    const safe = firstWith(m, rest, 'safetyAdjective');
    const riskAdj = firstWith(m, rest, 'riskAdjective');
    const minimal = firstWith(m, rest, 'minimal');
    const early = (i: number) => i >= 0 && i <= rest.first + 3 && !words.slice(rest.first, i).some((w) => w.tag === 'NOUN' || w.tag === 'ADP');
    if (!verb.negated && early(safe) && subjectKind !== 'risk' && subjectKind !== 'comparator') add('safety', predicateSpan(verb.first), `safe:${words[safe].norm}`);
    if (verb.negated && early(riskAdj) && subjectKind !== 'risk' && subjectKind !== 'comparator') add('safety', predicateSpan(verb.first), `not:${words[riskAdj].norm}`);
    if (!verb.negated && subjectKind === 'risk' && early(minimal)) add('safety', { first: clause.subject!.first, last: predicateSpan(verb.first).last }, `risk-minimal:${words[minimal].norm}`, false);
  }
  if (verb && subjectKind === 'risk' && !verb.negated && REASSURING_VERBS.has(words[verb.head].lemma)) add('safety', { first: clause.subject!.first, last: predicateSpan(verb.first).last }, 'risk-vanishes', false);
  // A risk denied: "dependence has never been reported", "complications do not occur".
  if (verb && subjectKind === 'risk' && verb.negated) add('safety', { first: clause.subject!.first, last: predicateSpan(verb.first).last }, 'risk-denied', false);
  // A complaint over: "the tremor is gone", "your migraines disappear", "pain becomes a thing of the past".
  if (verb && subjectKind === 'complaint' && !verb.negated) {
    const gone = verb.copula && words.slice(rest.first, Math.min(rest.last, rest.first + 3) + 1).some((w) => GONE.has(w.norm));
    if (gone || REASSURING_VERBS.has(words[verb.head].lemma)) add('efficacy', { first: clause.subject!.first, last: predicateSpan(verb.first).last }, 'complaint-gone', false);
  }
  // "The pain won't come back", "migraines do not return": permanence promised.
  if (verb && subjectKind === 'complaint' && verb.negated && RECUR.has(words[verb.head].lemma)) add('permanence', { first: clause.subject!.first, last: predicateSpan(verb.first).last }, 'no-relapse', false);
  // "does not interact with other medicines", "won't affect your heart", "never causes strokes", "causes no upset".
  for (const g of clause.verbs) {
    const classes = verbClassOf(words[g.head].lemma);
    if (!classes.has('harm') || subjectKind === 'risk' || subjectKind === 'comparator' || subjectKind === 'complaint' || subjectKind === 'experiencer') continue;
    const object: WordSpan = { first: g.last + 1, last: clause.last };
    const noObject = ['interact', 'interfere'].includes(words[g.head].lemma);
    const noDeterminer = words[object.first]?.norm === 'no' || words[object.first]?.norm === 'zero';
    const harmful = nounIn(m, object, 'risk', 'complaint') >= 0;
    if ((g.negated && (noObject || harmful)) || (noDeterminer && !g.negated)) add('safety', predicateSpan(g.first, object.last), 'no-harm');
  }
  // "does not cause side effects", "has no side effects", "is not associated with side effects".
  if (verb && HAVE_VERBS.has(words[verb.head].lemma) && subjectKind !== 'risk' && subjectKind !== 'comparator') {
    const risk = nounIn(m, rest, 'risk');
    const noBefore = risk >= 0 && words.slice(rest.first, risk).some((w) => w.norm === 'no' || w.norm === 'zero' || w.norm === 'without');
    const quantity = risk >= 0 && words.slice(Math.max(rest.first, risk - 4), risk).some((w) => m.at[words.indexOf(w)]?.has('quantity'));
    if (risk >= 0 && (verb.negated || noBefore || quantity)) add('safety', predicateSpan(verb.first), verb.negated || noBefore ? 'no-risk' : 'few-risks');
  }
  // "There are no side effects", "there is virtually no downtime", "there are few risks".
  if (verb && subjectKind === 'existential') {
    const risk = nounIn(m, rest, 'risk');
    if (risk >= 0 && (verb.negated || words.slice(rest.first, risk).some((w) => w.norm === 'no' || w.norm === 'zero' || m.at[words.indexOf(w)].has('quantity')))) add('safety', { first: clause.first, last: risk }, 'no-risk');
  }
  for (let i = span.first; i + 2 <= span.last; i++) {
    if (words[i].norm === 'free' && words[i + 1].norm === 'of' && nounIn(m, { first: i + 2, last: Math.min(span.last, i + 5) }, 'risk') >= 0) add('safety', { first: i, last: Math.min(span.last, i + 4) }, 'free-of-risk');
  }
  // "with few side effects", "a low risk of addiction", "without side effects", "minimal downtime" anywhere else.
  for (let i = span.first; i <= span.last; i++) {
    if (m.noun[i] !== 'risk' || out.some((o) => o.cls === 'safety')) continue;
    let q = i - 1;
    while (q >= span.first && q >= i - 3 && (words[q].tag === 'ADJ' || words[q].tag === 'ADV' || m.at[q].has('quantity') || words[q].norm === 'side' || words[q].norm === 'adverse') && !m.at[q].has('quantity')) q--;
    if (q < span.first || !(m.at[q].has('quantity') || ['no', 'zero', 'without'].includes(words[q].norm))) continue;
    // "less pain", "reduced risk" as a result are benefits, not minimisation; "without" needs a therapy.
    if (words[q].norm === 'without' && words[i].norm !== 'effects' && words[i].norm !== 'effect' && m.noun[i] !== 'risk') continue;
    if (verb?.negated && q > (verb?.last ?? -1)) continue;
    add('safety', { first: q, last: i }, words[q].norm === 'without' ? 'without-risk' : 'few-risks');
  }

  // --- class 3: comparison -----------------------------------------------------------------
  const comparative = firstWith(m, span, 'comparative');
  if (comparative >= 0) {
    const than = words.slice(comparative, clause.last + 1).some((w) => w.norm === 'than' || w.norm === 'as');
    const asAs = words[comparative - 1]?.norm === 'as' || (words[comparative - 2]?.norm === 'as');
    add('comparison', predicateSpan(Math.max(span.first, comparative - (asAs ? 2 : 0))), than || asAs ? 'than' : 'comparative');
  }
  const superlative = firstWith(m, span, 'superlative');
  if (superlative >= 0 && (!clause.subject || superlative > clause.subject.last)) {
    const spanFrom = words[superlative - 1]?.norm === 'the' || words[superlative - 1]?.norm === 'most' ? superlative - 1 : superlative;
    add('comparison', predicateSpan(spanFrom), 'superlative');
  }
  for (let i = span.first; i <= span.last; i++) {
    if (words[i].norm !== 'unlike' && !(words[i].norm === 'compared' && ['to', 'with'].includes(words[i + 1]?.norm ?? ''))) continue;
    const benefitOrSafety = out.some((o) => o.cls === 'efficacy' || o.cls === 'safety') || (verb?.negated && nounIn(m, rest, 'risk') >= 0);
    if (benefitOrSafety) add('comparison', { first: i, last: Math.min(span.last, i + 3) }, 'unlike');
  }
  if (verb && verbClassOf(words[verb.head].lemma).has('compare') && !verb.negated) add('comparison', predicateSpan(verb.head), 'outperforms');

  // --- classes 4 and 5: speed, permanence, universality, statistics --------------------------
  const benefitHere = out.some((o) => o.cls === 'efficacy') || nounIn(m, span, 'benefit', 'outcome', 'verdict') >= 0 || (verb && verbClassOf(words[verb.head].lemma).has('experiencer'));
  const riskHere = nounIn(m, span, 'risk') >= 0;
  for (const s of m.spans) {
    if (s.first < span.first || s.last > span.last) continue;
    if ((s.cls === 'speed' || s.cls === 'permanence') && benefitHere && !(riskHere && !out.some((o) => o.cls === 'efficacy'))) {
      // "long-term side effects", "sustained release" describe no benefit.
      const nextNoun = m.noun[s.last + 1] ?? m.noun[s.last + 2];
      if (nextNoun === 'risk') continue;
      add(s.cls === 'speed' ? 'speed' : 'permanence', { first: s.first, last: Math.min(span.last, s.last + 2) }, s.cls);
    }
    if (s.cls === 'universal' && benefitHere && !riskHere) {
      const over = m.noun[s.last + 1] ?? m.noun[s.last + 2] ?? m.noun[s.last + 3];
      const people = over === 'experiencer' || ['everyone', 'everybody', 'anyone', 'anybody', 'always', 'guaranteed', 'guarantee', '100%'].includes(words[s.first].norm);
      if (people) add('universality', { first: s.first, last: Math.min(span.last, s.last + 3) }, 'universal', false);
    }
  }
  // Numbers over people with a benefit or risk: "60% of patients", "9 in 10 clients", "two thirds of users".
  for (let i = span.first; i <= span.last; i++) {
    const w = words[i];
    const isFraction = ['half', 'third', 'thirds', 'quarter', 'quarters'].includes(w.norm) && i > span.first && words[i - 1].tag === 'NUM';
    if (w.tag !== 'NUM' && !isFraction) continue;
    const percent = words[i + 1]?.norm === '%' || words[i + 1]?.norm === 'percent';
    const outOf = (words[i + 1]?.norm === 'in' || (words[i + 1]?.norm === 'out' && words[i + 2]?.norm === 'of')) && words.slice(i + 2, i + 4).some((x) => x.tag === 'NUM');
    const people = nounIn(m, { first: i, last: Math.min(span.last, i + 6) }, 'experiencer') >= 0;
    if ((percent || outOf || isFraction) && (people || percent) && (benefitHere || riskHere || out.some((o) => o.cls === 'safety'))) {
      add('statistic', { first: isFraction ? i - 1 : i, last: Math.min(span.last, i + 4) }, 'number', false);
      break;
    }
  }

  // --- class 6: standing ---------------------------------------------------------------------
  if (verb?.vagueSource && !verb.negated) add('standing', { first: verb.first, last: Math.min(clause.last, verb.last + 4) }, 'vague-source');
  // "Studies show ...", "research has found ...", "science proves ...": a vague source as subject.
  if (verb && clause.subject && VAGUE_SOURCE_NOUNS.has(words[clause.subject.head].lemma) && verbClassOf(words[verb.head].lemma).has('vagueSource') && !verb.negated) {
    add('standing', { first: clause.subject.first, last: verb.last }, 'studies-show', false);
  }
  for (const s of m.spans) {
    if (s.cls !== 'standing' || s.first < span.first || s.last > span.last) continue;
    const w = words[s.first].norm;
    // "breakthrough pain" is a symptom; "breakthrough therapy designation" is an FDA status.
    if (w === 'breakthrough' && (words[s.last + 1]?.norm === 'pain' || ['designation', 'status'].includes(words[s.last + 2]?.norm ?? ''))) continue;
    const nextNoun = m.noun[s.last + 1] ?? m.noun[s.last + 2];
    const modifiesTreatment = nextNoun === 'treatment' || nextNoun === 'verdict' || nextNoun === 'outcome' || nextNoun === 'benefit';
    const predicate = verb && s.first > verb.last && (verb.copula || verb.passive);
    // Weak words ("innovative", "advanced", "trusted", "forefront") count only on a treatment.
    const strong = !['innovative', 'advanced', 'trusted', 'forefront', 'world-class', 'next-generation'].includes(w);
    if (modifiesTreatment || (predicate && strong) || (strong && ['proven', 'miracle', 'miraculous', 'breakthrough', 'revolutionary', 'groundbreaking', 'ground-breaking', 'life-changing', 'game-changing', 'game', 'cutting-edge', 'cutting'].includes(w)) || (w === 'at' && s.last > s.first)) {
      add('standing', { first: s.first, last: Math.min(span.last, s.last + 2) }, `standing:${w}`);
    }
  }

  // --- class 7: regulatory wording (judged later against the therapy's approval) -------------
  for (const s of m.spans) {
    if (s.cls === 'regulatory' && s.first >= span.first && s.last <= span.last) add('regulatory', { first: s.first, last: s.last }, 'approval');
    // "It is legal", "BPC-157 is legal to prescribe": a status claim, judged like approval.
    if (s.cls === 'legal' && verb?.copula && !verb.negated && s.first > verb.last && s.first <= verb.last + 2) add('regulatory', { first: s.first, last: s.last }, 'legal');
  }
  return out;
}

const QUESTION = /\?\s*["'”’)]*\s*$/;

/** Fixed marketing idioms ("works wonders", "say goodbye to"): phrases, matched once per sentence. */
const idioms = new PhraseMatcher(assertionData.idioms.map((i) => ({ pattern: i.pattern, value: i.class })));

function idiomCandidates(words: readonly Word[], clauses: readonly Clause[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of idioms.match(words.map((w) => w.token))) {
    const clause = clauses.findIndex((c) => c.first <= m.first && m.first <= c.last);
    if (clause < 0) continue;
    const universal = m.value === 'universality';
    out.push({ cls: m.value, clause, span: { first: m.first, last: m.last }, detail: 'idiom', absolute: universal, needsTherapy: m.value !== 'standing' });
  }
  return out;
}

/** The clause model of one sentence. `gaps` (text between tokens) default to the text's own. */
export function analyseTokens(tokens: readonly Token[], text: string, sentenceStart: number, gapsIn?: readonly string[]): SentenceAssertions {
  const words = tagSentence(tokens, vocabulary);
  const gaps = gapsIn ?? words.map((w, i) => (i === 0 ? '' : text.slice(tokens[i - 1].end - sentenceStart, w.token.start - sentenceStart)));
  const clauses = segment(words, gaps);
  const m = markWords(words);
  const modality: Modality[] = [];
  for (let c = 0; c < clauses.length; c++) modality.push(modalityOf(words, m, clauses, c, modality));
  const candidates = [...clauses.flatMap((_, c) => candidatesOf(words, gaps, m, clauses, c)), ...idiomCandidates(words, clauses)];
  return { words, clauses, candidates, question: QUESTION.test(text), modality };
}

// Sentences repeat across re-lints (an editor re-lints on every pause): the model of a sentence
// depends only on its text, so it is computed once per distinct text. Bounded.
const cache = new Map<string, SentenceAssertions>();
const CACHE_LIMIT = 20000;

/** The clause model of a sentence, cached by its text; word offsets are relative to the sentence start. */
export function assertionsOf(tokens: readonly Token[], text: string, sentenceStart: number): SentenceAssertions {
  const key = text;
  let hit = cache.get(key);
  if (hit && hit.words.length === tokens.length && (tokens.length === 0 || hit.words[0].token.start === tokens[0].start - sentenceStart)) return hit;
  const relative = tokens.map((t) => ({ ...t, start: t.start - sentenceStart, end: t.end - sentenceStart }));
  hit = analyseTokens(relative, text, 0);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, hit);
  return hit;
}
