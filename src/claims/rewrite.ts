// Hedged rewrites from the clause model, not from strings: the verb group a claim rests on is
// given a modal and its verbs their base form ("restores X and reduces Y" -> "may restore X and
// reduce Y", "cures X" -> "may help to treat X"), a claim word that can simply go is removed with its space ("rapid relief" ->
// "relief", "our clinically proven protocol" -> "our protocol"), and a quantifier over people is
// softened ("most patients" -> "some patients"). Where no grammatical, true rewrite exists, none is
// offered: the message says what to change.

import type { Fix } from '../core/types.js';
import type { Word } from '../language/tag.js';
import { inflectVerb } from '../language/inflect.js';
import type { Clause, SentenceAssertions, VerbGroup } from '../assertions/types.js';
import type { Judged } from './judge.js';
import { markers } from '../assertions/lexicon.js';

/** Verbs whose hedged form needs another verb: "cures" -> "may help to treat". */
const SOFTER: Record<string, string> = { cure: 'treat', eliminate: 'reduce', eradicate: 'reduce', banish: 'ease', erase: 'reduce', obliterate: 'reduce', annihilate: 'reduce', abolish: 'reduce', destroy: 'reduce', end: 'ease', stop: 'ease', fix: 'improve', guarantee: 'support' };
/** Verbs hedged with "may" alone ("works" -> "may work", "helps" -> "may help"). */
const PLAIN_MAY = new Set(['help', 'work', 'aid', 'benefit', 'support', 'improve', 'ease', 'reduce', 'lessen', 'relieve']);
/** Adverbs that strengthen a claim and go when it is hedged ("completely eliminates", "very effective"). */
const STRENGTHENERS = new Set(['completely', 'totally', 'entirely', 'fully', 'permanently', 'dramatically', 'drastically', 'greatly', 'significantly', 'really', 'truly', 'very', 'highly', 'extremely', 'especially', 'particularly', 'incredibly', 'remarkably', 'exceptionally', 'tremendously', 'immensely', 'always', 'quickly', 'rapidly', 'instantly', 'immediately', 'effectively', 'successfully', 'powerfully', 'profoundly', 'directly', 'naturally', 'simply', 'absolutely', 'certainly', 'definitely', 'guaranteed']);
/** Adjectives and participles that carry a claim on their own and can be deleted before a noun. */
const DELETABLE = new Set(['rapid', 'fast', 'quick', 'instant', 'immediate', 'swift', 'lasting', 'permanent', 'long-lasting', 'lifelong', 'durable', 'sustained', 'enduring', 'everlasting', 'breakthrough', 'revolutionary', 'groundbreaking', 'ground-breaking', 'cutting-edge', 'state-of-the-art', 'game-changing', 'life-changing', 'miraculous', 'miracle', 'proven', 'science-backed', 'research-backed', 'evidence-based', 'clinically', 'scientifically', 'medically', 'immense', 'tremendous', 'dramatic', 'remarkable', 'incredible', 'amazing', 'powerful', 'profound', 'fast-acting', 'quick-acting', 'rapid-acting', 'pioneering', 'innovative', 'advanced']);
/** Sources named by a mass noun: "some research suggests". */
const MASS_SOURCES = new Set(['research', 'evidence', 'science']);
/** Universal quantifiers over people and their softer form. */
const SOFTEN_QUANTIFIER: Record<string, string> = { most: 'some', all: 'some', every: 'some', everyone: 'some people', everybody: 'some people', anyone: 'some people', anybody: 'some people' };

interface Ctx {
  text: string;
  base: number;
  words: readonly Word[];
}

