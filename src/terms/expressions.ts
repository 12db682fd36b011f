// Fixed medical expressions garbled by a synonym swap ("a number of sclerosis", "Food and
// Medication Administration", "blood stress"): an n-gram that becomes an expression of the lexicon
// when one or two of its words are put back for the word they stand for, and that is no phrase in
// its own right. The expression lexicon (scripts/build-expressions.mjs) gives the expressions, the
// substitutes of their words (WordNet, spinner renderings) and the phrases in use; this module
// indexes them once per lexicon and looks n-grams up by their words (no scan of the lists).

import { stem, tokenizeWord, type Token } from '../core/tokens.js';
import type { ExpressionData, Lexicon } from './lexicon.js';


export interface GarbledExpression {
  start: number;
  end: number;
  /** The replacement: the expression, in the source's case and number, with its article when that changes. */
  fix: string;
  /** The expression as listed. */
  expression: string;
  /** Only weak relations (hypernyms) or several candidates: a suggestion, not a safe fix. */
  certain: boolean;
}

interface Expression {
  text: string;
  /** Stems of its tokens. */
  keys: string[];
  /** Substitute keys of its tokens: role and stem ("h:pressur"). */
  roles: string[];
  count: number;
  /** A proper name ("Food and Drug Administration"): fixed word for word. */
  name: boolean;
}

/** The head noun (the last word) or a modifier: they take different synonyms. */
const roleOf = (keys: string[], i: number) => (i === keys.length - 1 ? 'h:' : 'm:') + keys[i];
/** Two capitalised content words make a name. */
const isName = (text: string) => text.split(/[\s-]+/).filter((w) => /^[A-Z][a-z]/.test(w)).length >= 2;

/** Function words: never an anchor, never the only word kept. */
const FUNCTION = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'to', 'for', 'by', 'at', 'as', 'with', 'from', 'no', 'not']);
const MAX_SWAPS = 2;

interface Index {
  exprs: Expression[];
  /** Stem -> [expression, position] for every content word of every expression. */
  anchors: Map<string, [number, number][]>;
  /** Stem of an expression word -> stems of its single-word substitutes (1 strong, 2 weak). */
  single: Map<string, Map<string, 1 | 2>>;
  /** Stem of an expression word -> its multiword substitutes as stem arrays. */
  multi: Map<string, { keys: string[]; strength: 1 | 2 }[]>;
  /** Stems joined by spaces of every phrase in use, expressions included. */
  inUse: Set<string>;
}

const indexes = new WeakMap<Lexicon, Index | null>();

/** Stems of a phrase as the document tokenizer makes them. */
function stemsOf(phrase: string): string[] {
  const out: string[] = [];
  for (const word of phrase.split(/\s+/)) if (word) for (const t of tokenizeWord(word, 0)) out.push(t.stem);
  return out;
}

function expression(text: string, keys: string[], count: number): Expression {
  return { text, keys, roles: keys.map((_, i) => roleOf(keys, i)), count, name: isName(text) };
}

function normsOf(phrase: string): string[] {
  const out: string[] = [];
  for (const word of phrase.split(/\s+/)) if (word) for (const t of tokenizeWord(word, 0)) out.push(t.norm);
  return out;
}

/** A phrase is in use as written, or with its last word in the singular ("clinical ordeals"). */
function inUse(index: Index, norms: string[]): boolean {
  const phrase = norms.join(' ');
  if (index.inUse.has(phrase)) return true;
  const last = norms[norms.length - 1];
  return /[^s]s$/.test(last) && index.inUse.has(`${norms.slice(0, -1).join(' ')}${norms.length > 1 ? ' ' : ''}${singular(last)}`.trim());
}

