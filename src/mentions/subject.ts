// The therapies an article is about, known or not. A treatment the knowledge lacks is found from
// the title, headings and the treatment nouns the text keeps returning to ("Scalar Wave Therapy",
// "ozone injections"), or from a sentence that defines it ("Cellular Frequency Reset is a
// therapy that ..."). It becomes a therapy with no facts of its own: its traits come only from
// what the text says of it ("given through an IV drip", "a prescription medicine"), and messages
// name it as the article does. Computed once per document (doc.memo).

import { PhraseMatcher } from '../core/phrases.js';
import type { Doc, Sentence } from '../core/document.js';
import { stem, tokenizeWord } from '../core/tokens.js';
import { builtInTherapies, therapyInference, type Therapy } from '../knowledge/therapies.js';
import { assertionsOf } from '../assertions/analyse.js';
import type { SentenceAssertions } from '../assertions/types.js';
import { nounKind } from '../language/wordclasses.js';
import { nouns } from '../assertions/lexicon.js';
import { therapiesIn, type TherapyMention } from './therapies.js';

export interface ArticleTherapies {
  /** Therapies mentioned, most mentioned first; an inferred treatment is one of them. */
  mentions: TherapyMention[];
  /** The therapies the article is about, the main one first. */
  subjects: Therapy[];
}

/** The core's light stem, as tokens carry it (so heads and names agree with the text). */
const stemOf = (word: string) => stem(word.toLowerCase());
const HEADS = new Set(therapyInference.heads.map((h) => stemOf(h)));
const NOT_IN_NAME = new Set(therapyInference.notInName.map((w) => w.toLowerCase()));
const definitions = new PhraseMatcher(therapyInference.definitions.map((pattern) => ({ pattern, value: true })), { lenient: true });
type Trait = keyof typeof therapyInference.traits;
const traitCues = new PhraseMatcher<Trait>(
  (Object.entries(therapyInference.traits) as [Trait, string[]][]).flatMap(([trait, cues]) => cues.map((pattern) => ({ pattern, value: trait }))),
  { lenient: true },
);
/** Words before a trait cue that say it is not this treatment's ("no injections", "unlike IV drips"). */
const NOT_OURS = new Set(['no', 'not', 'never', 'without', 'non', 'nor', 'zero', 'unlike', 'instead', 'than', 'versus', 'vs', 'compared', 'rather', 'alternative', 'avoid', 'avoids', 'avoiding', 'replace', 'replaces']);
const MODIFIER_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Kinds of noun that say what a treatment is for, not what it is ("knee pain injections"). */
const PURPOSE_KINDS = new Set(['state', 'body', 'person']);
/** Most modifiers a name may have before its head noun. */
const MAX_MODIFIERS = 4;
/** Words just before a mention that make it a foil ("unlike TMS", "better than ketamine"). */
const FOIL_BEFORE = /\b(?:unlike|than|versus|vs\.?|compared (?:with|to)|instead of|alternative to|alternatives to)\s+(?:\w+\s+)?$/i;
/** Share of the largest mention count a known therapy needs to stay a subject beside an inferred one. */
const SUBJECT_SHARE = 0.3;

interface Found {
  /** Token norms of the name. */
  words: string[];
  key: string;
}

/** The name ending at head noun `h` of a sentence's words, or undefined. */
function nameBefore(a: SentenceAssertions, s: Sentence, h: number): Found | undefined {
  const w = a.words;
  let j = h - 1;
  while (j >= 0 && h - j <= MAX_MODIFIERS) {
    const word = w[j];
    // Punctuation other than a hyphen between two words ends the name ("pain, therapy").
    const gap = s.text.slice(w[j].token.end, w[j + 1].token.start);
    if (/[^\s\-‐‑–]/.test(gap)) break;
    const ok = MODIFIER_TAGS.has(word.tag) || (word.token.capital && word.tag !== 'DET' && word.tag !== 'PRON' && word.tag !== 'ADP');
    if (!ok) break;
    j--;
  }
  let first = j + 1;
  while (first < h && NOT_IN_NAME.has(w[first].norm)) first++;
  if (first >= h) return undefined;
  const mods = w.slice(first, h);
  // A capital says "name" only inside body text, not at a sentence start or in a title-cased heading.
  const named = (k: number) => w[k].token.capital && k > 0 && !s.block.headingLike;
  if (mods.every((m, i) => NOT_IN_NAME.has(m.norm) || (!named(first + i) && isPurpose(m.norm)))) return undefined;
  const words = w.slice(first, h + 1).map((x) => x.norm);
  return { words, key: keyOf(words) };
}

