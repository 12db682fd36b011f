// A short yes/no answer to a question asserts what the question asked: "Is TMS safe?" then
// "Absolutely." says "TMS is safe"; "Is ketamine addictive? No." says "ketamine is not
// addictive". The question is turned into a statement (the auxiliary moved after its subject,
// "not" added for a no), the answer's own words appended ("Yes, permanently."), and the clause
// model reads that statement like any other sentence.

import type { Doc, Sentence } from '../core/document.js';
import { tokenizeWord, type Token } from '../core/tokens.js';
import { analyseTokens } from '../assertions/analyse.js';
import { vocabulary } from '../assertions/lexicon.js';
import { tagSentence } from '../language/tag.js';
import type { SentenceAssertions } from '../assertions/types.js';
import { english } from '../knowledge/english.js';

const YES = new Set(['yes', 'yeah', 'yep', 'absolutely', 'definitely', 'certainly', 'sure', 'completely', 'totally', 'indeed', 'always', 'of', 'course', 'undoubtedly', 'surely']);
/** Replies that say yes for certain: with "can" the question's claim is not hedged. */
const CERTAIN = new Set(['absolutely', 'definitely', 'certainly', 'undoubtedly', 'surely']);
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

/**
 * "Is ketamine addictive" -> "ketamine is (not) addictive ..." as tokens. The subject is the
 * shortest start of the question that, moved before the auxiliary, reads as a noun phrase before
 * its verb ("Will my B12 shot | give me energy", "Does lymphatic drainage | get rid of").
 */
function statement(question: readonly Token[], negative: boolean, extra: readonly Token[]): Token[] | undefined {
  const [aux, ...rest] = question;
  if (!aux || !FRONTED.has(aux.norm) || !rest.length) return undefined;
  const not = negative ? [{ ...tokenizeWord('not', aux.end)[0] }] : [];
  const at = (n: number) => [...rest.slice(0, n), aux, ...not, ...rest.slice(n), ...extra];
  if (rest[0].norm === 'there') return at(1);
  // The shortest start that reads as a noun phrase with a base verb (or, after "is", a predicate)
  // right after the auxiliary ("ear seeds | do work", not "ear | do seeds"); else the first that
  // reads as a noun phrase at all.
  let fallback: Token[] | undefined;
  const copula = ['is', 'are', 'was', 'were'].includes(aux.norm);
  for (let n = 1; n <= Math.min(5, rest.length); n++) {
    const tokens = at(n);
    const words = tagSentence(tokens, vocabulary);
    const subject = words.slice(0, n);
    const nominal = subject.every((w, k) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(w.tag) || (k === 0 && w.tag === 'VERB' && w.form === 'gerund')) && !['DET', 'ADJ'].includes(subject[n - 1].tag);
    if (!nominal) continue;
    // The verb after an adverb the question put before it ("does mushroom coffee | really sharpen").
    let next = n + not.length + 1;
    while (words[next]?.tag === 'ADV' && words[next + 1]) next++;
    const after = words[next];
    fallback ??= tokens;
    // After "is", a noun or an adjective before a noun still belongs to the subject ("red | is light therapy").
    const predicate = after && after.tag !== 'NOUN' && !(after.tag === 'ADJ' && words[next + 1]?.tag === 'NOUN');
    if (copula ? predicate : after?.tag === 'VERB' && after.form === 'base') return tokens;
  }
  return fallback;
}

const ECHO_SUBJECTS = new Set(['it', 'they', 'this', 'that', 'he', 'she', 'you', 'we']);
const ECHO_ADVERBS = new Set(['sure', 'really', 'absolutely', 'definitely', 'certainly', 'totally', 'truly', 'surely', 'indeed']);
/** Words of a reply that only carry its polarity ("Of course", "No, not at all", "Yes, it does"). */
const FILLER = new Set(['at', 'all', 'even', 'slightly', 'bit', 'least', 'remotely', 'chance', 'way', 'really', 'it', 'they', 'does', 'do', 'is', 'are', 'will', 'can', 'that', 'you', 'need', 'to', 'worry', 'about', 'sure', 'pretty', 'much', 'whatsoever', 'a', 'the', 'q', 'answer', 's', 'just', 'only', 'an', 'myth', 'misconception', 'rumour', 'rumor', 'old', 'wives', 'tale', 'common']);
/** Replies that answer "when", "how often" or "how much" and so presuppose a yes: "Within the hour.", "Every time." */
const PRESUPPOSING = new Set(['every', 'each', 'within', 'in', 'after', 'by', 'from', 'inside', 'under', 'for', 'instantly', 'immediately', 'forever', 'permanently', 'right', 'straight', 'almost', 'overnight', 'same']);
/** Openings of questions that ask when or for how long ("How soon will I feel better?"): a reply
 * that presupposes a yes answers them too, read against the rest of the question. */
const WHEN = [['how', 'soon'], ['how', 'quickly'], ['how', 'fast'], ['how', 'long'], ['when']];

/**
 * The polarity of a short reply and the words it adds to the question: "Definitely." (yes),
 * "It is." / "They do!" (an echo: yes), "No, never." (no), "100%." (yes, completely), "Zero."
 * (no), "Within the hour." (a yes, with when), "For most of our clients, yes." (yes, for whom).
 */
