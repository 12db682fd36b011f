// Acronyms a reader meets before the text says what they stand for. An acronym is spelled out
// when the text gives its words in the same sentence ("transcranial magnetic stimulation (TMS)",
// "TMS (transcranial magnetic stimulation)", "Transcranial magnetic stimulation, or TMS",
// "NAD+ — nicotinamide ..." or "ATP, the ...") or anywhere before (a title naming "Complex
// Regional Pain Syndrome" before "CRPS"). Acronyms readers know as letters (plain.yaml), roman
// numerals, credentials after a name ("Jane Doe, MD") and shouted sentences are left alone.

import type { Doc, Sentence } from '../core/document.js';
import type { Token } from '../core/tokens.js';
import { PhraseMatcher } from '../core/phrases.js';
import { acronymExpansion, plainKnowledge } from '../knowledge/plain.js';
import { inUrlOrPath } from '../terms/source.js';
import { articleFor } from './articles.js';
import { exactPattern, hasSequence } from './sequence.js';

export interface AcronymUse {
  /** The acronym without a plural s ("MRI" for "MRIs"). */
  key: string;
  /** As written, plural s included. */
  raw: string;
  start: number;
  end: number;
  sentence: Sentence;
  /** Index of its token in the sentence. */
  token: number;
  inHeading: boolean;
}

export interface UndefinedAcronym {
  /** The first use in the body text, where the acronym should be spelled out. */
  use: AcronymUse;
  /** What it stands for: the document's own words (given later) or the built-in knowledge. */
  expansion?: string;
  /** The document spells it out, but only after this first use. */
  definedLater: boolean;
  /** Spell it out at the first use: replace [range) with text. */
  fix?: { range: [number, number]; text: string };
}

/** The acronym a word is, or undefined ("TMS", "rTMS", "MRIs" -> "MRI", "PhD"; not "McDonald"). */
export function acronymKey(raw: string): string | undefined {
  const core = /[A-Z]s$/.test(raw) ? raw.slice(0, -1) : raw;
  if (core.length < 2 || core.length > 8 || !/^[A-Za-z][A-Za-z0-9]*$/.test(core)) return undefined;
  if (/^[a-z]/.test(core) && !/^[a-z][A-Z]{2}/.test(core)) return undefined;
  const letters = core.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper >= 2 && upper / letters.length >= 0.6 ? core : undefined;
}

const ROMAN = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

interface Knowledge {
  common: ReadonlySet<string>;
  credentials: ReadonlySet<string>;
  skips: ReadonlySet<string>;
  cues: PhraseMatcher<true>;
}
let known: Knowledge | undefined;
function knowledge(): Knowledge {
  const { commonAcronyms, credentials, grammar } = plainKnowledge;
  return (known ??= {
    common: new Set(commonAcronyms),
    credentials: new Set(credentials),
    skips: new Set(grammar.acronymSkips),
    cues: new PhraseMatcher(grammar.acronymDefinedAfter.map((p) => ({ pattern: exactPattern(p), value: true as const }))),
  });
}

const initialOf = (t: Token) => t.norm[0];

/**
 * The index of the first token of a run ending just before `end` whose initials spell `letters`
 * (small words such as "of" and "and" may be skipped), or -1.
 */
function runSpelling(tokens: readonly Token[], end: number, letters: string, skips: ReadonlySet<string>): number {
  let j = end - 1;
  for (let i = letters.length - 1; i >= 0; i--) {
    while (j >= 0 && tokens[j].kind === 'word' && skips.has(tokens[j].norm) && i < letters.length - 1 && initialOf(tokens[j]) !== letters[i]) j--;
    if (j < 0 || tokens[j].kind !== 'word' || initialOf(tokens[j]) !== letters[i]) return -1;
    j--;
  }
  return j + 1;
}

const lettersOf = (key: string) => key.replace(/[^A-Za-z]/g, '').toLowerCase();
const wordsIn = (phrase: string) => phrase.toLowerCase().split(/[\s\-\u2010]+/).filter(Boolean);
const startsWithLetters = (phrase: string, letters: string) => {
  const words = wordsIn(phrase);
  return words.map((w) => w[0]).join('') === letters || (words.length === 1 && words[0].length >= 5 && words[0][0] === letters[0]);
};

