// Which of a sentence's candidate assertions are unsupported claims about the article's therapy:
// the clause model says what each clause asserts; the article says what its subject refers to
// (a therapy it names, "it" or "the treatment" once a treatment is in view, or a comparator),
// whether a source is attached, and what the therapy is approved for.

import { isItem, leadInOf, type Doc, type Sentence } from '../core/document.js';
import type { Therapy } from '../knowledge/therapies.js';
import type { Candidate, ClaimClass, Clause, SentenceAssertions } from '../assertions/types.js';
import { MODAL_HEDGES as HEDGING_MODALS, markers } from '../assertions/lexicon.js';
import { claimKnowledge } from '../knowledge/claims.js';
import { isStaffSubject } from '../assertions/clauses.js';

export interface Mention {
  start: number;
  end: number;
  therapy: Therapy;
}

export interface SentenceContext {
  doc: Doc;
  sentence: Sentence;
  assertions: SentenceAssertions;
  /** Mentions of therapies in this sentence. */
  mentions: Mention[];
  /** The therapy the article spoke of last before this sentence (what "it" refers to), or its main one. */
  current?: Therapy;
  /** The article discusses some treatment (known or not), so "it" and "the treatment" can refer to it. */
  treatmentInView: boolean;
  /** What to add to a word's token offsets for a document offset (the sentence's start; 0 when tokens are absolute). */
  base: number;
  /** Judge every class whatever its subject (an answer's statement is about what the question asked). */
  anySubject?: boolean;
  /** The subject kind of the previous sentence's first clause, for what "it" refers to. */
  previousSubject?: string;
}

export interface Judged {
  cls: ClaimClass;
  detail: string;
  /** Offsets in the document. */
  start: number;
  end: number;
  therapy?: Therapy;
  candidate: Candidate;
  /** The clause's modality, for the message and the rewrite. */
  modality: SentenceAssertions['modality'][number];
}

/** The clause a clause takes its subject from, followed to the end. */
function subjectClause(clauses: readonly Clause[], c: number): Clause {
  let clause = clauses[c];
  for (let guard = 0; clause.inheritsFrom !== undefined && !clause.subject && guard < 8; guard++) clause = clauses[clause.inheritsFrom];
  return clause;
}

type Reference = 'therapy' | 'comparator' | 'other' | 'people';

const DRUG_STEMS = claimKnowledge.drugStems.map((x) => x.toLowerCase());
const drugName = (norm: string) => norm.length > 6 && DRUG_STEMS.some((x) => norm.endsWith(x));