/** "you'll drop" -> "you may drop": a rewrite that starts on a contraction's second part gets its own space. */
const spaced = (c: Ctx, first: number, text: string) => (first > 0 && startOf(c, first) === endOf(c, first - 1) ? ` ${text}` : text);
const isStrengthener = (w: Word) => w.tag === 'ADV' && STRENGTHENERS.has(w.norm);
const startOf = (c: Ctx, i: number) => c.base + c.words[i].token.start;
const endOf = (c: Ctx, i: number) => c.base + c.words[i].token.end;
const source = (c: Ctx, i: number) => c.text.slice(startOf(c, i), endOf(c, i));
const capitalLike = (like: string, s: string) => (/^\p{Lu}/u.test(like) ? s[0].toUpperCase() + s.slice(1) : s);

/** The hedged form of one verb group and the verbs coordinated with it, as one edit. */
function hedgeVerbs(c: Ctx, clause: Clause, group: VerbGroup): Fix | undefined {
  const words = c.words;
  const head = words[group.head];
  if (group.negated || group.passive || head.form === 'past' || head.form === 'participle' || head.form === 'gerund') return undefined;
  // A modal other than "will" already stands ("can reduce"), or a perfect ("has reduced"): leave it.
  if (group.modals.some((m) => m !== 'will' && m !== 'would' && m !== 'shall')) return undefined;
  if (words.slice(group.first, group.head).some((w) => w.tag === 'AUX' && w.lemma !== 'do') && !group.copula) return undefined;
  // "proven to regrow hair": an infinitive after a claim word is the claim's content, hedged with its source.
  if (words[group.first - 1]?.tag === 'TO' || words.slice(group.first, group.head).some((w) => w.tag === 'TO')) return undefined;
  // "works when nothing else has": the ellipsis takes its verb from the claim, so a new modal breaks it.
  const last = words[words.length - 1];
  if (last.tag === 'AUX' && ['have', 'do'].includes(last.lemma) && last.token.start > words[group.head].token.start) return undefined;
  // An imperative or heading ("Beat your insomnia"): "may" would make it a wish, not a hedge.
  if (!clause.subject && clause.inheritsFrom === undefined && group.first === clause.first && head.form === 'base') return undefined;
  // The group and the verbs coordinated after it share the new modal: each goes to its base form.
  const groups = clause.verbs.filter((g) => g.first >= group.first && !g.negated && !g.passive && words[g.head].form !== 'past' && words[g.head].form !== 'participle');
  // Strengtheners next to the verbs go with the hedge: "completely eliminates" -> "may help to reduce",
  // "is highly effective" -> "may be effective".
  let from = group.first;
  while (from - 1 > (clause.subject?.last ?? clause.first - 1) && isStrengthener(words[from - 1])) from--;
  let to = groups[groups.length - 1].last;
  while (to + 1 <= clause.last && isStrengthener(words[to + 1])) to++;
  const start = startOf(c, from);
  const end = endOf(c, to);
  const inGroup = (i: number) => groups.find((g) => g.first <= i && i <= g.last);
  let out = '';
  let prevEnd = start;
  const emit = (piece: string, i: number) => {
    out += (out ? c.text.slice(prevEnd, startOf(c, i)) : '') + piece;
    prevEnd = endOf(c, i);
  };
  // "helps reduce pain": the hedge goes on "helps" ("may help reduce"), the verb after it stays.
  let helpAt = -1;
  for (let i = group.first; i < group.head; i++) if (words[i].lemma === 'help' && words[i].tag === 'VERB') helpAt = i;
  for (let i = from; i <= to; i++) {
    const w = words[i];
    const g = inGroup(i);
    if (i === helpAt) {
      emit('may help', i);
      continue;
    }
    if (helpAt >= 0 && i === group.head) {
      emit(inflectVerb(w.lemma, 'base'), i);
      continue;
    }
    if ((i < group.first || i > groups[groups.length - 1].last) && isStrengthener(w)) {
      if (!out) prevEnd = endOf(c, i);
      continue;
    }
    if (g && (w.tag === 'MODAL' || (w.tag === 'AUX' && w.lemma === 'do') || isStrengthener(w))) {
      if (!out) prevEnd = endOf(c, i);
      continue;
    }
    if (g && i === g.head) {
      const verb = g.copula && w.lemma === 'be' ? 'be' : g === group ? SOFTER[w.lemma] ?? inflectVerb(w.lemma, 'base') : inflectVerb(w.lemma, 'base');
      const lead = g !== group ? '' : g.copula || PLAIN_MAY.has(w.lemma) || SOFTER[w.lemma] === undefined ? 'may ' : 'may help to ';
      emit(lead + verb, i);
      continue;
    }
    emit(source(c, i), i);
  }
  const original = c.text.slice(start, end);
  if (!out || out === original) return undefined;
  const text = spaced(c, from, capitalLike(original, out));
  return { range: [start, end], text, title: `Hedge: "${text}"`, kind: 'claim' };
}