function build(data: ExpressionData): Index {
  const exprs: Expression[] = [];
  const seen = new Map<string, number>();
  const { text, count } = data.expressions;
  for (let i = 0; i < text.length; i++) {
    const keys = stemsOf(text[i]);
    const key = keys.join(' ');
    const had = seen.get(key);
    // "side effect" and "side effects" are one expression; keep the commoner spelling.
    if (had !== undefined) {
      if (count[i] > exprs[had].count) exprs[had] = expression(text[i], keys, count[i]);
      continue;
    }
    seen.set(key, exprs.length);
    exprs.push(expression(text[i], keys, count[i]));
  }
  const anchors = new Map<string, [number, number][]>();
  exprs.forEach((e, i) =>
    e.keys.forEach((k, p) => {
      if (FUNCTION.has(k) || /^\d/.test(k)) return;
      const list = anchors.get(k);
      if (list) list.push([i, p]);
      else anchors.set(k, [[i, p]]);
    }),
  );
  const single = new Map<string, Map<string, 1 | 2>>();
  const multi = new Map<string, { keys: string[]; strength: 1 | 2 }[]>();
  for (const [strength, table] of [[1, data.substitutes.strong], [2, data.substitutes.weak]] as const) {
    for (const [roleWord, subs] of Object.entries(table)) {
      // "h:stress" (the head noun) or "m:stress" (a modifier): see roleOf.
      const w = roleWord.slice(0, 2) + stem(roleWord.slice(2));
      for (const sub of subs) {
        const keys = stemsOf(sub);
        if (keys.length === 1) {
          let m = single.get(w);
          if (!m) single.set(w, (m = new Map()));
          if (!m.has(keys[0])) m.set(keys[0], strength);
        } else {
          let l = multi.get(w);
          if (!l) multi.set(w, (l = []));
          l.push({ keys, strength });
        }
      }
    }
  }
  // Phrases in use by their words as written (stems would make "side resulting" of "side results").
  const inUse = new Set(data.inUse.map((p) => normsOf(p).join(' ')));
  for (const e of exprs) inUse.add(normsOf(e.text).join(' '));
  return { exprs, anchors, single, multi, inUse };
}

function indexOf(lexicon: Lexicon): Index | null {
  let index = indexes.get(lexicon);
  if (index === undefined) {
    const data = lexicon.terms.expressions;
    index = data ? build(data) : null;
    indexes.set(lexicon, index);
  }
  return index;
}

interface Match {
  first: number;
  last: number;
  /** The expression's last word met one token (so its number says the source's number). */
  singleLast: boolean;
  expr: number;
  swaps: number;
  weak: boolean;
}

/** How expression word `key` meets the tokens from `at` (forwards, or backwards when dir = -1): tokens used and strength (0 exact). */
function meet(index: Index, e: Expression, k: number, tokens: readonly Token[], at: number, dir: 1 | -1, joined: (a: number, b: number) => boolean): [number, 0 | 1 | 2] | undefined {
  const t = tokens[at];
  if (!t) return undefined;
  if (t.stem === e.keys[k]) return [1, 0];
  if (t.kind !== 'word') return undefined;
  const s = index.single.get(e.roles[k])?.get(t.stem);
  let best: [number, 0 | 1 | 2] | undefined = s ? [1, s] : undefined;
  // In a name any capitalised word in place of one of its words garbles it ("European Medicines Company").
  if (!best && e.name && t.capital && !FUNCTION.has(t.stem) && !FUNCTION.has(e.keys[k])) best = [1, 2];
  for (const m of index.multi.get(e.roles[k]) ?? []) {
    const n = m.keys.length;
    if (best && best[0] >= n) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const i = dir === 1 ? at + k : at - (n - 1) + k;
      ok = i >= 0 && i < tokens.length && tokens[i].stem === m.keys[k] && (k === 0 || joined(i - 1, i));
    }
    if (ok) best = [n, m.strength];
  }
  return best;
}

/** Aligns expression `e` with its word `p` on token `j`; undefined when it does not fit. */
function align(index: Index, e: Expression, ei: number, p: number, tokens: readonly Token[], j: number, joined: (a: number, b: number) => boolean): Match | undefined {
  let swaps = 0;
  let weak = false;
  let kept = 1;
  let last = j;
  let lastWidth = 1;
  for (let k = p + 1; k < e.keys.length; k++) {
    const m = meet(index, e, k, tokens, last + 1, 1, joined);
    if (!m || !joined(last, last + 1)) return undefined;
    lastWidth = m[0];
    if (m[1] === 0) kept += FUNCTION.has(e.keys[k]) ? 0 : 1;
    else if (++swaps > MAX_SWAPS) return undefined;
    if (m[1] === 2) weak = true;
    last += m[0];
  }
  const singleLast = p === e.keys.length - 1 || lastWidth === 1;
  let first = j;
  for (let k = p - 1; k >= 0; k--) {
    const m = meet(index, e, k, tokens, first - 1, -1, joined);
    if (!m || !joined(first - 1, first)) return undefined;
    if (m[1] === 0) kept += FUNCTION.has(e.keys[k]) ? 0 : 1;
    else if (++swaps > MAX_SWAPS) return undefined;
    if (m[1] === 2) weak = true;
    first -= m[0];
  }
  if (swaps === 0) return undefined;
  // Two swaps need two words kept; a weak relation (a hypernym) needs a longer expression.
  if (swaps > 1 && kept < 2) return undefined;
  if (weak && e.keys.length < 3) return undefined;
  // A name is written with capitals: its kept words too.
  if (e.name && weak) {
    for (let i = first; i <= last; i++) if (!FUNCTION.has(tokens[i].stem) && !tokens[i].capital) return undefined;
    if (kept < 2) return undefined;
  }
  return { first, last, singleLast, expr: ei, swaps, weak };
}