/** What a clause's subject refers to in the article. */
function referenceOf(ctx: SentenceContext, clause: Clause): { ref: Reference; therapy?: Therapy } {
  const { assertions: a } = ctx;
  const words = a.words;
  const at = (i: number) => ctx.base + words[i].token.start;
  const subject = clause.subject;
  if (!subject) {
    if (clause.kind === 'main' && clause.verb && clause.verb.first === clause.first && ctx.previousSubject && ['complaint', 'condition', 'body', 'person'].includes(ctx.previousSubject)) return { ref: 'other' };
    return { ref: ctx.treatmentInView ? 'therapy' : 'other', therapy: ctx.current };
  }
  const from = at(subject.first);
  const to = ctx.base + words[subject.last].token.end;
  // A therapy named in the subject: the nearest one before the head wins ("ketamine infusion therapy").
  const named = ctx.mentions.filter((m) => m.start < to && m.end > from);
  // "Our hyperbaric chambers": the subject's head is itself a name of the therapy.
  const head = named.find((m) => m.start <= at(subject.head) && ctx.base + words[subject.head].token.end <= m.end);
  if (head && clause.subjectKind !== 'comparator') return { ref: 'therapy', therapy: head.therapy };
  switch (clause.subjectKind) {
    case 'comparator':
      return named.length ? { ref: 'therapy', therapy: named[0].therapy } : { ref: 'comparator' };
    case 'treatment':
    case 'provider':
      return { ref: 'therapy', therapy: named[0]?.therapy ?? ctx.current };
    case 'anaphor':
      // "It" after a sentence about a condition or the body refers to that ("Chronic pain ... It can impact daily life").
      if (ctx.previousSubject && !ctx.mentions.length && ['complaint', 'condition', 'body', 'person', 'risk'].includes(ctx.previousSubject)) return { ref: 'other' };
      return ctx.treatmentInView ? { ref: 'therapy', therapy: ctx.current } : { ref: 'other' };
    case 'experiencer':
      return { ref: 'people' };
    case 'outcome':
    case 'risk':
    case 'existential':
      return { ref: 'therapy', therapy: named[0]?.therapy ?? ctx.current };
    case 'name': {
      // "Methadone and buprenorphine are ...; ibogaine is not": medicines named by their generic-name
      // endings, in an article about another known therapy, are other treatments.
      if (!named.length && ctx.current && words.slice(subject.first, subject.last + 1).every((w) => w.tag === 'CONJ' || w.tag === 'DET' || drugName(w.norm))) return { ref: 'comparator' };
      // A noun that can name a treatment (an act, a substance, a device, a brand or coinage WordNet
      // does not know): in a therapy article, a treatment or a part of one. (Requiring it to be the
      // article's topic, named in a heading or repeated, cost more recall than it saved precision.)
      if (named.length) return { ref: 'therapy', therapy: named[0].therapy };
      return ctx.treatmentInView ? { ref: 'therapy', therapy: ctx.current } : { ref: 'other' };
    }
    default: {
      // "Acupuncture's ancient wisdom", "ketamine's effects": a property of the therapy named before the head.
      const possessor = named.find((m) => m.end <= at(subject.head));
      if (possessor && clause.subjectKind === 'other') return { ref: 'therapy', therapy: possessor.therapy };
      // "Each pulse of our TMS coil", "every session of acupuncture": a part of the therapy named after "of".
      const of = words.findIndex((w, i) => i > subject.head && i <= subject.last && w.norm === 'of');
      const part = of > 0 && subject.head === of - 1 && clause.subjectKind === 'other' ? named.find((m) => m.start >= at(of)) : undefined;
      return part ? { ref: 'therapy', therapy: part.therapy } : { ref: 'other' };
    }
  }
}

/** "Joints are restored by PRP": in the passive the therapy is the agent, named after "by". */
function agentIsTherapy(ctx: SentenceContext, cand: Candidate): boolean {
  if (!cand.detail.startsWith('passive:')) return false;
  const words = ctx.assertions.words;
  for (let i = cand.span.first; i < cand.span.last; i++) {
    if (words[i].norm !== 'by') continue;
    const from = ctx.base + words[i + 1].token.start;
    const to = ctx.base + words[cand.span.last].token.end;
    return ctx.mentions.some((m) => m.start < to && m.end > from);
  }
  return false;
}

const SEEKING = new Set(['need', 'require', 'seek', 'apply', 'await', 'lack', 'pursue', 'request', 'want']);

const NEGATION_DENIES: ReadonlySet<ClaimClass> = new Set(['efficacy', 'universality', 'speed', 'comparison', 'standing', 'statistic']);

/** Classes whose claims a "can" does not hedge away (an ability to harm or to act fast is still a promise). */
const CAN_KEEPS: ReadonlySet<ClaimClass> = new Set(['safety', 'comparison', 'speed', 'permanence', 'universality', 'statistic', 'standing', 'regulatory']);

function intensified(a: SentenceAssertions, clause: Clause): boolean {
  const norms = a.words.map((w) => w.norm);
  for (let i = clause.first; i <= clause.last; i++) {
    if (markers.at(norms, i).some((h) => h.value === 'intensifier' || h.value === 'absolute' || h.value === 'universal')) return true;
  }
  return false;
}

/** Classes that say how fast or how long a benefit comes, of the clause's other claims. */
const QUALIFIERS: ReadonlySet<ClaimClass> = new Set(['speed', 'permanence']);

/** Nouns whose "that" clause is only their content. */
const CONTENT = new Set(['evidence', 'proof', 'claim', 'idea', 'hope', 'belief', 'suggestion', 'notion', 'possibility', 'doubt', 'concern', 'theory', 'question', 'finding', 'hypothesis', 'view']);

/** Words that call evidence weak or missing. */
const WEAK_EVIDENCE = new Set(['no', 'little', 'weak', 'limited', 'insufficient', 'lacking', 'scant', 'poor', 'mixed', 'unclear', 'not', 'inconclusive', 'unproven', 'low']);

