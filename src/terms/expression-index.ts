// The look-up index of the expression lexicon, computed once at build time (scripts/build-lexicon.mjs
// bundles this module and writes its result into dist/lexicon.json as `expressions.index`): the
// expressions keyed by their stems, their closed slots and their anchors. Made at start-up it cost
// tens of milliseconds of every process and worker; read, it costs a JSON parse.
//
// It uses the document tokenizer's own stemmer, so the keys are what a text's tokens carry.

import { stem, tokenizeWord } from '../core/tokens.js';
import type { ExpressionData, ExpressionIndexData } from './lexicon.js';

/** The expression lexicon as scripts/build-expressions.mjs makes it: its substitutes and phrases
 * in use go into the index, keyed. */
export type BuiltExpressions = Omit<ExpressionData, 'index'> & {
  /** Word of an expression -> what a spinner may put for it: synonyms, and hypernyms or hyponyms (weak). */
  substitutes: {
    /** Role and word ("h:pressure", "m:multiple") -> synonyms and spinner renderings, joined by "|";
     * "^" marks one that counts only as written. */
    strong: Record<string, string>;
    /** Role and word -> hypernyms, hyponyms, sisters, antonyms, derivations, joined by "|"; "~" marks one rarer than the word. */
    weak: Record<string, string>;
    /** Expression -> whole renderings of it ("blood pressure" -> "circulatory strain"). */
    phrases?: Record<string, string[]>;
  };
  /** Phrases that are words in their own right though they look like a swap. */
  inUse: string[];
};

/** One marked substitute ("~^word") as its look-up key (ExpressionIndexData.strong); undefined if it has no word. */
function keyed(marked: string): string | undefined {
  const rarer = marked.startsWith('~');
  const asWritten = marked.startsWith(rarer ? '~^' : '^');
  const marks = marked.slice(0, Number(rarer) + Number(asWritten));
  const sub = marked.slice(marks.length).trim();
  const keys = stemsOf(sub);
  if (!keys.length) return undefined;
  return marks + (keys.length > 1 ? keys.join(' ') : asWritten ? sub : keys[0]);
}

const keyedAll = (table: Record<string, string>) =>
  Object.fromEntries(Object.entries(table).map(([role, list]) => [role, list.split('|').map(keyed).filter((k) => k !== undefined).join('|')]));

/** Function words: never an anchor, never the only word kept. */
export const FUNCTION = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'to', 'for', 'by', 'at', 'as', 'with', 'from', 'no', 'not']);
export const MAX_SWAPS = 2;

/** Source bits of the curated expressions and the therapies' names (scripts/build-expressions.mjs SOURCE). */
export const KNOWLEDGE = 2;
export const THERAPIES = 16;

/**
 * Lower-case words of a phrase as the document tokenizer makes them (split at hyphens and slashes,
 * a possessive dropped). Plain words are split here; only a word with other characters goes
 * through the tokenizer, so that building the index does not fill its cache.
 */
export function normsOf(phrase: string): string[] {
  const out: string[] = [];
  for (const word of phrase.toLowerCase().split(/[\s\-\u2010\u2011/]+/)) {
    if (!word) continue;
    if (/^[a-z0-9]+$/.test(word)) out.push(word);
    else for (const t of tokenizeWord(word, 0)) out.push(t.norm);
  }
  return out;
}

/** Stems of a phrase as the document tokenizer makes them. */
export function stemsOf(phrase: string): string[] {
  return normsOf(phrase).map((w) => (/^[a-z]+$/.test(w) ? stem(w) : w));
}

/** An anchor's posting in one number: the expression, its length (so that a sentence too short for
 * it is passed over without reading it) and the anchor's position; an expression has at most 7 words. */
const posting = (expr: number, length: number, position: number) => expr * 64 + Math.min(length, 7) * 8 + position;

/** Acronyms from the initials of multiword expressions written with capitals ("Food and Drug
 * Administration" -> FDA); an acronym two expressions share is left out. */