/** Does the text at this use spell the acronym out? Returns the words it gives, or '' when it explains without them. */
function spelledOutAt(use: AcronymUse, text: string, k: Knowledge): string | undefined {
  const { sentence, token } = use;
  const letters = lettersOf(use.key);
  const before = text.slice(Math.max(sentence.start, use.start - 3), use.start);
  const after = text.slice(use.end, Math.min(sentence.end + 1, use.end + 90));
  const tokens = sentence.tokens;
  // "words (TMS)": the words before the parenthesis.
  if (/\(\s*$/.test(before) && /^\+?\s*\)/.test(after)) {
    const from = runSpelling(tokens, token, letters, k.skips);
    return from >= 0 ? text.slice(tokens[from].start, tokens[token - 1].end) : '';
  }
  // "TMS (transcranial magnetic stimulation)", "NAD+ — nicotinamide adenine dinucleotide —"
  const gloss = /^\+?\s*(?:\(([^()]{3,80})\)|(?:[\u2014\u2013]|--|\s-\s)\s*([^\u2014\u2013.;:()]{3,80}))/.exec(after);
  const words = (gloss?.[1] ?? gloss?.[2])?.trim();
  if (words && startsWithLetters(words, letters)) return words;
  // "ATP, the energy currency ...": explained, not spelled out.
  if (/^\+?\s*,\s*(?:a|an|the)\s/i.test(after)) return '';
  if (k.cues.match(tokens.slice(token + 1, token + 4)).some((m) => m.first === 0)) return '';
  // "Transcranial magnetic stimulation, or TMS"
  let end = token;
  while (end > 0 && tokens[end - 1].norm === 'or') end--;
  const from = runSpelling(tokens, end, letters, k.skips);
  return from >= 0 && from < end ? text.slice(tokens[from].start, tokens[end - 1].end) : undefined;
}

/**
 * Where each run of initials is first spelled out: for every word, the initials of it and the
 * content words before it (three to eight; small words such as "of" skipped, words of one or
 * two letters ending the run), mapped to the first sentence that has them. One pass over the
 * text, so looking back costs the same for one acronym or for thousands.
 */
function initialsIndex(doc: Doc, k: Knowledge, checkBudget: () => void): Map<string, number> {
  const first = new Map<string, number>();
  for (const sentence of doc.sentences) {
    checkBudget();
    let initials = '';
    for (const t of sentence.tokens) {
      if (t.kind !== 'word' || (t.norm.length < 3 && !k.skips.has(t.norm))) {
        initials = '';
        continue;
      }
      if (k.skips.has(t.norm)) continue;
      initials = (initials.length < 8 ? initials : initials.slice(1)) + t.norm[0];
      for (let n = 3; n <= initials.length; n++) {
        const run = initials.slice(-n);
        if (!first.has(run)) first.set(run, sentence.index);
      }
    }
  }
  return first;
}

/** Do the sentences up to `last` (a title, an earlier paragraph) give the acronym's words? */
function spelledOutBefore(doc: Doc, key: string, last: number, initials: () => Map<string, number>, checkBudget: () => void): boolean {
  const expansion = acronymExpansion(key);
  if (expansion) {
    const words = wordsIn(expansion);
    for (let s = 0; s <= last; s++) {
      checkBudget();
      if (hasSequence(doc.sentences[s].tokens, words)) return true;
    }
  }
  const letters = lettersOf(key);
  return letters.length >= 3 && (initials().get(letters) ?? Infinity) <= last;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/** A word in capitals ("CALL"), checked on the source without slicing it. */
function inCapitals(text: string, start: number, end: number): boolean {
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLower(c)) return false;
    if (isUpper(c)) upper = true;
  }
  return upper;
}

/** Letters read as shouting: most words of the sentence are in capitals. */
function shouted(sentence: Sentence, text: string): boolean {
  let words = 0;
  let caps = 0;
  for (const t of sentence.tokens) {
    if (t.kind !== 'word' || t.end - t.start < 2) continue;
    words++;
    if (inCapitals(text, t.start, t.end)) caps++;
  }
  return caps >= 3 && caps * 2 >= words;
}

/** Could the word be an acronym? A cheap look at its first three letters before acronymKey. */
function mayBeAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 10) return false;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (isLower(a)) return isUpper(b); // rTMS
  return isUpper(a) && (isUpper(b) || (end - start > 2 && isUpper(text.charCodeAt(start + 2)))); // TMS, PhD
}

function usesIn(doc: Doc, k: Knowledge): AcronymUse[] {
  const uses: AcronymUse[] = [];
  const { text } = doc;
  for (const sentence of doc.sentences) {
    const here: AcronymUse[] = [];
    const inHeading = sentence.block.headingLike || sentence.block.type === 'heading';
    sentence.tokens.forEach((t, token) => {
      if (t.kind !== 'word' || !mayBeAcronym(text, t.start, t.end)) return;
      const raw = text.slice(t.start, t.end);
      const key = acronymKey(raw);
      if (!key || k.common.has(key) || ROMAN.test(key)) return;
      if (k.credentials.has(key) && /,\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) return;
      if (inUrlOrPath(text, t.start, t.end)) return;
      // A respelling of how a word sounds ("KET-a-mean"), not an acronym.
      if (/^[-\u2010][a-z]/.test(text.slice(t.end, t.end + 2)) || /[a-z][-\u2010]$/.test(text.slice(Math.max(0, t.start - 2), t.start))) return;
      // "NAD+" is written with its plus.
      const end = text[t.end] === '+' ? t.end + 1 : t.end;
      here.push({ key, raw: text.slice(t.start, end), start: t.start, end, sentence, token, inHeading });
    });
    if (here.length && !shouted(sentence, text)) uses.push(...here);
  }
  return uses;
}