/** The content noun at `noun` is called weak: "little evidence", "no proof", "... rate the proof ... as weak". */
function weakEvidence(a: SentenceAssertions, noun: number): boolean {
  if (a.words.slice(Math.max(0, noun - 3), noun).some((w) => WEAK_EVIDENCE.has(w.norm))) return true;
  return a.words.some((w, i) => w.norm === 'as' && i > noun && WEAK_EVIDENCE.has(a.words[i + 1]?.norm ?? ''));
}

/** Verbs by which others present a treatment ("promote it as", "market it for", "claim"). */
const PRESENTING = new Set(['promote', 'market', 'advertise', 'tout', 'sell', 'bill', 'pitch', 'claim', 'portray']);
const FIRST_PERSON = new Set(['we', 'our', 'i', 'my', 'us']);

/** A clause in which someone other than the writer or a patient (some clinics, proponents) presents the treatment. */
function reportsOthers(a: SentenceAssertions, clause: Clause): boolean {
  const verb = clause.verb;
  if (!verb || !clause.subject || !PRESENTING.has(a.words[verb.head].lemma)) return false;
  // (Patients who say so give testimony, which the claim rules weigh as such.)
  if (!['provider', 'person', 'other'].includes(clause.subjectKind)) return false;
  return !a.words.slice(clause.subject.first, clause.subject.last + 1).some((w) => FIRST_PERSON.has(w.norm));
}

/** Verbs of calling something so ("describe it as", "hail it as"): reported when the sentence doubts it. */
const CALLING = new Set(['describe', 'call', 'hail', 'label', 'present', 'brand', 'dub']);
const DOUBTING = new Set(['claim', 'claims', 'unproven', 'untested', 'unsupported', 'hype']);

/**
 * "Some websites describe NAD+ drips as a breakthrough, but these claims have not been tested":
 * what others call it, with a later clause that denies or doubts it, is reported to be doubted.
 */
function doubtedReport(a: SentenceAssertions, c: number): boolean {
  const clause = a.clauses[c];
  const verb = clause.verb;
  if (!verb || !clause.subject || !CALLING.has(a.words[verb.head].lemma) || !['person', 'other'].includes(clause.subjectKind)) return false;
  if (a.words.slice(clause.subject.first, clause.subject.last + 1).some((w) => FIRST_PERSON.has(w.norm))) return false;
  return a.clauses.slice(c + 1).some((o) => o.verb?.negated || a.words.slice(o.first, o.last + 1).some((w) => DOUBTING.has(w.norm)));
}

/** Words of a list's lead-in that make its items possibilities or harms, not promises. */
const WITHHOLDING = new Set(['may', 'might', 'could', 'possible', 'possibly', 'potential', 'potentially', 'claim', 'claims', 'claimed', 'reported', 'suggested', 'say', 'says', 'believe', 'suggest', 'suggests', 'hope', 'hoped', 'risk', 'risks', 'complication', 'complications', 'adverse', 'signs', 'warning', 'unproven']);

/** The sentence before a list (its lead-in or heading) hedges its items or says they are harms. */
function leadInWithholds(doc: Doc, sentence: Sentence): boolean {
  const s = leadInOf(doc, sentence);
  // ("side effects include:" withholds; "none of the side effects of pills" is no lead-in to harms.)
  return s !== undefined && s.tokens.some((t, k) => WITHHOLDING.has(t.norm) || (t.norm === 'side' && s.tokens[k + 1]?.stem === 'effect' && !s.tokens.slice(0, k).some((x) => ['no', 'none', 'without'].includes(x.norm))));
}

/**
 * "may improve energy, reduce fatigue and support repair": verbs in a series after a hedged one,
 * with only their objects between, share its hedge.
 */
function seriesHedged(a: SentenceAssertions, clause: Clause, group: Clause['verbs'][number]): boolean {
  for (let i = group.first - 1; i >= clause.first; i--) {
    const w = a.words[i];
    if (w.tag === 'MODAL') return HEDGING_MODALS.has(w.norm);
    if (w.tag === 'PRON' || w.tag === 'REL' || w.tag === 'SCONJ' || w.tag === 'AUX' || w.norm === 'but' || (w.tag === 'VERB' && (w.form === 'third' || w.form === 'past'))) return false;
  }
  return false;
}