function polarityOf(words: readonly Token[]): { negative: boolean; extra: Token[]; presupposing?: boolean } | undefined {
  const norms = words.map((w) => w.norm);
  const first = norms[0];
  const rest = (from: number) => words.slice(from).filter((w) => !YES.has(w.norm) && !NO.has(w.norm) && !FILLER.has(w.norm));
  if (first === 'a' && words.length > 1) return polarityOf(words.slice(1)); // "A: Yes, it does."
  if (NO.has(first) || first === 'zero') return { negative: true, extra: rest(1) };
  // ("Absolutely." to "Can it help?" says it can, for certain: the certainty is kept.)
  if (YES.has(first)) return { negative: false, extra: CERTAIN.has(first) ? [words[0], ...rest(1)] : rest(1) };
  // "It is.", "They do!", "It does not.": the subject and auxiliary echo the question.
  // ("They sure do!", "It really does.": an intensifying adverb may come between.)
  const aux = ECHO_ADVERBS.has(norms[1] ?? '') ? 2 : 1;
  if (ECHO_SUBJECTS.has(first) && words.length <= 4 + aux - 1 && FRONTED.has(norms[aux] ?? '')) return { negative: norms.slice(aux + 1).some((n) => NO.has(n)), extra: rest(aux + 1) };
  // "100%." or "100% permanent.": completely so.
  // ("%" is not a word token: "100%." reaches here as "100".)
  if (first === '100' && (norms.length === 1 || norms[1] === '%' || norms[1] === 'percent' || norms[1] === 'permanent' || norms[1] === 'safe')) return { negative: false, extra: [...tokenizeWord('completely', words[0].start), ...rest(1)] };
  // "For most of our clients, yes.", "Pretty much everyone, yes.": the yes comes last.
  const yes = norms.findIndex((n) => n === 'yes' || n === 'yeah');
  if (yes > 0) return { negative: false, extra: words.filter((_, i) => i !== yes && !FILLER.has(norms[i])) };
  // ("For people who respond, the effect fades ...": a phrase with a clause of its own is no reply.)
  if (PRESUPPOSING.has(first) && !norms.some((n) => ['who', 'which', 'that', 'whose'].includes(n))) return { negative: false, extra: [...words], presupposing: true };
  // "In short, no.": the no comes last.
  const no = norms.findIndex((n) => NO.has(n));
  if (no > 0) return { negative: true, extra: words.filter((_, i) => i !== no && !FILLER.has(norms[i])) };
  return undefined;
}

/** Words that, after a reply's comma, make the rest a condition or a limit of it ("Yes, if ...", "No, but ..."). */
const LIMITING = new Set(['yes', 'no', 'if', 'unless', 'when', 'whenever', 'provided', 'providing', 'as', 'depending', 'but', 'although', 'though', 'except', 'for', 'in', 'with', 'only', 'usually', 'often', 'generally', 'mostly', 'typically', 'many', 'most', 'some', 'not', 'within', 'after', 'once']);
/** Words that join a reply to a reason or a second thought that does not limit it ("It does, and ...", "Yes, because ..."). */
const JOINING = new Set(['and', 'because', 'since', 'so']);
/** The longest reply that opens a longer answer ("Yes", "It does", "Absolutely not"). */
const MAX_REPLY = 4;

/**
 * The reply that opens a longer answer, cut at its first comma, semicolon, colon or dash, or at a
 * joining word ("Yes, because they are natural." -> "Yes"; "It does, and ..." -> "It does"), when
 * what follows does not limit it ("Yes, if you are a good candidate" opens no reply). An opening
 * phrase may come first ("In our experience, yes: ..." -> "In our experience yes").
 * (Sentence tokens carry no punctuation: the cuts are read from the text between them.)
 */
function openingReply(sentence: Sentence): Token[] | undefined {
  const tokens = sentence.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  const gapAfter = (i: number) => (i + 1 < tokens.length ? sentence.text.slice(tokens[i].end - sentence.start, tokens[i + 1].start - sentence.start) : '');
  const reply: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (JOINING.has(t.norm) && reply.length > 0) return LIMITING.has(tokens[i + 1]?.norm ?? '') ? undefined : reply;
    reply.push(t);
    if (reply.length > MAX_REPLY) return undefined;
    if (!/[,;:\u2013\u2014]|\s-\s/.test(gapAfter(i))) continue;
    const next = tokens[i + 1];
    if (next && (next.norm === 'yes' || next.norm === 'no') && !reply.some((x) => x.norm === 'yes' || x.norm === 'no')) continue;
    return next && !LIMITING.has(next.norm) ? reply : undefined;
  }
  return undefined;
}

/** The question after an opening that asks when ("How soon | will I feel better"), if it has one. */
function afterWhen(question: readonly Token[]): readonly Token[] | undefined {
  const opening = WHEN.find((o) => o.every((w, i) => question[i]?.norm === w));
  return opening ? question.slice(opening.length) : undefined;
}

/** The statement a short answer makes, when `sentence` answers the question just before it. */
export function answerOf(doc: Doc, sentence: Sentence): Answer | undefined {
  if (sentence.index === 0) return undefined;
  const question = doc.sentences[sentence.index - 1];
  if (!/\?\s*["'”’*_]*\s*$/.test(question.text)) return undefined;
  let words = sentence.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  // A longer answer that opens with a reply says what the reply says ("It does, and ...").
  if (words.length > MAX_WORDS) words = openingReply(sentence) ?? [];
  if (!words.length) return undefined;
  const polarity = polarityOf(words);
  if (!polarity) return undefined;
  const asked = polarity.presupposing ? (afterWhen(question.tokens) ?? question.tokens) : question.tokens;
  const tokens = statement(asked, polarity.negative, polarity.extra);
  if (!tokens) return undefined;
  const gaps = tokens.map(() => ' ');
  return { assertions: analyseTokens(tokens, '', 0, gaps), start: sentence.start, end: sentence.end, question };
}