/** Deletes a claim word before a noun ("rapid relief" -> "relief") with the space after it. */
function deleteModifier(c: Ctx, first: number, last: number): Fix | undefined {
  const words = c.words;
  for (let i = first; i <= last; i++) {
    if (!DELETABLE.has(words[i].norm) && !(i > first && DELETABLE.has(`${words[i - 1].norm}-${words[i].norm}`))) continue;
    // A hyphenated word goes whole ("science-backed", "cutting-edge").
    let a = i;
    let b = i;
    const hyphen = (k: number) => k > 0 && /^[-\u2010\u2011]$/.test(c.text.slice(endOf(c, k - 1), startOf(c, k)));
    while (a > 0 && hyphen(a)) a--;
    while (b + 1 < words.length && hyphen(b + 1)) b++;
    // "clinically proven", "scientifically validated": the adverb and its participle go together.
    const pairs = words[b + 1] && (words[b].tag === 'ADV' || /ly$/.test(words[b].norm)) && (words[b + 1].tag === 'ADJ' || (words[b + 1].tag === 'VERB' && (words[b + 1].form === 'participle' || words[b + 1].form === 'past')));
    if (pairs && !/\S/.test(c.text.slice(endOf(c, b), startOf(c, b + 1)))) b++;
    const next = words[b + 1];
    if (!next || !(next.tag === 'NOUN' || next.tag === 'PROPN' || next.tag === 'ADJ')) continue;
    // Only a modifier right before its noun: not "works so fast, people ..." or "as quick as".
    if (/\S/.test(c.text.slice(endOf(c, b), startOf(c, b + 1))) || ['so', 'too', 'as', 'very', 'how'].includes(words[a - 1]?.norm ?? '')) continue;
    const start = startOf(c, a);
    const end = startOf(c, b + 1);
    // "a cutting-edge treatment" -> "a treatment"; keep an article right for the next word.
    const before = words[a - 1];
    let fixStart = start;
    let text = '';
    if (before && (before.norm === 'a' || before.norm === 'an')) {
      const article = /^[aeiou]/i.test(next.norm) && !/^(?:uni|use|eu|one)/i.test(next.norm) ? 'an' : 'a';
      fixStart = startOf(c, a - 1);
      text = capitalLike(source(c, a - 1), article) + ' ';
    }
    if (a === 0 && !text) text = '';
    const original = c.text.slice(fixStart, end);
    let fixed = text;
    if (a === 0 || (before && text && a - 1 === 0)) fixed = fixed ? fixed : '';
    const rest = c.text.slice(end, endOf(c, b + 1));
    const capital = fixStart === c.base + words[0].token.start && /^\p{Lu}/u.test(original);
    if (capital && !fixed) {
      // Deleting the sentence's first word: the next word takes its capital.
      return { range: [fixStart, endOf(c, b + 1)], text: capitalLike('A', rest), title: `Remove "${original.trim()}"`, kind: 'claim' };
    }
    return { range: [fixStart, end], text: fixed, title: `Remove "${original.trim()}"`, kind: 'claim' };
  }
  return undefined;
}