/** "selective serotonin reuptake inhibitor" for "SSRIs" -> "... inhibitors"; undefined when unsure. */
function pluralOf(expansion: string): string | undefined {
  if (/(?:s|y|x|ch|sh)$/i.test(expansion)) return undefined;
  return expansion + 's';
}

/** The first use spelled out: "transcranial magnetic stimulation (TMS)", article and capital adjusted. */
function spellOutFix(use: AcronymUse, expansion: string, text: string, withThe = false): UndefinedAcronym['fix'] {
  const plural = use.raw.replace(/\+$/, '') !== use.key;
  let words = plural ? pluralOf(expansion) : expansion;
  if (!words) return undefined;
  const tokens = use.sentence.tokens;
  if (use.token === 0) words = words[0].toUpperCase() + words.slice(1);
  const end = use.end;
  const replaced = `${words} (${use.raw})`;
  const prev = use.token > 0 ? tokens[use.token - 1] : undefined;
  if (prev && (prev.norm === 'a' || prev.norm === 'an') && /^\s+$/.test(text.slice(prev.end, use.start))) {
    const article = text.slice(prev.start, prev.end);
    const fixed = articleFor(article, words);
    if (fixed !== article) return { range: [prev.start, end], text: `${fixed} ${replaced}` };
  }
  const determined = prev !== undefined && ['the', 'a', 'an', 'this', 'that', 'our', 'your', 'its', 'their'].includes(prev.norm);
  if (withThe && !determined) return { range: [use.start, end], text: `${use.token === 0 ? 'The' : 'the'} ${use.token === 0 ? words[0].toLowerCase() + words.slice(1) : words} (${use.raw})` };
  return { range: [use.start, end], text: replaced };
}

/** The document's own words as they read mid-sentence ("Transcranial magnetic ..." at a sentence start -> "transcranial ..."). */
function midSentence(words: string): string {
  const parts = words.split(/\s+/);
  const titleCase = parts.filter((w) => w.length > 3).every((w) => /^[A-Z]/.test(w));
  return !titleCase && /^[A-Z][a-z]/.test(words) ? words[0].toLowerCase() + words.slice(1) : words;
}

const MEMO = 'plain.acronyms';

/**
 * Acronyms whose first use in the body text is not spelled out (computed once per lint). Looking
 * back for a spelled-out form costs a pass over the text per acronym, so it checks the budget.
 */
export function undefinedAcronyms(doc: Doc, checkBudget: () => void = () => {}): UndefinedAcronym[] {
  const memo = doc.memo.get(MEMO) as UndefinedAcronym[] | undefined;
  if (memo) return memo;
  const k = knowledge();
  const byKey = new Map<string, AcronymUse[]>();
  for (const use of usesIn(doc, k)) {
    const list = byKey.get(use.key);
    if (list) list.push(use);
    else byKey.set(use.key, [use]);
  }
  const out: UndefinedAcronym[] = [];
  let index: Map<string, number> | undefined;
  const initials = () => (index ??= initialsIndex(doc, k, checkBudget));
  for (const [key, uses] of byKey) {
    const first = uses.findIndex((u) => !u.inHeading);
    if (first < 0) continue;
    const use = uses[first];
    if (uses.slice(0, first + 1).some((u) => spelledOutAt(u, doc.text, k) !== undefined)) continue;
    if (spelledOutBefore(doc, key, use.sentence.index, initials, checkBudget)) continue;
    const later = uses.slice(first + 1).map((u) => spelledOutAt(u, doc.text, k));
    const own = later.find((words) => words);
    const expansion = own ? midSentence(own) : acronymExpansion(key);
    // The document's own words keep the article it gives them ("the quality rating scale (QRS)").
    const withThe = own !== undefined && new RegExp(`\\bthe\\s+${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(doc.text);
    const fix = expansion ? spellOutFix(use, expansion, doc.text, withThe) : undefined;
    out.push({ use, definedLater: later.some((words) => words !== undefined), ...(expansion ? { expansion } : {}), ...(fix ? { fix } : {}) });
  }
  out.sort((a, b) => a.use.start - b.use.start);
  doc.memo.set(MEMO, out);
  return out;
}
