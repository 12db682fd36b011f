// term-garbled: a medical term mangled by machine paraphrase ("spun" text), each with the real
// term as the fix. Four conservative checks, each in its own function:
//   swapped:    a multiword medical term with one word swapped for a WordNet synonym
//               ("cerebral paralysis" -> "cerebral palsy")
//   acronym:    a paraphrase of a named condition that no longer matches its acronym
//               ("The syndrome of chronic localized pain in the extremities (CRPS)")
//   sideEffect: a disease adjective glued to a side effect in a side-effect list
//               ("Diabetic hypertension" -> "Hypertension")
//   reflexive:  a therapy that "is eying itself": a passive spun into a reflexive ("being eyed")
//   personified: a medicine described with a word for people ("an aged leisurely anaesthetic"
//               for "a long-established anesthetic")
// See docs/rules/term-garbled.md.

import type { MessageData, RuleContext, RuleModule } from '../core/rule.js';
import type { Sentence } from '../core/document.js';
import type { Token } from '../core/tokens.js';
import { FLAG, lexiconOf, type Lexicon } from '../terms/lexicon.js';
import { drugByName } from '../knowledge/drug-classes.js';
import { garbledExpressionsIn, swappedConditionsIn } from '../terms/expressions.js';
import { builtInTherapies } from '../knowledge/therapies.js';
import { termKnowledge as terms } from '../knowledge/terms.js';

const DISEASE_ADJECTIVES = new Set(terms.diseaseAdjectives);
const PEOPLE_ADJECTIVES = new Set(terms.peopleAdjectives);
const DRUG_NOUNS = new Set(terms.drugNouns);
const SIDE_EFFECT_CUES = terms.sideEffectCues.map((c) => c.toLowerCase());
/** Words that open the phrase an acronym names ("patients with ... (PTSD)"). */
const PHRASE_BOUNDARY = new Set(['with', 'for', 'including', 'include', 'includes', 'like', 'as', 'from', 'called', 'named', 'such', 'especially', 'and', 'or', 'treat', 'treats', 'treating', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'than']);
const ARTICLES = new Set(['a', 'an', 'the']);
const DEFINING = new Set(['of', 'in', 'that', 'which', 'affecting', 'caused', 'where', 'after', 'following']);
/** Words after which a new item of an inline list starts. */
const ITEM_OPENERS = new Set(['and', 'or', 'include', 'includes', 'including', 'are', 'as', 'like']);
const THERAPY_WORDS = new Set([...drugByName.keys(), ...builtInTherapies.flatMap((t) => t.names.map((n) => n.toLowerCase()))]);

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
}

const derivedOf = new WeakMap<Lexicon, Derived>();