/** "most patients" -> "some patients", "works for everyone" -> "works for some people". */
function softenQuantifier(c: Ctx, first: number, last: number): Fix | undefined {
  for (let i = first; i <= last; i++) {
    const soft = SOFTEN_QUANTIFIER[c.words[i].norm];
    if (!soft) continue;
    const next = c.words[i + 1];
    // "most of our patients" -> "some of our patients"; "the majority of" has no one-word rewrite.
    if (c.words[i - 1]?.norm === 'the' || c.words[i - 1]?.norm === 'not') return undefined;
    const plural = soft === 'some' && next && (next.tag === 'NOUN' || next.norm === 'of') && (next.norm === 'of' || /s$/.test(next.norm) || next.norm === 'people');
    if (soft === 'some' && !plural) return undefined;
    // "everyone feels" would become "some people feels": a singular subject keeps its verb only before a modal or past.
    // ("anyone who suffers" would become "some people who suffers": the relative's verb agrees too.)
    // (And after a relative the main verb agrees too: "everyone who tried it feels": no rewrite.)
    if (soft === 'some people' && c.words[i + 1]?.tag === 'REL') return undefined;
    const verbAfter = c.words[i + 1];
    if (soft === 'some people' && verbAfter && (verbAfter.tag === 'VERB' || verbAfter.tag === 'AUX') && (verbAfter.form === 'third' || (verbAfter.tag === 'AUX' && verbAfter.lemma !== 'do' && verbAfter.form !== 'past'))) return undefined;
    // "almost all patients" -> "some patients": the approximation goes with the quantifier.
    const from = ['almost', 'nearly', 'virtually', 'practically'].includes(c.words[i - 1]?.norm ?? '') ? i - 1 : i;
    const original = c.text.slice(startOf(c, from), endOf(c, i));
    const text = capitalLike(original, soft);
    return { range: [startOf(c, from), endOf(c, i)], text, title: `Soften: "${text}"`, kind: 'claim' };
  }
  return undefined;
}

/** "has been shown to reduce" -> "may reduce"; "studies show that" -> "some studies suggest that". */
function softenSource(c: Ctx, clause: Clause, j: Judged): Fix | undefined {
  const words = c.words;
  const g = clause.verb;
  if (!g) return undefined;
  if (j.detail === 'vague-source' && g.vagueSource) {
    // The verb after "to": "has been found to provide" -> "may provide"; "to be effective" -> "may be effective".
    // The group runs to the reported verb ("has been found to be"): its "to" is inside it or right after.
    const to = words.findIndex((w, i) => i > g.first && i <= g.last + 1 && w.tag === 'TO');
    if (to < 0 || to + 1 >= words.length || !['VERB', 'AUX'].includes(words[to + 1].tag)) return undefined;
    const verb = words[to + 1];
    const start = startOf(c, g.first);
    // "is proven to cure" -> "may help to treat": the hedge must not keep the absolute verb.
    const softer = SOFTER[verb.lemma];
    const text = spaced(c, g.first, capitalLike(source(c, g.first), verb.lemma === 'be' ? 'may be' : softer ? `may help to ${softer}` : `may ${inflectVerb(verb.lemma, 'base')}`));
    return { range: [start, endOf(c, to + 1)], text, title: `Hedge: "${text}"`, kind: 'claim' };
  }
  if (j.detail === 'studies-show' && clause.subject && !g.negated) {
    const head = words[clause.subject.head];
    // "Studies show" -> "Some studies suggest"; "Research has shown" -> "Some research suggests".
    const mass = MASS_SOURCES.has(head.norm);
    if ((!/s$/.test(head.norm) && !mass) || clause.subject.first !== clause.subject.head) return undefined;
    const start = startOf(c, clause.subject.first);
    const text = capitalLike(source(c, clause.subject.first), `some ${head.norm} ${mass ? 'suggests' : 'suggest'}`);
    return { range: [start, endOf(c, g.last)], text, title: `Hedge: "${text}"`, kind: 'claim' };
  }
  return undefined;
}

