// term-garbled: a medical term mangled by machine paraphrase ("spun" text) or a slip, each with
// the real term as the fix. One function per check:
//   swapped:     a fixed medical expression with a word or two swapped for a synonym, a derived
//                form or a look-alike ("a number of sclerosis", "Food and Medication
//                Administration"; src/terms/expressions.ts)
//   condition:   a one-word condition swapped for a plain word in a medical frame ("used to treat
//                low spirits and nervousness")
//   acronym:     a paraphrase of a named condition or body that no longer matches its acronym
//                ("The syndrome of chronic localized pain in the extremities (CRPS)")
//   sideEffect:  an adjective naming another disease's patients glued to a side effect
//                ("Diabetic hypertension" -> "Hypertension")
//   reflexive:   a medicine that "is eying itself": a passive spun into a reflexive, with a verb
//                only a person does (WordNet's verb frames)
//   personified: a medicine described with an adjective for people ("an aged leisurely
//                anaesthetic" for "a long-established anesthetic")
// See docs/rules/term-garbled.md.

import type { MessageData, RuleContext, RuleModule } from '../core/rule.js';
import type { Sentence } from '../core/document.js';
import { stem, type Token } from '../core/tokens.js';
import { FLAG, lexiconOf, type Lexicon } from '../terms/lexicon.js';
import { drugByName } from '../knowledge/drug-classes.js';
import { expressionAround, garbledExpressionsIn, swappedConditionsIn } from '../terms/expressions.js';
import { builtInTherapies } from '../knowledge/therapies.js';
import { termKnowledge as terms } from '../knowledge/terms.js';

const KNOWN_DISEASE_ADJECTIVES = terms.diseaseAdjectives;
const PEOPLE_ADJECTIVES = new Set(terms.peopleAdjectives);
const DRUG_NOUNS = new Set(terms.drugNouns);
const SIDE_EFFECT_CUES = terms.sideEffectCues.map((c) => c.toLowerCase());
/** Words that open the phrase an acronym names ("patients with ... (PTSD)"). */
const PHRASE_BOUNDARY = new Set(['by', 'at', 'on', 'under', 'via', 'with', 'for', 'including', 'include', 'includes', 'like', 'as', 'from', 'called', 'named', 'such', 'especially', 'and', 'or', 'treat', 'treats', 'treating', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'than']);
const ARTICLES = new Set(['a', 'an', 'the']);
const DEFINING = new Set(['of', 'in', 'that', 'which', 'affecting', 'caused', 'where', 'after', 'following']);
/** Words after which a new item of an inline list starts. */
const ITEM_OPENERS = new Set(['and', 'or', 'include', 'includes', 'including', 'are', 'as', 'like']);
const THERAPY_WORDS = new Set([...drugByName.keys(), ...builtInTherapies.flatMap((t) => t.names.map((n) => n.toLowerCase()))]);
/** Nouns for a treatment that does nothing to itself ("the treatment is studying itself"). */
const TREATMENT_NOUNS = new Set([...DRUG_NOUNS, 'treatment', 'treatments', 'therapy', 'therapies', 'procedure', 'infusion', 'infusions', 'injection', 'injections', 'intervention']);

const capitalLike = (source: string, text: string) => (/^[A-Z]/.test(source) ? text[0].toUpperCase() + text.slice(1) : text);

type Report = (start: number, end: number, messageId: string, data: MessageData, fixes: string[], kind: 'safe' | 'term') => void;

/** Only spaces or a hyphen between two tokens, so they belong to one phrase. */
function joined(ctx: RuleContext, a: Token, b: Token): boolean {
  return /^[\s\-\u2010\u2011]*$/.test(ctx.doc.text.slice(a.end, b.start));
}

/** What the checks derive from the lexicon, once per lexicon. */
interface Derived {
  lexicon: Lexicon;
  /** Real two-word terms led by a disease adjective. */
  compounds: Set<string>;
  /** Adjectives of a disease's patients: terms.yaml and WordNet's. */
  diseaseAdjectives: Set<string>;
  /** Verbs only a person does to something. */
  agentVerbs: string;
  /** Acronym -> expansion: terms.yaml, and the initials of the lexicon's names and terms. */
  acronyms: Map<string, string>;
}