export function acronymsOf(texts: string[]): Record<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const text of texts) {
    if (!/[A-Z]/.test(text)) continue;
    const words = text.split(/[\s-]+/).filter((w) => !/^(?:of|and|the|for|on|in)$/i.test(w));
    if (words.length < 2 || !words.every((w) => /^[A-Za-z]/.test(w))) continue;
    const acronym = words.map((w) => w[0].toUpperCase()).join('');
    if (out.has(acronym) && out.get(acronym)!.toLowerCase() !== text.toLowerCase()) clash.add(acronym);
    else out.set(acronym, text);
  }
  for (const a of clash) out.delete(a);
  return Object.fromEntries(out);
}

/** The index of the expressions in `data` (see ExpressionIndexData). */
export function buildExpressionIndex(data: BuiltExpressions): ExpressionIndexData {
  const { text, count, source } = data.expressions;
  const kept: { at: number; text: string; keys: string[]; count: number; source: number }[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const keys = stemsOf(text[i]);
    const key = keys.join(' ');
    const had = seen.get(key);
    // "side effect" and "side effects" are one expression; keep the commoner spelling.
    if (had !== undefined) {
      if (count[i] > kept[had].count) kept[had] = { at: i, text: text[i], keys, count: count[i], source: source[i] | (kept[had].source & KNOWLEDGE) };
      continue;
    }
    seen.set(key, kept.length);
    kept.push({ at: i, text: text[i], keys, count: count[i], source: source[i] });
  }
  // Closed slots: a frame (the expression with one word left out) only this expression has, inside
  // an expression of three words or more.
  const frameOf = (keys: string[], k: number) => keys.map((x, i) => (i === k ? '*' : x)).join(' ');
  const frames = new Map<string, number>();
  for (const e of kept) e.keys.forEach((_, k) => frames.set(frameOf(e.keys, k), (frames.get(frameOf(e.keys, k)) ?? 0) + 1));
  const closed = kept.map((e) => {
    let bits = 0;
    if (e.keys.length < 3) return bits;
    // Inner words only: an edge is where writers add and change words ("long-term safety" is no
    // "long-term memory", "substance use problems" no "substance use disorders").
    for (let k = 1; k < e.keys.length - 1; k++) {
      const key = e.keys[k];
      if (FUNCTION.has(key) || /^\d/.test(key) || frames.get(frameOf(e.keys, k)) !== 1) continue;
      bits |= 1 << k;
    }
    return bits;
  });
  // Each expression is looked up by its three rarest content words: with at most two swapped, one
  // of them is still there, and common words ("pain", "blood") keep short lists.
  const frequency = new Map<string, number>();
  for (const e of kept) for (const k of new Set(e.keys)) frequency.set(k, (frequency.get(k) ?? 0) + 1);
  const anchors: Record<string, number[]> = {};
  kept.forEach((e, i) => {
    const content = e.keys.map((k, p) => [k, p] as const).filter(([k]) => !FUNCTION.has(k) && !/^\d/.test(k));
    content.sort((a, b) => frequency.get(a[0])! - frequency.get(b[0])!);
    for (const [k, p] of content.slice(0, MAX_SWAPS + 1)) (anchors[k] ??= []).push(posting(i, e.keys.length, p));
  });
  // Whole renderings ("circulatory strain" for "blood pressure"), by their first stem.
  const phrases: Record<string, [string, number][]> = {};
  for (const [expressionText, renderings] of Object.entries(data.substitutes.phrases ?? {})) {
    const expr = seen.get(stemsOf(expressionText).join(' '));
    if (expr === undefined) continue;
    for (const r of renderings) {
      const keys = stemsOf(r);
      (phrases[keys[0]] ??= []).push([keys.join(' '), expr]);
    }
  }
  // Phrases in use by their words as written, the expressions' own included.
  const inUse = [...new Set([...data.inUse, ...kept.map((e) => normsOf(e.text).join(' '))])].sort();
  return {
    expression: kept.map((e) => e.at),
    keys: kept.map((e) => e.keys.join(' ')),
    count: kept.map((e) => e.count),
    source: kept.map((e) => e.source),
    closed,
    anchors,
    phrases,
    acronyms: acronymsOf(data.expressions.text),
    strong: keyedAll(data.substitutes.strong),
    weak: keyedAll(data.substitutes.weak),
    inUse,
  };
}