/** Does the clause, with the fix applied, still hold an absolute or universal word? */
function keepsAbsolute(c: Ctx, clause: Clause, fix: Fix): boolean {
  const start = startOf(c, clause.first);
  const end = endOf(c, clause.last);
  const after = c.text.slice(start, fix.range[0]) + fix.text + c.text.slice(fix.range[1], end);
  const norms = after.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i < norms.length; i++) if (markers.at(norms, i).some((h) => h.value === 'absolute' || h.value === 'universal')) return true;
  return false;
}

/** The hedged rewrite of a judged claim, or undefined when no grammatical, true one exists. */
export function rewriteOf(text: string, base: number, a: SentenceAssertions, j: Judged): Fix | undefined {
  const c: Ctx = { text, base, words: a.words };
  const clause = a.clauses[j.candidate.clause];
  const span = j.candidate.span;
  // "is without doubt effective": a hedge cannot sit beside a certainty ("may be without doubt").
  for (let i = span.first; i < span.last; i++) if (['without', 'no', 'beyond'].includes(a.words[i].norm) && ['doubt', 'question'].includes(a.words[i + 1].norm)) return undefined;
  switch (j.cls) {
    case 'efficacy': {
      if (j.detail.startsWith('attributive') || j.detail.startsWith('fragment')) return deleteModifier(c, span.first, span.last);
      const group = clause.verbs.find((g) => g.first <= span.first && span.first <= g.last) ?? clause.verbs.find((g) => g.head >= span.first && g.head <= span.last);
      // Reported or judged experience, a complaint gone, a passive, or a possession ("has a success rate of 80%",
      // where "may have" would still state the number): no hedge fits; the message says what to change.
      // ("You will no longer need surgery", "many stop taking their pills": a hedge on the verb would
      // read "no longer may need" or hedge the stopping; the message says what to change.)
      if (!group || j.detail.startsWith('experiencer') || j.detail.startsWith('judged:') || j.detail.startsWith('freed:') || j.detail === 'complaint-gone' || j.detail.startsWith('passive') || j.detail === 'has-benefit') return undefined;
      if (group.copula && !j.detail.startsWith('verdict:')) return undefined;
      if (j.detail.startsWith('verdict:') && !/^verdict:(?:effective|beneficial|helpful|useful|successful|efficacious|powerful|potent)$/.test(j.detail)) return undefined;
      // "is safe and effective": "may be safe" would still promise safety; the message says what to change.
      if (a.candidates.some((o) => o.clause === j.candidate.clause && o.cls === 'safety')) return undefined;
      // "Studies prove it works": the hedge belongs on the source ("some studies suggest"), not the verb.
      if (clause.kind === 'complement' && j.candidate.clause > 0 && (a.clauses[j.candidate.clause - 1].verb?.vagueSource || a.candidates.some((o) => o.clause === j.candidate.clause - 1 && o.cls === 'standing'))) return undefined;
      if (group.vagueSource || j.detail === 'idiom') return undefined;
      // An absolute word ("permanent results", "works for everyone", "an effective cure") must go
      // with the hedge: "may provide permanent results" still promises permanence.
      if (j.candidate.absolute) {
        const removed = deleteModifier(c, clause.first, clause.last);
        if (removed && !keepsAbsolute(c, clause, removed)) return removed;
      }
      const hedged = hedgeVerbs(c, clause, group);
      return hedged && !keepsAbsolute(c, clause, hedged) ? hedged : undefined;
    }
    case 'speed':
    case 'permanence':
    case 'standing': {
      if (j.detail === 'vague-source' || j.detail === 'studies-show') return softenSource(c, clause, j);
      return deleteModifier(c, span.first, span.last);
    }
    case 'universality':
      return softenQuantifier(c, span.first, span.last);
    default:
      return undefined;
  }
}