/** A medicine or treatment: a therapy name, a medicine noun, or a drug name only the medical lexicon knows. */
function isMedicine(lexicon: Lexicon, t: Token): boolean {
  if (THERAPY_WORDS.has(t.norm) || TREATMENT_NOUNS.has(t.norm)) return true;
  const flags = lexicon.wordFlags(t.norm);
  return (flags & FLAG.MEDICAL) !== 0 && (flags & FLAG.ENGLISH) === 0 && t.norm.length > 4;
}

/** The knowledge's acronyms, and those of the lexicon's expressions (made at build time,
 * src/terms/expression-index.ts) that the knowledge does not define. */
function derivedAcronyms(lexicon: Lexicon): Map<string, string> {
  const out = new Map<string, string>(Object.entries(terms.acronyms));
  for (const [acronym, text] of Object.entries(lexicon.terms.expressions?.index?.acronyms ?? {})) if (!out.has(acronym)) out.set(acronym, text);
  return out;
}

const derivedOf = new WeakMap<Lexicon, Derived>();

function derived(lexicon: Lexicon): Derived {
  let d = derivedOf.get(lexicon);
  if (!d) {
    const { lemmas, expressions } = lexicon.terms;
    d = {
      lexicon,
      compounds: new Set([...lemmas, ...terms.knownCompounds.map((c) => c.toLowerCase())]),
      diseaseAdjectives: new Set([...KNOWN_DISEASE_ADJECTIVES, ...(expressions?.diseaseAdjectives ?? [])]),
      agentVerbs: expressions?.agentVerbs ?? '',
      acronyms: derivedAcronyms(lexicon),
    };
    derivedOf.set(lexicon, d);
  }
  return d;
}

/** Fixed expressions with a word or two swapped for a synonym (src/terms/expressions.ts). */
function swapped(ctx: RuleContext, s: Sentence, report: Report, { lexicon }: Derived) {
  for (const g of garbledExpressionsIn(lexicon, ctx.doc.text, s.tokens)) {
    const source = ctx.doc.text.slice(g.start, g.end);
    report(g.start, g.end, 'garbled', { source, term: g.expression }, [g.fix], g.certain ? 'safe' : 'term');
  }
}

const CONDITION_FRAMES = new Set(terms.conditionFrames);
const CONDITIONS = new Set(Object.keys(terms.conditionSwaps));

/** A one-word condition swapped for a plain word in a medical frame ("treat low spirits"). */
function condition(ctx: RuleContext, s: Sentence, report: Report, { lexicon }: Derived) {
  for (const c of swappedConditionsIn(lexicon, ctx.doc.text, s.tokens, CONDITION_FRAMES, CONDITIONS)) {
    const source = ctx.doc.text.slice(c.start, c.end);
    report(c.start, c.end, 'condition', { source, condition: c.fix.toLowerCase() }, [c.fix], 'term');
  }
}

/** True when `phrase` spells out `expansion`: its words, or the acronym's initials. */
function namesExpansion(phraseWords: string[], acronym: string, expansion: string): boolean {
  const words = expansion.toLowerCase().split(/[\s-]+/);
  if (words.every((w) => phraseWords.includes(w))) return true;
  const initials = phraseWords.map((w) => w[0]).join('');
  return initials.endsWith(acronym.toLowerCase());
}