/** A clause in which the treatment does something ("ketamine provides hope"). */
const treatmentActs = (clause: Clause) => clause.verb !== undefined && !clause.verb.negated && ['treatment', 'name', 'anaphor', 'provider'].includes(clause.subjectKind);

/** The unsupported claims of one sentence (its support is checked by the caller). */
export function judgeSentence(ctx: SentenceContext): Judged[] {
  const a = ctx.assertions;
  if (a.question) return [];
  const out: Judged[] = [];
  // Speed and permanence after the rest: they may qualify an efficacy claim judged before them.
  const ordered = [...a.candidates].sort((x, y) => Number(QUALIFIERS.has(x.cls)) - Number(QUALIFIERS.has(y.cls)));
  for (const cand of ordered) {
    const clause = a.clauses[cand.clause];
    // A verb group of its own can hedge what the clause's first verb asserts ("induces X and may provide Y"),
    // or assert what a hedged first verb does not ("may induce X and provides Y").
    const group = clause.verbs.find((g) => g.first <= cand.span.first && cand.span.first <= g.last);
    const groupHedged = group !== undefined && group !== clause.verb && (group.modals.some((m) => HEDGING_MODALS.has(m)) || (!group.modals.length && a.words[group.head].form === 'base' && seriesHedged(a, clause, group)));
    const groupAsserts = group !== undefined && group !== clause.verb && !group.modals.length && a.modality[cand.clause] === 'hedged' && clause.verb?.modals.some((m) => HEDGING_MODALS.has(m));
    const modality = groupHedged ? 'hedged' : groupAsserts ? 'asserted' : a.modality[cand.clause];
    // "It works where other treatments failed": the clause presupposes the failure it names.
    const presupposed = cand.cls === 'comparison' && (clause.opener === 'where' || clause.opener === 'when') && cand.clause > 0 && (a.candidates.some((o) => o.cls === 'efficacy' && o.clause < cand.clause) || treatmentActs(a.clauses[cand.clause - 1]));
    if ((modality === 'unasserted' && !presupposed) || (clause.kind === 'purpose' && !clause.goal)) continue;
    // "Experts rate the proof that it helps as weak", "there is little evidence that it works": a
    // "that" clause after a noun of content, which the sentence calls weak, is not asserted.
    if (clause.kind === 'complement' && clause.opener === 'that' && CONTENT.has(a.words[clause.first - 1]?.lemma ?? '') && weakEvidence(a, clause.first - 1)) continue;
    // "Some clinics promote it as a way to treat heart disease": what others sell it as is reported.
    if (reportsOthers(a, subjectClause(a.clauses, cand.clause)) || doubtedReport(a, cand.clause)) continue;
    // "Ask your doctor when opioids fail" advises; "it succeeds when opioids fail" compares.
    if ((cand.detail === 'others-cannot' || cand.detail === 'disparaging') && (clause.opener === 'where' || clause.opener === 'when') && !presupposed) continue;
    // (An idiom of benefit is strong enough to survive "can", not "may ... for some people".)
    if (modality === 'hedged' && (!cand.absolute || (cand.detail === 'idiom' && cand.cls === 'efficacy'))) continue;
    // "No IV drip is FDA-approved", "it has no FDA approval", "does not mean it is approved".
    // "Products need FDA approval", "we have applied for clearance": an approval wanted, not had.
    // (Not the reader's wish that a goal names: "If you want an FDA-approved way to ..., NAD+ is it".)
    if (cand.cls === 'regulatory' && clause.verb && SEEKING.has(a.words[clause.verb.head].lemma) && !clause.goal) continue;
    if (cand.cls === 'regulatory' && (clause.verb?.negated || a.words.slice(clause.first, cand.span.first).some((w) => w.tag === 'NEG' || w.norm === 'no' || w.norm === 'never'))) continue;
    // A negated clause denies what a benefit class would promise ("it does not work for everyone",
    // "results are not immediate"): a disclosure, not a claim. Safety candidates read negation themselves.
    // An idiom that carries its own negation ("never fails") is not denied by it.
    const ownNegation = cand.detail === 'idiom' && a.words.slice(cand.span.first, cand.span.last + 1).some((w) => w.tag === 'NEG' || w.norm === 'no' || w.norm === 'never');
    // (What others cannot do is the comparison: "wounds that standard care can't touch".)
    // (...when the therapy's own clause before it does what they cannot.)
    const othersCannot = cand.detail === 'others-cannot' && cand.clause > 0 && treatmentActs(a.clauses[cand.clause - 1]) && !['when', 'where', 'if'].includes(clause.opener ?? '');
    // ("You won't need painkillers any more": leaving a treatment behind reads its negation itself.)
    const freed = cand.detail.startsWith('freed:');
    if (clause.verb?.negated && NEGATION_DENIES.has(cand.cls) && !ownNegation && !othersCannot && !freed) continue;
    if (modality === 'weak' && !cand.absolute && !CAN_KEEPS.has(cand.cls) && !intensified(a, clause) && !a.candidates.some((o) => o.clause === cand.clause && CAN_KEEPS.has(o.cls) && o.cls !== 'safety')) continue;
    // "Studies show that X ...": the claim is about what the complement's subject is.
    const about = cand.detail === 'studies-show' && a.clauses[cand.clause + 1]?.kind === 'complement' ? cand.clause + 1 : cand.clause;
    // (A goal is met by what the clause after it offers: "If you want X, NAD+ is it".)
    const subjectOf = clause.goal && a.clauses[about + 1] ? subjectClause(a.clauses, about + 1) : subjectClause(a.clauses, about);
    const resolved = referenceOf(ctx, subjectOf);
    // The clinic's staff ("our nurses") give the treatment: what they do for the reader is its
    // effect; what else is said of them (how many they see, how safe they are) is about the staff.
    const ref = resolved.ref === 'therapy' && cand.cls !== 'efficacy' && isStaffSubject(a.words, subjectOf) ? 'other' : resolved.ref;
    const therapy = resolved.therapy;
    // "Nothing else works like ketamine": the therapy is what the denied alternatives are measured against.
    const deniesAlternatives = cand.detail === 'none-match';
    const comparesTreatments = cand.cls === 'comparison' && ((ref !== 'comparator' && a.words.slice(clause.first, clause.last + 1).some((w) => w.norm === 'than' || w.norm === 'as') && ctx.mentions.length + (ref === 'therapy' ? 1 : 0) > 0) || deniesAlternatives);
    // "Torn tendons knit back together in two weeks": how fast (or how long) a claimed effect comes
    // is claimed of whatever the effect's claim is about.
    const qualifiesClaim = QUALIFIERS.has(cand.cls) && out.some((o) => o.cls === 'efficacy' && o.candidate.clause === cand.clause && !o.candidate.needsTherapy);
    if (cand.needsTherapy && ref !== 'therapy' && !ctx.anySubject && !comparesTreatments && !qualifiesClaim && !agentIsTherapy(ctx, cand)) continue;
    if (cand.needsMention && !ctx.mentions.some((x) => !x.therapy.generic)) continue;
    // "Possible benefits include: - better sleep": a list item says what its lead-in says it is.
    // (So do an item's own verbs when it has no subject of its own: "Risks include: • Air bubbles in blood vessels".)
    const ownSubject = clause.subject !== undefined && ['treatment', 'anaphor', 'provider'].includes(clause.subjectKind);
    if ((cand.detail === 'bettered' || (cand.cls === 'efficacy' && !ownSubject && ctx.mentions.length === 0)) && leadInWithholds(ctx.doc, ctx.sentence)) continue;
    // Outside a list, a benefit named without a verb opens its line ("Faster recovery"), not "Tips for better sleep".
    if (cand.detail === 'bettered' && !isItem(ctx.sentence) && a.words.slice(clause.first, cand.span.first).some((w) => w.tag !== 'DET' && w.tag !== 'ADJ')) continue;
    if (!cand.needsTherapy && !ctx.treatmentInView && ctx.mentions.length === 0) continue;
    const words = a.words;
    const start = ctx.base + words[cand.span.first].token.start;
    const end = ctx.base + words[cand.span.last].token.end;
    out.push({ cls: cand.cls, detail: cand.detail, start, end, therapy: therapy ?? ctx.current, candidate: cand, modality });
  }
  // One finding per class per clause: the leftmost candidate.
  const before = (o: Judged, j: Judged, k: number, i: number) => o.start < j.start || (o.start === j.start && k < i);
  return out.filter((j, i) => !out.some((o, k) => k !== i && o.cls === j.cls && o.candidate.clause === j.candidate.clause && before(o, j, k, i)));
}