function derived(lexicon: Lexicon): Derived {
  let d = derivedOf.get(lexicon);
  if (!d) {
    const { lemmas } = lexicon.terms;
    d = { lexicon, compounds: new Set([...lemmas, ...terms.knownCompounds.map((c) => c.toLowerCase())]) };
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

function acronym(ctx: RuleContext, s: Sentence, report: Report) {
  const t = s.tokens;
  const text = ctx.doc.text;
  for (let i = 1; i < t.length; i++) {
    const raw = text.slice(t[i].start, t[i].end);
    const expansion = terms.acronyms[raw];
    if (!expansion || text[t[i].start - 1] !== '(' || text[t[i].end] !== ')') continue;
    // The phrase before "(ACRONYM)", back to punctuation or a word that opens a phrase.
    let from = i - 1;
    while (from > 0 && i - from < 12 && !PHRASE_BOUNDARY.has(t[from - 1].norm) && joined(ctx, t[from - 1], t[from])) from--;
    if (PHRASE_BOUNDARY.has(t[from].norm)) from++;
    const words = t.slice(from, i).map((x) => x.norm);
    const content = words.filter((w) => !ARTICLES.has(w));
    // A definition-style paraphrase: several words, linked by "of", "in", "that" ...
    if (content.length < 4 || !content.some((w) => DEFINING.has(w)) || namesExpansion(words, raw, expansion)) continue;
    // Only a paraphrase of this condition: it keeps at least one of the name's words.
    if (!expansion.toLowerCase().split(/[\s-]+/).some((w) => w.length > 3 && content.includes(w))) continue;
    const start = t[from].start;
    const end = t[i - 1].end;
    const source = text.slice(start, end);
    report(start, end, 'acronym', { source, acronym: raw, expansion }, [capitalLike(source, expansion)], 'term');
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

function sideEffect(ctx: RuleContext, s: Sentence, report: Report, { lexicon, compounds }: Derived) {
  const t = s.tokens;
  if (!t.some((x) => DISEASE_ADJECTIVES.has(x.norm))) return;
  for (const i of sideEffectItems(ctx, s)) {
    const condition = t[i + 1];
    if (!condition || !DISEASE_ADJECTIVES.has(t[i].norm)) continue;
    const pair = `${t[i].norm} ${condition.norm}`;
    if (compounds.has(pair) || !(lexicon.wordFlags(condition.norm) & FLAG.MEDICAL) || !joined(ctx, t[i], condition)) continue;
    const source = ctx.doc.text.slice(t[i].start, condition.end);
    const meant = ctx.doc.text.slice(condition.start, condition.end);
    report(t[i].start, condition.end, 'side-effect', { source, adjective: t[i].norm, meant }, [capitalLike(source, meant.toLowerCase())], 'term');
  }
}

/** "eying" -> "eyed", "exploring" -> "explored", "studying" -> "studied" (known words only). */
function pastParticiple(lexicon: Lexicon, ing: string): string | undefined {
  const stem = ing.slice(0, -3);
  const bases = [stem, `${stem}e`, stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  const base = bases.find((b) => b.length > 1 && lexicon.wordFlags(b) & FLAG.ENGLISH);
  if (!base) return undefined;
  const participle = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  return lexicon.wordFlags(participle) & FLAG.ENGLISH ? participle : undefined;
}

function reflexive(ctx: RuleContext, s: Sentence, report: Report, { lexicon }: Derived) {
  const t = s.tokens;
  for (let i = 0; i + 3 < t.length; i++) {
    if (!THERAPY_WORDS.has(t[i].norm) || !['is', 'are'].includes(t[i + 1].norm)) continue;
    const verb = t[i + 2];
    if (!verb.norm.endsWith('ing') || !['itself', 'themselves'].includes(t[i + 3].norm)) continue;
    const participle = pastParticiple(lexicon, verb.norm);
    if (!participle) continue;
    const source = ctx.doc.text.slice(verb.start, t[i + 3].end);
    report(verb.start, t[i + 3].end, 'reflexive', { source, participle }, [`being ${participle}`], 'term');
  }
}

/** "an aged (leisurely) anaesthetic": an adjective for people, then at most one -ly word, then a medicine. */
function personified(ctx: RuleContext, s: Sentence, report: Report) {
  const t = s.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (!ARTICLES.has(t[i].norm) || !PEOPLE_ADJECTIVES.has(t[i + 1].norm)) continue;
    let n = i + 2;
    if (n + 1 < t.length && t[n].norm.endsWith('ly') && !DRUG_NOUNS.has(t[n].norm)) n++;
    if (!DRUG_NOUNS.has(t[n].norm) || !joined(ctx, t[i], t[i + 1]) || !joined(ctx, t[n - 1], t[n])) continue;
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
    docs: { description: 'Medical terms garbled by machine paraphrase (a word swapped for a synonym, a paraphrase that no longer matches its acronym, a side effect glued to another disease), with the real term as the fix.' },
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
      acronym(context, s, report);
      sideEffect(context, s, report, data);
      reflexive(context, s, report, data);
      personified(context, s, report);
    }
  },
};

export default rule;