function acronym(ctx: RuleContext, s: Sentence, report: Report, { acronyms }: Derived) {
  const t = s.tokens;
  const text = ctx.doc.text;
  for (let i = 1; i < t.length; i++) {
    const raw = text.slice(t[i].start, t[i].end);
    const expansion = acronyms.get(raw);
    if (!expansion || text[t[i].start - 1] !== '(' || text[t[i].end] !== ')') continue;
    // The phrase before "(ACRONYM)", back to punctuation or a word that opens a phrase.
    let from = i - 1;
    while (from > 0 && i - from < 12 && !PHRASE_BOUNDARY.has(t[from - 1].norm) && joined(ctx, t[from - 1], t[from])) from--;
    if (PHRASE_BOUNDARY.has(t[from].norm)) from++;
    const words = t.slice(from, i).map((x) => x.norm);
    const content = words.filter((w) => !ARTICLES.has(w));
    // A definition-style paraphrase: several words, linked by "of", "in", "that" ...
    if (content.length < 4 || !content.some((w) => DEFINING.has(w)) || namesExpansion(words, raw, expansion)) continue;
    // Only a paraphrase of this name: it keeps at least one of its words (any inflection).
    const kept = new Set(t.slice(from, i).map((x) => x.stem));
    if (!expansion.toLowerCase().split(/[\s-]+/).some((w) => w.length > 3 && kept.has(stem(w)))) continue;
    const start = t[from].start;
    const end = t[i - 1].end;
    const source = text.slice(start, end);
    // "the agency that ... (FDA)" -> "the Food and Drug Administration": a name keeps its article.
    const fix = /^[A-Z]/.test(expansion) && t[from].norm === 'the' ? `${text.slice(t[from].start, t[from].end)} ${expansion}` : capitalLike(source, expansion);
    report(start, end, 'acronym', { source, acronym: raw, expansion }, [fix], 'term');
  }
}

/** Whether a list item sits in a list of side effects (its introduction names them). */
function inSideEffectList(ctx: RuleContext, s: Sentence): boolean {
  if (!s.block.inList) return false;
  const blocks = ctx.doc.blocks;
  let k = s.blockIndex;
  while (k >= 0 && blocks[k].inList) k--;
  if (k < 0) return false;
  const intro = ctx.doc.text.slice(blocks[k].start, blocks[k].end).toLowerCase();
  return SIDE_EFFECT_CUES.some((c) => intro.includes(c));
}

/** Token indexes that start an item of a side-effect list: a list item's first word, or in a
 * sentence naming side effects, each word after the cue that follows a comma, colon or "and". */
function sideEffectItems(ctx: RuleContext, s: Sentence): number[] {
  if (inSideEffectList(ctx, s)) return [0];
  const lower = s.text.toLowerCase();
  const cue = SIDE_EFFECT_CUES.map((c) => lower.indexOf(c) + (lower.includes(c) ? c.length : 0)).find((at) => at > 0);
  if (cue === undefined) return [];
  const cueEnd = s.start + cue;
  const items: number[] = [];
  s.tokens.forEach((tok, i) => {
    if (i === 0 || tok.start < cueEnd) return;
    const prev = s.tokens[i - 1];
    if (/[,;:]/.test(ctx.doc.text.slice(prev.end, tok.start)) || ITEM_OPENERS.has(prev.norm)) items.push(i);
  });
  return items;
}

function sideEffect(ctx: RuleContext, s: Sentence, report: Report, { lexicon, compounds, diseaseAdjectives }: Derived) {
  const t = s.tokens;
  if (!t.some((x) => diseaseAdjectives.has(x.norm))) return;
  for (const i of sideEffectItems(ctx, s)) {
    const condition = t[i + 1];
    if (!condition || !diseaseAdjectives.has(t[i].norm)) continue;
    const pair = `${t[i].norm} ${condition.norm}`;
    if (compounds.has(pair) || !(lexicon.wordFlags(condition.norm) & FLAG.MEDICAL) || !joined(ctx, t[i], condition)) continue;
    // A real term the adjective leads ("diabetic neuropathy", "epileptic seizure").
    if (expressionAround(lexicon, ctx.doc.text, t, i, t[i].stem)) continue;
    const source = ctx.doc.text.slice(t[i].start, condition.end);
    const meant = ctx.doc.text.slice(condition.start, condition.end);
    report(t[i].start, condition.end, 'side-effect', { source, adjective: t[i].norm, meant }, [capitalLike(source, meant.toLowerCase())], 'term');
  }
}

