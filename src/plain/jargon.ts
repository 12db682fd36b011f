// Medical jargon with a plainer word (plain.yaml): where it is, whether the sentence explains it,
// and the one-for-one swap that keeps the sentence grammatical, when there is one.
//
// A term counts as explained where its sentence gives the plain word too, puts a gloss right
// after it (in parentheses, after a dash, as an appositive "X, a ..."), or names it ("called X",
// "X, also known as ...", "X is a ..."). Once a document has explained a term, later uses of it
// are not flagged: a reader who was told what it means can be expected to remember.

import type { Doc, Sentence } from '../core/document.js';
import { PhraseMatcher, type PhraseMatch } from '../core/phrases.js';
import { jargonForms, plainKnowledge, type JargonEntry, type JargonForm } from '../knowledge/plain.js';
import { inUrlOrPath } from '../terms/source.js';
import { matchCase } from '../terms/spelling.js';
import { articleFor } from './articles.js';
import { exactPattern, hasSequence } from './sequence.js';

export interface JargonHit {
  form: JargonForm;
  sentence: Sentence;
  start: number;
  end: number;
  /** The swap, when it is one-for-one here: replace [range) with text. */
  fix?: { range: [number, number]; text: string };
}

interface Matchers {
  jargon: PhraseMatcher<JargonForm>;
  except: PhraseMatcher<true>;
  after: PhraseMatcher<true>;
  before: PhraseMatcher<true>;
  /** The tokens of each entry's plain word (and its plural), to find it in a sentence. */
  plainTokens: Map<JargonEntry, string[][]>;
  followers: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  /** The first word of every jargon form: a sentence with none of them is skipped unmatched. */
  firstWords: ReadonlySet<string>;
}

let matchers: Matchers | undefined;
function built(): Matchers {
  if (matchers) return matchers;
  const forms = jargonForms();
  const { grammar, jargon } = plainKnowledge;
  const plainTokens = new Map<JargonEntry, string[][]>();
  for (const f of forms) {
    const list = plainTokens.get(f.entry) ?? [];
    for (const phrase of new Set([f.plain, f.swap ?? f.plain])) list.push(phrase.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean));
    plainTokens.set(f.entry, list);
  }
  return (matchers = {
    jargon: new PhraseMatcher(forms.map((f) => ({ pattern: exactPattern(f.form), value: f }))),
    except: new PhraseMatcher(jargon.flatMap((e) => e.except ?? []).map((p) => ({ pattern: exactPattern(p), value: true as const }))),
    after: new PhraseMatcher(grammar.definedAfter.map((p) => ({ pattern: exactPattern(p), value: true as const }))),
    before: new PhraseMatcher(grammar.definedBefore.map((p) => ({ pattern: exactPattern(p), value: true as const }))),
    plainTokens,
    followers: new Set(grammar.nounFollowers),
    auxiliaries: new Set(grammar.auxiliaries),
    firstWords: new Set(forms.map((f) => f.form.toLowerCase().split(/[\s\-\u2010]+/)[0])),
  });
}

/** The longest matches that do not overlap, leftmost first. */
function longestFirst<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  const out: PhraseMatch<T>[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.first <= reach) continue;
    out.push(m);
    reach = m.last;
  }
  return out;
}

const GLOSS_AFTER = /^\s*(?:\(|[\u2014\u2013]|--|\s-\s|,\s*(?:a|an|the)\s)/i;
const GLOSS_BEFORE = /\(\s*$/;

/** Does the sentence explain the term matched at `m`? */
function explained(m: PhraseMatch<JargonForm>, sentence: Sentence, text: string, x: Matchers, after: PhraseMatch<true>[], before: PhraseMatch<true>[]): boolean {
  if (x.plainTokens.get(m.value.entry)?.some((words) => hasSequence(sentence.tokens, words))) return true;
  if (GLOSS_AFTER.test(text.slice(m.end, Math.min(sentence.end + 1, m.end + 8))) || GLOSS_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 4), m.start))) return true;
  if (after.some((a) => a.first === m.last + 1)) return true;
  // "called X", "known as the X"
  const article = m.first > 0 && /^(?:a|an|the)$/.test(sentence.tokens[m.first - 1].norm) ? 1 : 0;
  return before.some((b) => b.last === m.first - 1 - article || b.last === m.first - 1);
}