function singular(w: string): string {
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : /(?:s|x|z|ch|sh)es$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
}
const plural = (w: string) => (/(?:s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);

/** The expression in the number and case of the source text, with "a"/"an" fixed before it. */
function replacement(e: Expression, sourceText: string, lastToken: Token, singleLast: boolean): string {
  const words = e.text.split(' ');
  const lastWord = words[words.length - 1];
  const sourcePlural = singleLast && lastToken.norm !== lastToken.stem && lastToken.norm.endsWith('s') && !lastToken.norm.endsWith('ss');
  const exprPlural = /[^s]s$/.test(lastWord) && stem(lastWord) !== lastWord;
  if (sourcePlural && !exprPlural) words[words.length - 1] = plural(lastWord);
  else if (!sourcePlural && exprPlural) words[words.length - 1] = singular(lastWord);
  let text = words.join(' ');
  if (/^[A-Z]/.test(sourceText) && /^[a-z]/.test(text)) text = text[0].toUpperCase() + text.slice(1);
  return text;
}

const startsWithVowelSound = (s: string) => /^[aeiou]/i.test(s) && !/^(?:uni|use|eu|one)/i.test(s);

/**
 * Garbled expressions in one sentence. `text` is the document source; `tokens` the sentence's.
 */
export function garbledExpressionsIn(lexicon: Lexicon, text: string, tokens: readonly Token[]): GarbledExpression[] {
  const index = indexOf(lexicon);
  if (!index) return [];
  const joined = (a: number, b: number) => a >= 0 && b < tokens.length && a < b && /^[\s\-\u2010\u2011]*$/.test(text.slice(tokens[a].end, tokens[b].start));
  const matches: Match[] = [];
  for (let j = 0; j < tokens.length; j++) {
    const postings = tokens[j].kind === 'word' ? index.anchors.get(tokens[j].stem) : undefined;
    if (!postings) continue;
    for (const [ei, p] of postings) {
      const e = index.exprs[ei];
      const m = align(index, e, ei, p, tokens, j, joined);
      if (!m) continue;
      const norms = tokens.slice(m.first, m.last + 1).map((t) => t.norm);
      if (inUse(index, norms)) continue;
      // Part of a longer phrase in use.
      if (m.first > 0 && joined(m.first - 1, m.first) && inUse(index, [tokens[m.first - 1].norm, ...norms])) continue;
      if (m.last + 1 < tokens.length && joined(m.last, m.last + 1) && inUse(index, [...norms, tokens[m.last + 1].norm])) continue;
      // A name is garbled only as a whole: "Pan American Health Organization" is no "World Health
      // Organization", "Mental Health Services Administration" no "mental health services".
      if (e.name || m.weak) {
        const capitalName = (t: Token | undefined) => t !== undefined && t.capital && !FUNCTION.has(t.norm) && !/^[A-Z.]+$/.test(text.slice(t.start, t.end));
        if ((m.first > 0 && capitalName(tokens[m.first - 1])) || capitalName(tokens[m.last + 1])) continue;
      }
      matches.push(m);
    }
  }
  if (!matches.length) return [];
  // Longest span first, then fewest swaps, strong before weak, the commoner expression.
  matches.sort((a, b) => b.last - b.first - (a.last - a.first) || a.swaps - b.swaps || Number(a.weak) - Number(b.weak) || index.exprs[b.expr].count - index.exprs[a.expr].count);
  const out: GarbledExpression[] = [];
  const taken: Match[] = [];
  for (const m of matches) {
    if (taken.some((o) => o.first <= m.last && m.first <= o.last)) continue;
    const rivals = matches.filter((o) => o !== m && o.first === m.first && o.last === m.last && o.swaps === m.swaps && o.weak === m.weak && index.exprs[o.expr].text.toLowerCase() !== index.exprs[m.expr].text.toLowerCase());
    taken.push(m);
    const e = index.exprs[m.expr];
    let start = tokens[m.first].start;
    const end = tokens[m.last].end;
    const source = text.slice(start, end);
    let fix = replacement(e, source, tokens[m.last], m.singleLast);
    // "an operating nose" -> "a runny nose": the article goes with the word it sits before.
    const before = m.first > 0 ? tokens[m.first - 1] : undefined;
    if (before && (before.norm === 'a' || before.norm === 'an') && /^\s+$/.test(text.slice(before.end, start))) {
      const article = startsWithVowelSound(fix) ? 'an' : 'a';
      if (article !== before.norm) {
        const raw = text.slice(before.start, before.end);
        start = before.start;
        fix = `${/^A/.test(raw) ? article[0].toUpperCase() + article.slice(1) : article} ${fix}`;
      }
    }
    out.push({ start, end, fix, expression: e.text, certain: !m.weak && rivals.length === 0 });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface SwappedCondition {
  start: number;
  end: number;
  /** The condition (or conditions, "depression and anxiety") in the source's case. */
  fix: string;
  conditions: string[];
}

const PEOPLE = new Set(['people', 'patients', 'person', 'adults', 'children', 'those', 'living', 'live', 'lives', 'anyone', 'someone']);
const LINKS = new Set(['of', 'for', 'from', 'with', 'like', 'against']);

/**
 * One-word conditions swapped for a plain word in a medical frame ("used to treat low spirits",
 * "symptoms of nervousness", "low spirits and nervousness"). `frames` are the words that make the
 * frame medical, `conditions` the one-word conditions themselves.
 */
export function swappedConditionsIn(lexicon: Lexicon, text: string, tokens: readonly Token[], frames: ReadonlySet<string>, conditions: ReadonlySet<string>): SwappedCondition[] {
  const swaps = lexicon.terms.expressions?.conditions;
  if (!swaps) return [];
  // Plain words found: [first token, last token, condition].
  const found: [number, number, string][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const one = swaps[tokens[i].norm];
    const two = i + 1 < tokens.length ? swaps[`${tokens[i].norm} ${tokens[i + 1].norm}`] : undefined;
    if (two) found.push([i, ++i, two]);
    else if (one) found.push([i, i, one]);
  }
  if (!found.length) return [];
  const framed = (first: number) => {
    const prev = tokens[first - 1];
    if (!prev) return false;
    if (frames.has(prev.norm)) return true;
    const before = tokens[first - 2];
    return LINKS.has(prev.norm) && before !== undefined && (frames.has(before.norm) || PEOPLE.has(before.norm));
  };
  const coordinated = (a: number, b: number) => b === a + 2 && (tokens[a + 1].norm === 'and' || tokens[a + 1].norm === 'or');
  const out: SwappedCondition[] = [];
  for (let k = 0; k < found.length; k++) {
    const [first, last, condition] = found[k];
    const next = found[k + 1];
    // "low spirits and nervousness": two swaps joined are one garbled pair.
    if (next && coordinated(last, next[0])) {
      const start = tokens[first].start;
      const end = tokens[next[1]].end;
      const joiner = tokens[last + 1].norm;
      out.push({ start, end, fix: caseOf(text.slice(start, end), `${condition} ${joiner} ${next[2]}`), conditions: [condition, next[2]] });
      k++;
      continue;
    }
    const neighbour = (i: number) => tokens[i] !== undefined && conditions.has(tokens[i].norm);
    const withCondition = (first >= 2 && ['and', 'or'].includes(tokens[first - 1].norm) && neighbour(first - 2)) || (['and', 'or'].includes(tokens[last + 1]?.norm) && neighbour(last + 2));
    if (!framed(first) && !withCondition) continue;
    const start = tokens[first].start;
    const end = tokens[last].end;
    out.push({ start, end, fix: caseOf(text.slice(start, end), condition), conditions: [condition] });
  }
  return out;
}

const caseOf = (source: string, text: string) => (/^[A-Z]/.test(source) ? text[0].toUpperCase() + text.slice(1) : text);
