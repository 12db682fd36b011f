// A short yes/no answer to a question asserts what the question asked: "Is TMS safe?" then
// "Absolutely." says "TMS is safe"; "Is ketamine addictive? No." says "ketamine is not
// addictive". The question is turned into a statement (the auxiliary moved after its subject,
// "not" added for a no), the answer's own words appended ("Yes, permanently."), and the clause
// model reads that statement like any other sentence.

import type { Doc, Sentence } from '../core/document.js';
import { tokenizeWord, type Token } from '../core/tokens.js';
import { analyseTokens } from '../assertions/analyse.js';
import type { SentenceAssertions } from '../assertions/types.js';
import { english } from '../knowledge/english.js';

const YES = new Set(['yes', 'yeah', 'yep', 'absolutely', 'definitely', 'certainly', 'sure', 'completely', 'totally', 'indeed', 'always', 'of', 'course', 'undoubtedly', 'surely']);
const NO = new Set(['no', 'nope', 'never', 'none', 'not', 'nothing']);
const FRONTED = new Set([...english.auxiliaries, ...english.modals].filter((w) => !w.startsWith("'")));
/** The longest answer that still stands as a reply rather than an argument of its own. */
const MAX_WORDS = 8;

export interface Answer {
  /** The statement the answer makes, as a clause model. */
  assertions: SentenceAssertions;
  start: number;
  end: number;
  question: Sentence;
}

/** "Is ketamine addictive" -> "ketamine is (not) addictive ..." as tokens. */
function statement(question: readonly Token[], negative: boolean, extra: readonly Token[]): Token[] | undefined {
  const [aux, ...rest] = question;
  if (!aux || !FRONTED.has(aux.norm)) return undefined;
  // The subject runs to the first word that cannot be in a noun phrase's first few words.
  let n = 0;
  while (n < rest.length && n < 5 && !FRONTED.has(rest[n].norm) && !/^(?:fda|safe|effective|addictive|approved|cleared|legal|painful|dangerous|better|really|work|last|help|cause|have|interact|need|show|hurt|burn|become|get|come|drive|permanent|proven|scientifically|clinically)$/.test(rest[n].norm)) n++;
  if (n === 0 && rest[0]?.norm !== 'there') return undefined;
  if (rest[0]?.norm === 'there') n = 1;
  const not = negative ? [{ ...tokenizeWord('not', aux.end)[0] }] : [];
  return [...rest.slice(0, n), aux, ...not, ...rest.slice(n), ...extra];
}

/** The statement a short answer makes, when `sentence` answers the question just before it. */
export function answerOf(doc: Doc, sentence: Sentence): Answer | undefined {
  if (sentence.index === 0) return undefined;
  const question = doc.sentences[sentence.index - 1];
  if (!/\?\s*["'”’*_]*\s*$/.test(question.text)) return undefined;
  const words = sentence.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  if (!words.length || words.length > MAX_WORDS) return undefined;
  const first = words[0].norm;
  const negative = NO.has(first);
  if (!negative && !YES.has(first)) return undefined;
  // "Of course", "Not at all", "No, never": the polarity words, then the answer's own words.
  let k = 1;
  while (k < words.length && (YES.has(words[k].norm) || NO.has(words[k].norm) || ['at', 'all', 'really', 'it', 'they', 'does', 'do', 'is', 'are', 'will', 'can', 'that', 'you', 'need', 'to', 'worry', 'about'].includes(words[k].norm))) k++;
  const tokens = statement(question.tokens, negative, words.slice(k));
  if (!tokens) return undefined;
  const gaps = tokens.map(() => ' ');
  return { assertions: analyseTokens(tokens, '', 0, gaps), start: sentence.start, end: sentence.end, question };
}