const onlySpaceBetween = (text: string, from: number, to: number) => /^\s+$/.test(text.slice(from, to));

/** The one-for-one swap at `m`, or undefined where it would not read right. */
function swapAt(m: PhraseMatch<JargonForm>, sentence: Sentence, text: string, x: Matchers): JargonHit['fix'] {
  const { swap, kind } = m.value;
  if (!swap) return undefined;
  const tokens = sentence.tokens;
  const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
  const next = m.last + 1 < tokens.length ? tokens[m.last + 1] : undefined;
  const prevArticle = prev && (prev.norm === 'a' || prev.norm === 'an') && onlySpaceBetween(text, prev.end, m.start) ? prev : undefined;
  if (kind === 'noun' || kind === 'mass') {
    // Not inside a compound ("neuropathy-related" would become "nerve damage-related").
    if (/^[-\u2010]/.test(text.slice(m.end, m.end + 1))) return undefined;
    // "analgesic effects": the adjective, which the noun cannot replace.
    if (m.value.entry.alsoAdjective && next && onlySpaceBetween(text, m.end, next.start) && !x.followers.has(next.norm)) return undefined;
    // "a hemorrhage" -> "a heavy bleeding" would not read.
    if (kind === 'mass' && prevArticle) return undefined;
  }
  if (m.value.afterAuxiliary) {
    const near = tokens.slice(Math.max(0, m.first - 2), m.first);
    if (!near.some((t) => x.auxiliaries.has(t.norm))) return undefined;
  }
  const source = text.slice(m.start, m.end);
  // Case follows the source: "Hypertension" -> "High blood pressure", "RENAL" -> "KIDNEY".
  const words = matchCase(source.length > 1 && source === source.toUpperCase() ? source : source.split(/\s/)[0], swap);
  if ((kind === 'noun' || kind === 'adjective') && prevArticle) {
    const article = text.slice(prevArticle.start, prevArticle.end);
    const fixed = articleFor(article, words);
    if (fixed !== article) return { range: [prevArticle.start, m.end], text: `${fixed} ${words}` };
  }
  return { range: [m.start, m.end], text: words };
}

const MEMO = 'plain.jargon';

/** The unexplained jargon of the document, in order (computed once per lint). */
export function jargonIn(doc: Doc): JargonHit[] {
  const memo = doc.memo.get(MEMO) as JargonHit[] | undefined;
  if (memo) return memo;
  const x = built();
  const hits: JargonHit[] = [];
  const explainedEntries = new Set<JargonEntry>();
  for (const sentence of doc.sentences) {
    if (!sentence.tokens.some((t) => x.firstWords.has(t.norm))) continue;
    const found = x.jargon.match(sentence.tokens);
    if (!found.length) continue;
    const exceptions = x.except.match(sentence.tokens);
    const after = x.after.match(sentence.tokens);
    const before = x.before.match(sentence.tokens);
    for (const m of longestFirst(found)) {
      if (exceptions.some((e) => e.first <= m.last && m.first <= e.last)) continue;
      if (inUrlOrPath(doc.text, m.start, m.end)) continue;
      const entry = m.value.entry;
      if (explainedEntries.has(entry)) continue;
      if (explained(m, sentence, doc.text, x, after, before)) {
        explainedEntries.add(entry);
        continue;
      }
      const fix = swapAt(m, sentence, doc.text, x);
      hits.push({ form: m.value, sentence, start: m.start, end: m.end, ...(fix ? { fix } : {}) });
    }
  }
  doc.memo.set(MEMO, hits);
  return hits;
}