/** A word that says what a treatment is for or where it goes ("knee pain treatment"), not what it is. */
const isPurpose = (norm: string) => PURPOSE_KINDS.has(nounKind(norm) ?? '') || nouns.at([norm], 0).some((h) => ['complaint', 'outcome', 'experiencer', 'benefit'].includes(h.value));

const keyOf = (words: string[]) => [...words.slice(0, -1), stemOf(words[words.length - 1])].join(' ');

/** The subject of a defining sentence ("Cellular Frequency Reset is a therapy"), as a name. */
function definedName(a: SentenceAssertions, at: number): Found | undefined {
  const clause = a.clauses.find((c) => c.first <= at && at <= c.last);
  const subject = clause?.subject;
  if (!subject || subject.last !== at - 1) return undefined;
  if (!['name', 'treatment', 'other', 'none'].includes(clause.subjectKind) && !a.words[subject.first].token.capital) return undefined;
  let first = subject.first;
  while (first <= subject.last && (a.words[first].tag === 'DET' || NOT_IN_NAME.has(a.words[first].norm))) first++;
  if (first > subject.last) return undefined;
  const span = a.words.slice(first, subject.last + 1);
  if (span.some((x) => x.tag === 'PRON' || x.tag === 'VERB')) return undefined;
  if (span.every((x) => !x.token.capital && (PURPOSE_KINDS.has(nounKind(x.norm) ?? '') || nounKind(x.norm) === 'abstract'))) return undefined;
  const words = span.map((x) => x.norm);
  return { words, key: keyOf(words) };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The noun phrase opening a title before "for" and a complaint ("Low-dose naltrexone for chronic pain"). */
function titleName(a: SentenceAssertions, s: Sentence): { f: Found; first: number; last: number } | undefined {
  const w = a.words;
  const at = w.findIndex((x) => x.norm === 'for');
  if (at < 1 || at > MAX_MODIFIERS + 1) return undefined;
  const after = w.slice(at + 1, at + 4);
  if (!after.some((x) => x.tag === 'NOUN' && (nounKind(x.norm) === 'state' || nouns.at([x.norm], 0).some((h) => h.value === 'complaint')))) return undefined;
  const h = at - 1;
  if (w[h].tag !== 'NOUN' && w[h].tag !== 'PROPN') return undefined;
  if (!w.slice(0, at).every((x) => MODIFIER_TAGS.has(x.tag) || x.tag === 'NOUN' || x.tag === 'PROPN')) return undefined;
  // (Not a plain word of what it is for: "Help for back pain", "Relief for migraines".)
  if (at === 1 && (isPurpose(w[0].norm) || nounKind(w[0].norm) === 'abstract')) return undefined;
  const f = at === 1 ? { words: [w[0].norm], key: keyOf([w[0].norm]) } : nameBefore(a, s, h);
  return f ? { f, first: h - f.words.length + 1, last: h } : undefined;
}

/** Names of treatments the sentences keep using, by key, with their words. */
function candidates(doc: Doc, known: TherapyMention[]): Map<string, string[]> {
  const specific = known.filter((k) => !k.therapy.generic).flatMap((k) => k.mentions);
  const generic = known.filter((k) => k.therapy.generic).flatMap((k) => k.mentions);
  const out = new Map<string, string[]>();
  for (const s of doc.sentences) {
    const heads: number[] = [];
    s.tokens.forEach((t, i) => HEADS.has(t.stem) && heads.push(i));
    const defs = definitions.match(s.tokens);
    const isTitle = s.start >= doc.title.start && s.end <= doc.title.end;
    if (!heads.length && !defs.length && !isTitle) continue;
    const a = assertionsOf(s.tokens, s.text, s.start);
    if (a.question) continue;
    const found: { f: Found; first: number; last: number }[] = [];
    for (const h of heads) {
      if (a.words[h].tag !== 'NOUN' && a.words[h].tag !== 'PROPN') continue;
      const f = nameBefore(a, s, h);
      if (f) found.push({ f, first: h - f.words.length + 1, last: h });
    }
    for (const d of defs) {
      const f = definedName(a, d.first);
      if (f) found.push({ f, first: d.first - f.words.length, last: d.first - 1 });
    }
    // "Low-dose naltrexone for chronic pain": a title that says what a noun phrase is for names
    // the treatment the article is about.
    const titled = isTitle ? titleName(a, s) : undefined;
    if (titled) found.push(titled);
    for (const { f, first, last } of found) {
      const span = { start: s.tokens[first].start, end: s.tokens[last].end };
      if (specific.some((m) => overlaps(m, span))) continue;
      // A name that is only a known catch-all ("infusion therapy") is that catch-all; one around it
      // ("Glow infusion therapy") is a name of its own.
      if (generic.some((m) => overlaps(m, span) && m.start <= span.start && m.end >= span.end)) continue;
      if (!out.has(f.key)) out.set(f.key, f.words);
    }
  }
  return out;
}

/** A name as a pattern: each word exact, the last one in any inflection. */
function namePatternOf(words: string[]): string {
  return words.map((w, i) => (i === words.length - 1 ? w : `=${w}`)).join(' ');
}

interface Tally {
  key: string;
  words: string[];
  mentions: { start: number; end: number }[];
  inTitle: boolean;
  inHeading: boolean;
}

/**
 * The distinctive short form of a name: its words before the head when there are several of them
 * ("bio resonance" of "Bio-Resonance Therapy"), never a plain word such as "light" or "cold".
 */
const coreOf = (words: string[]) => (words.length > 2 ? words.slice(0, -1).join(' ') : undefined);

function tally(doc: Doc, names: Map<string, string[]>): Tally[] {
  // Names that share a short form are one treatment ("Bio-Resonance Therapy", "Bio-Resonance sessions").
  const group = new Map<string, string>();
  for (const [key, words] of names) group.set(key, coreOf(words) ?? key);
  const entries = [...names].flatMap(([key, words]) => {
    const own = [{ pattern: namePatternOf(words), value: group.get(key)! }];
    const core = coreOf(words);
    return core ? [...own, { pattern: core.split(' ').map((w) => `=${w}`).join(' '), value: core }] : own;
  });
  const matcher = new PhraseMatcher(entries, { lenient: true });
  const byKey = new Map<string, Tally>();
  const wordsOf = (g: string) => names.get([...group].find(([, v]) => v === g)![0])!;
  for (const s of doc.sentences) {
    const taken: { start: number; end: number }[] = [];
    for (const m of matcher.match(s.tokens).sort((x, y) => y.end - y.start - (x.end - x.start))) {
      if (taken.some((t) => overlaps(t, m))) continue;
      taken.push(m);
      const t = byKey.get(m.value) ?? { key: m.value, words: wordsOf(m.value), mentions: [], inTitle: false, inHeading: false };
      t.mentions.push({ start: m.start, end: m.end });
      if (m.start >= doc.title.start && m.end <= doc.title.end) t.inTitle = true;
      else if (s.block.headingLike) t.inHeading = true;
      byKey.set(m.value, t);
    }
  }
  return [...byKey.values()];
}

/** The most used spelling in the body ("red light therapy", not the title's "Red Light Therapy"). */
function labelOf(doc: Doc, t: Tally): string {
  const full = t.mentions.filter((m) => doc.text.slice(m.start, m.end).split(/[\s\-‐‑–]+/).length >= t.words.length);
  const body = full.filter((m) => !(m.start >= doc.title.start && m.end <= doc.title.end));
  const forms = new Map<string, number>();
  for (const m of body.length ? body : full.length ? full : t.mentions) {
    const form = doc.text.slice(m.start, m.end).replace(/\s+/g, ' ');
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  return [...forms].sort((a, b) => b[1] - a[1])[0][0];
}

/** The traits the text gives the treatment: cues in sentences that name it, not denied or said of another. */
function traitsOf(doc: Doc, t: Tally, generic: TherapyMention[]): string[] {
  const traits = new Set<string>();
  // The name's own words carry traits: "ozone injections" are injected.
  for (const cue of traitCues.match(t.words.flatMap((w) => tokenizeWord(w, 0)))) traits.add(cue.value);
  for (const s of doc.sentences) {
    if (!t.mentions.some((m) => m.start >= s.start && m.start < s.end)) continue;
    const hits = traitCues.match(s.tokens);
    if (!hits.length) continue;
    const a = assertionsOf(s.tokens, s.text, s.start);
    for (const h of hits) {
      if (traits.has(h.value)) continue;
      if (s.tokens.slice(Math.max(0, h.first - 3), h.first).some((x) => NOT_OURS.has(x.norm))) continue;
      if (s.tokens[h.last + 1]?.norm === 'free') continue;
      const clause = a.clauses.find((c) => c.first <= h.first && h.first <= c.last);
      if (clause?.verb?.negated || clause?.subjectKind === 'comparator') continue;
      traits.add(h.value);
    }
  }
  for (const g of generic) if (g.mentions.some((m) => t.mentions.some((x) => overlaps(x, m)))) for (const tr of g.therapy.traits) traits.add(tr);
  return [...traits];
}

/** The treatment an article is about when no known therapy names it, or undefined. */
function inferred(doc: Doc, known: TherapyMention[]): TherapyMention | undefined {
  const names = candidates(doc, known);
  if (!names.size) return undefined;
  const tallies = tally(doc, names)
    .filter((t) => t.mentions.length >= 2 && (t.inTitle || t.inHeading || t.mentions.length >= 3))
    .sort((a, b) => score(b) - score(a) || a.mentions[0].start - b.mentions[0].start);
  const best = tallies[0];
  if (!best) return undefined;
  const label = labelOf(doc, best);
  // "Low-dose naltrexone (LDN)": the short form in brackets after the name names it too.
  for (const m of [...best.mentions]) {
    const short = /^\s*\(([A-Z][A-Za-z0-9+]{1,7})\)/.exec(doc.text.slice(m.end, m.end + 12))?.[1];
    if (!short) continue;
    for (const x of doc.text.matchAll(new RegExp(`\\b${short.replace('+', '\\+')}(?![A-Za-z0-9])`, 'g'))) if (!best.mentions.some((b) => overlaps(b, { start: x.index!, end: x.index! + short.length }))) best.mentions.push({ start: x.index!, end: x.index! + short.length });
    break;
  }
  const generic = known.filter((k) => k.therapy.generic);
  const therapy: Therapy = {
    id: `inferred:${best.key}`,
    label: label[0].toUpperCase() + label.slice(1),
    names: [best.words.join(' ')],
    traits: traitsOf(doc, best, generic),
    inferred: true,
    plural: /s$/.test(best.words[best.words.length - 1]) && stemOf(best.words[best.words.length - 1]) !== best.words[best.words.length - 1],
  };
  return { therapy, mentions: best.mentions.sort((a, b) => a.start - b.start), subject: true };
}

const score = (t: Tally) => t.mentions.length + (t.inTitle ? 3 : 0) + (t.inHeading ? 1 : 0);

/**
 * The therapies an article mentions and the ones it is about. Known therapies come first; when
 * the title names none of them, the article's own treatment is inferred (in the title, if a known
 * therapy is a subject too), and known therapies stay subjects beside it only if they come up
 * about as often.
 */
export function articleTherapies(doc: Doc, therapies: Therapy[] = builtInTherapies): ArticleTherapies {
  const key = therapies === builtInTherapies ? 'article-therapies' : 'article-therapies:config';
  const hit = doc.memo.get(key) as { list: Therapy[]; result: ArticleTherapies } | undefined;
  if (hit && hit.list === therapies) return hit.result;
  const known = therapiesIn(doc, therapies);
  const inTitle = (e: TherapyMention) => e.mentions.some((m) => m.start >= doc.title.start && m.end <= doc.title.end);
  const titled = known.some((e) => e.subject && !e.therapy.generic && inTitle(e));
  const knownSubject = known.some((e) => e.subject && !e.therapy.generic);
  // Beside a known subject, a treatment the knowledge lacks must be in the title to count.
  const found = titled ? undefined : inferred(doc, known);
  const own = found && (!knownSubject || inTitle(found)) ? found : undefined;
  let mentions = known;
  let subjects = known.filter((e) => e.subject).map((e) => e.therapy);
  if (own) {
    // Beside an inferred subject, a known therapy named as a foil ("unlike TMS") is not one.
    const counted = (e: TherapyMention) => e.mentions.filter((m) => !FOIL_BEFORE.test(doc.text.slice(Math.max(0, m.start - 24), m.start))).length;
    const top = Math.max(own.mentions.length, ...known.filter((e) => !e.therapy.generic).map(counted));
    const stays = (e: TherapyMention) => e.subject && !e.therapy.generic && (inTitle(e) || (counted(e) >= 2 && counted(e) >= top * SUBJECT_SHARE));
    const others = known.map((e) => (e.subject && !stays(e) ? { ...e, subject: false } : e));
    mentions = [own, ...others];
    subjects = [own.therapy, ...others.filter(stays).map((e) => e.therapy)];
  }
  const result = { mentions, subjects };
  doc.memo.set(key, { list: therapies, result });
  return result;
}