/** "eying" -> "eyed", "exploring" -> "explored", "studying" -> "studied" (known words only). */
function pastParticiple(lexicon: Lexicon, ing: string): { base: string; form: string } | undefined {
  const stem = ing.slice(0, -3);
  const bases = [stem, `${stem}e`, stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  const base = bases.find((b) => b.length > 1 && lexicon.wordFlags(b) & FLAG.ENGLISH);
  if (!base) return undefined;
  const participle = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  return lexicon.wordFlags(participle) & FLAG.ENGLISH ? { base, form: participle } : undefined;
}

function reflexive(ctx: RuleContext, s: Sentence, report: Report, { lexicon, agentVerbs }: Derived) {
  const t = s.tokens;
  for (let i = 0; i + 3 < t.length; i++) {
    if (!['is', 'are'].includes(t[i + 1].norm) || !isMedicine(lexicon, t[i])) continue;
    const verb = t[i + 2];
    if (!verb.norm.endsWith('ing') || !['itself', 'themselves'].includes(t[i + 3].norm)) continue;
    const participle = pastParticiple(lexicon, verb.norm);
    // A verb a thing can do to itself ("proving itself", "establishing itself") is English.
    if (!participle || !agentVerbs.includes(`|${participle.base}|`)) continue;
    const source = ctx.doc.text.slice(verb.start, t[i + 3].end);
    report(verb.start, t[i + 3].end, 'reflexive', { source, participle: participle.form }, [`being ${participle.form}`], 'term');
  }
}

/** "an aged (leisurely) anaesthetic": an adjective for people, then up to two modifiers, then a medicine. */
function personified(ctx: RuleContext, s: Sentence, report: Report, { lexicon }: Derived) {
  const t = s.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (!ARTICLES.has(t[i].norm) || !PEOPLE_ADJECTIVES.has(t[i + 1].norm) || !joined(ctx, t[i], t[i + 1])) continue;
    // The noun the adjective describes: the first medicine within two more words, all joined.
    let n = i + 2;
    while (n < t.length && n <= i + 4 && !isMedicine(lexicon, t[n]) && joined(ctx, t[n - 1], t[n]) && t[n].kind === 'word' && !ARTICLES.has(t[n].norm)) n++;
    if (n >= t.length || !isMedicine(lexicon, t[n]) || !joined(ctx, t[n - 1], t[n])) continue;
    // A person between ("an elderly patient's anaesthetic") is who the adjective describes.
    if (t.slice(i + 2, n).some((x) => (lexicon.wordFlags(x.norm) & FLAG.MEDICAL) === 0 && /(?:ent|ist|er|or|man|woman|adult|child|people)s?$/.test(x.norm))) continue;
    const source = ctx.doc.text.slice(t[i].start, t[n].end);
    const noun = ctx.doc.text.slice(t[n].start, t[n].end);
    const fixes = ['an established', 'an old'].map((words) => capitalLike(source, `${words} ${noun}`));
    report(t[i].start, t[n].end, 'personified', { source, adjective: t[i + 1].norm, noun }, fixes, 'term');
    i = n;
  }
}

const rule: RuleModule = {
  id: 'term-garbled',
  category: 'term',
  meta: {
    docs: { description: 'Medical terms garbled by machine paraphrase or a slip (a fixed expression with a word swapped, a condition put as a plain word, a paraphrase that no longer matches its acronym, a side effect glued to another disease, a spun reflexive or a medicine described as a person), with the real term as the fix.' },
    recommended: 'warn',
    fixable: 'safe',
    // One message per check (see the top of this file).
    messages: {
      garbled: '"{{source}}" looks like a garbled "{{term}}" (a word swapped for a synonym).',
      condition: '"{{source}}" is a plain word where the condition is meant: "{{condition}}".',
      acronym: '"{{source}}" does not match {{acronym}}: the condition is "{{expansion}}".',
      'side-effect': '"{{source}}" is not a side effect: "{{adjective}}" names another disease; "{{meant}}" is likely meant.',
      reflexive: '"{{source}}" is garbled: a treatment is "being {{participle}}", it does not do so to itself.',
      personified: '"{{source}}" is garbled: "{{adjective}}" describes people, not a medicine ("an established {{noun}}" is likely meant).',
    },
  },
  create(context) {
    const data = derived(lexiconOf(context.resources));
    const report: Report = (start, end, messageId, data, fixes, kind) =>
      context.report({ start, end, messageId, data, fixes: fixes.map((text) => ({ range: [start, end], text, title: `Replace with "${text}"`, kind })) });
    for (const s of context.doc.sentences) {
      if (context.overBudget()) return;
      swapped(context, s, report, data);
      condition(context, s, report, data);
      acronym(context, s, report, data);
      sideEffect(context, s, report, data);
      reflexive(context, s, report, data);
      personified(context, s, report, data);
    }
  },
};

export default rule;
