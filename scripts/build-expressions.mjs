// The expression lexicon for term-garbled, computed at build time (called by build-lexicon.mjs,
// which writes it into dist/lexicon.json):
//   expressions  fixed medical expressions, each with its source and a count: WordNet's multiword
//                nouns in the medical domains (count: SemCor sense tag count), the curated
//                `expressions` of terms.yaml, drug classes and acronym expansions
//   substitutes  for each word of an expression, the words a spinner may put in its place:
//                WordNet synonyms (synset mates, similar-to, derivations, also-see, participles,
//                pertainyms), then hypernyms and hyponyms as weaker ones, and the spinner
//                renderings of terms.yaml
//   inUse        phrases that are words in their own right (every WordNet multiword lemma, terms.yaml
//                realPhrases, the expressions themselves) and look like a swap of an expression:
//                never flagged ("several lesions", "multiple myeloma")
//   conditions   plain words a spinner puts for a one-word condition ("nervousness" for "anxiety"),
//                flagged only in a medical frame
import { createRequire } from 'node:module';
import { loadWordnet, LEX } from './wordnet.mjs';

/** MyThes (LibreOffice's English thesaurus, the `thesaurus` package): word -> every synonym and
 * broader term of every sense, merged. A spinner's thesaurus: a swap from it is a spinner's. */
function loadThesaurus() {
  try {
    return createRequire(import.meta.url)('thesaurus');
  } catch {
    return { find: () => [] };
  }
}

/** Source bits of an expression (also in src/terms/expressions.ts). */
export const SOURCE = { WORDNET: 1, KNOWLEDGE: 2, DRUG_CLASSES: 4, ACRONYMS: 8, THERAPIES: 16 };

/** Hypernym roots that make a synset medical (with noun.body, and a medical domain pointer). */
const MEDICAL_ROOTS = [
  'disease', 'illness', 'disorder', 'symptom', 'pathology', 'injury', 'syndrome', 'pain', 'drug', 'medicine',
  'medical_procedure', 'medical_care', 'health_professional', 'medical_institution', 'bodily_process',
  'hormone', 'neurotransmitter', 'body_substance', 'medical_diagnosis', 'medical_test', 'medical_science',
];
/** Domains (;c pointers) whose terms are medical. */
const MEDICAL_DOMAINS = ['medicine', 'medical_science', 'pharmacology', 'psychiatry', 'pathology', 'surgery', 'physiology', 'neurology', 'cardiology', 'anatomy', 'immunology', 'oncology', 'obstetrics', 'dentistry', 'radiology', 'psychology'];
/** Domains whose pointer marks a whole field, not only its clinical terms (see nearBroad). */
const BROAD_DOMAINS = ['psychology'];
/** Function words: never an anchor, never a substitute. */
export const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'to', 'be', 'is', 'it', 'one', 'i', 'for', 'by', 'at', 'as', 'with', 'from', 'no', 'not', 'all', 'up', 'out', 'off', 'do', 'get', 'go', 'have', 'make', 'take', 'set', 'put']);
const WORD = /^[a-z][a-z0-9']*$/;

/** Spelling variants ("leukemia" - "leukaemia") are not swaps: same letters but for two at most. */
export function closeSpelling(a, b) {
  if (Math.abs(a.length - b.length) > 2) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 2 && b.length - i - j <= 2;
}

/** Lower-case words of a phrase, split at spaces and hyphens ("post-traumatic" -> post traumatic). */
export const wordsOf = (phrase) => phrase.toLowerCase().replace(/[\u2019]/g, "'").split(/[\s\-\u2010\u2011/]+/).filter(Boolean);

/**
 * @param {object} input
 * @param {object} input.terms        src/knowledge/terms.yaml
 * @param {object} input.drugClasses  src/knowledge/drug-classes.yaml
 * @param {object} input.therapies    src/knowledge/therapies.yaml
 * @param {Set<string>} input.medicalOnly  medical words that are not everyday English
 * @param {Set<string>} [input.medical]    every word of the medical word list
 */
export function buildExpressions({ terms, drugClasses, therapies, medicalOnly, medical = new Set() }) {
  const wn = loadWordnet();
  const { synsets, byWord, tagCount } = wn;

  const medicalCache = new Map();
  const rootIds = new Set(MEDICAL_ROOTS.flatMap((w) => (byWord.get(w) ?? []).filter((id) => id.startsWith('n:'))));
  const domainIds = new Set(MEDICAL_DOMAINS.filter((d) => !BROAD_DOMAINS.includes(d)).flatMap((w) => byWord.get(w) ?? []));
  const broadIds = new Set(BROAD_DOMAINS.flatMap((w) => byWord.get(w) ?? []));
  const hypernyms = (s) => s.pointers.filter((p) => p.symbol === '@' || p.symbol === '@i').map((p) => synsets.get(p.target)).filter(Boolean);
  const inDomain = (s, ids) => s.pointers.some((p) => p.symbol === ';c' && ids.has(p.target));
  /** Under a medical root, a body part or a clinical domain, at any depth (not through food:
   * "yogurt" is no medicine). */
  const underRoot = (id, depth = 0) => {
    if (medicalCache.has(id)) return medicalCache.get(id);
    medicalCache.set(id, false);
    const s = synsets.get(id);
    const yes = !!s && depth < 14 && s.lex !== LEX.food && ((s.pos === 'n' && s.lex === LEX.body) || rootIds.has(id) || inDomain(s, domainIds) || hypernyms(s).some((h) => underRoot(h.id, depth + 1)));
    medicalCache.set(id, yes);
    return yes;
  };
  /** Under a synset a broad domain marks: a mark on a state marks all its kinds ("paranoid
   * schizophrenia", "retrograde amnesia" are psychological states); a mark on a process or a field
   * of thought only its near ones (psychology marks "cognitive process", and "possible action" or
   * "theory of relativity" is no medical term). */
  const nearBroad = (s, levels, depth = 0) =>
    depth < 14 && s.lex !== LEX.food && (inDomain(s, broadIds) ? s.lex === LEX.state || depth <= levels : hypernyms(s).some((h) => nearBroad(h, levels, depth + 1)));
  /** Medical by a clinical root or domain, or by a broad domain nearby (`levels` below its mark). */
  const isMedical = (id, levels = 2) => {
    const s = synsets.get(id);
    return !!s && s.lex !== LEX.food && (underRoot(id) || nearBroad(s, levels));
  };
  /** Medical anywhere under a broad domain too: the words of such a synset count ("amnesia"), its
   * expressions only with a clinical word of their own ("retrograde amnesia", not "possible action"). */
  const medicalAnywhere = (id) => isMedical(id, 14);

  /** expression key (words joined by spaces) -> { text, source, count } */
  const expressions = new Map();
  const add = (text, source, count = 0) => {
    const words = wordsOf(text);
    if (words.length < 2 || words.length > 5 || !words.every((w) => WORD.test(w) || /^\d+$/.test(w))) return;
    const key = words.join(' ');
    const e = expressions.get(key);
    if (e) {
      e.source |= source;
      e.count += count;
      // Curated spellings keep their capitals and hyphens ("Food and Drug Administration").
      if (source !== SOURCE.WORDNET && e.source === source) e.text = text;
      else if (source === SOURCE.KNOWLEDGE) e.text = text;
    } else expressions.set(key, { text, source, count });
  };

  // One-word names of disorders, symptoms, body parts and medicines, and the medical-only words:
  // a WordNet expression must hold one ("blood pressure"), or it is an idiom of a medical sense
  // ("the runs", "pain in the neck" the nuisance) or everyday words in a medical synset.
  const medicalWords = new Set(medicalOnly);
  /** The same from synsets medical by a clinical root or domain only. */
  const clinicalWords = new Set(medicalOnly);
  for (const s of synsets.values()) {
    if (s.pos !== 'n' || !medicalAnywhere(s.id)) continue;
    const clinicalSynset = isMedical(s.id);
    for (const w of s.words) if (!w.includes('_') && used0(w, s)) (medicalWords.add(w), clinicalSynset && clinicalWords.add(w));
  }
  function used0(word, synset) {
    return (tagCount.get(`${word} ${synset.id}`) ?? 0) > 0;
  }
  const clinical = (phrase) => {
    const words = wordsOf(phrase);
    if (STOP.has(words[0]) || STOP.has(words[words.length - 1]) || words.includes('the')) return false;
    return words.some((w) => medicalWords.has(w) || medical.has(w));
  };

  /**
   * The same concept in a writer's other words, which a swap must not flag (issue 14: a spinner
   * swaps in a word of another sense; a writer a synonym of the same one): this name with its
   * modifiers put back as modifiers of the synset's other names that are their synonyms.
   * {hereditary condition, inherited disease, ...} make "inherited condition" a name of the same
   * thing; {cerebral palsy, spastic paralysis} do not make "cerebral paralysis" one ("cerebral" is
   * no synonym of "spastic", and the head is never taken from another name).
   */
  const sameSynset = (a, b) => (byWord.get(a) ?? []).some((id) => (byWord.get(b) ?? []).includes(id));
  const writersVariants = (s, words) => {
    const n = words.length;
    const slots = words.map((w) => new Set([w]));
    for (const o of s.words) {
      const ws = wordsOf(o.replace(/_/g, ' '));
      if (ws.length === n) for (let i = 0; i < n - 1; i++) if (sameSynset(ws[i], words[i])) slots[i].add(ws[i]);
    }
    if (slots.reduce((p, x) => p * x.size, 1) > 64) return [];
    let combos = [[]];
    for (const slot of slots) combos = combos.flatMap((c) => [...slot].map((x) => [...c, x]));
    return combos.map((c) => c.join(' '));
  };

  // WordNet: multiword nouns of medical synsets, with their sense tag counts.
  const inUse = new Set();
  for (const s of synsets.values()) {
    for (const w of s.words) {
      if (!w.includes('_')) continue;
      const phrase = w.replace(/_/g, ' ');
      inUse.add(wordsOf(phrase).join(' '));
      // The head put back as a one-word synonym of the whole expression names the same thing:
      // "muscle cramp" is "muscle spasm", a writer's phrase, not a spinner's.
      const words = wordsOf(phrase);
      for (const o of s.words) if (!o.includes('_') && o !== words[words.length - 1]) inUse.add([...words.slice(0, -1), o].join(' '));
      for (const variant of writersVariants(s, words)) inUse.add(variant);
      if (s.pos === 'n' && (isMedical(s.id) ? clinical(phrase) : medicalAnywhere(s.id) && words.some((x) => clinicalWords.has(x)))) add(phrase, SOURCE.WORDNET, tagCount.get(`${w} ${s.id}`) ?? 0);
    }
  }
  for (const group of Object.values(terms.expressions ?? {})) for (const text of group.list ?? []) add(String(text), SOURCE.KNOWLEDGE);
  for (const d of Object.values(drugClasses.drugs ?? {})) for (const c of d.classes ?? []) add(c, SOURCE.DRUG_CLASSES);
  for (const expansion of Object.values(terms.acronyms ?? {})) add(expansion, SOURCE.ACRONYMS);
  for (const t of therapies.therapies ?? []) for (const n of t.names ?? []) if (/\s/.test(n) && !/[+']/.test(n)) add(n, SOURCE.THERAPIES);
  const realPhrases = (terms.realPhrases ?? []).map((p) => wordsOf(p).join(' '));

  /** The WordNet lemma of an inflected word ("stones" -> "stone"). */
  const baseForm = (w) => {
    if (byWord.has(w)) return w;
    for (const [end, to] of [['ies', 'y'], ['es', ''], ['s', '']]) if (w.endsWith(end) && byWord.has(w.slice(0, -end.length) + to)) return w.slice(0, -end.length) + to;
    return w;
  };

  // Substitutes of every word of an expression, by its role: the head noun (the last word, often the
  // only word) takes noun synonyms only, a modifier takes noun, adjective and adverb ones.
  // A spinner keeps the part of speech; a verb for a noun is a writer's own phrase ("mood drops").
  const plain = new Set(terms.plainSynonyms ?? []);
  const renderings = terms.renderings ?? {};
  const used = (word, synset) => (tagCount.get(`${word} ${synset.id}`) ?? 0) > 0;
  /** How often a word was tagged in SemCor, all senses. */
  const frequency = (w) => (byWord.get(w) ?? []).reduce((n, id) => n + (tagCount.get(`${w} ${id}`) ?? 0), 0);
  const usable = (w, sub) => {
    const subWords = sub.split(' ');
    if (subWords.length > 3 || !subWords.every((x) => /^[a-z]+$/.test(x))) return false;
    if (subWords.length === 1 && (STOP.has(sub) || sub.length < 3)) return false;
    if (sub === w || sub.startsWith(w) || w.startsWith(sub) || closeSpelling(w, sub)) return false;
    // A swap to another medical word makes another real term, not a spinner's phrase.
    return !(medicalOnly.has(sub) || plain.has(sub));
  };
  const thesaurus = loadThesaurus();
  const roles = new Map();
  for (const key of expressions.keys()) {
    const words = key.split(' ');
    words.forEach((w, i) => {
      if (STOP.has(w) || !/^[a-z]+$/.test(w)) return;
      const role = i === words.length - 1 ? 'h' : 'm';
      roles.set(`${role}:${w}`, [role, w]);
    });
  }
  const strong = {};
  const weak = {};
  for (const [key, [role, surface]] of roles) {
    const w = baseForm(surface);
    const s1 = new Set();
    const s2 = new Set();
    /** Hypernyms and hyponyms: the only weak relation a two-word expression may take. */
    const vertical = new Set();
    const ids = (byWord.get(w) ?? []).filter((id) => (role === 'h' ? id.startsWith('n:') : !id.startsWith('v:')));
    for (const id of ids) {
      const s = synsets.get(id);
      for (const o of s.words) s1.add(o);
      for (const p of s.pointers) {
        const target = synsets.get(p.target);
        if (!target || (role === 'h' ? target.pos !== 'n' : target.pos === 'v')) continue;
        // Lexical pointers relate one word of each synset; semantic ones the whole synset.
        const lexical = p.source !== 0;
        if (lexical && s.words[p.source - 1] !== w) continue;
        const targets = lexical ? [target.words[p.dest - 1]] : target.words;
        if (['&', '^', '<', '$'].includes(p.symbol)) targets.forEach((o) => s1.add(o));
        // Derivations ("muscular" for "muscle") and pertainyms often make a real phrase: weak.
        else if (p.symbol === '+' || p.symbol === '\\') targets.forEach((o) => s2.add(o));
        // Hypernyms and hyponyms only between senses in use (tagged in SemCor): the rest is noise
        // ("cancer" the star sign is a "person").
        else if (['@', '~'].includes(p.symbol) && s.pos !== 'a' && used(w, s)) targets.filter((o) => used(o, target)).forEach((o) => (s2.add(o), vertical.add(o)));
        // Antonyms: a spinner's "extensive care unit" for "intensive care unit".
        else if (p.symbol === '!') targets.forEach((o) => s2.add(o));
        // Sisters (co-hyponyms of a small class, senses in use): "psychotic occasion" for "episode".
        if (p.symbol === '@' && used(w, s)) {
          const sisters = target.pointers.filter((q) => q.symbol === '~');
          if (sisters.length <= 40) for (const q of sisters) for (const o of synsets.get(q.target)?.words ?? []) if (used(o, synsets.get(q.target))) s2.add(o);
        }
      }
    }
    // A spinner swaps a word for a rarer one; a word much commoner than the original is a writer's
    // own choice ("usual migraine" is no "chronic migraine"): weak.
    const base = frequency(w);
    const one = [];
    for (const o of [...s1].map((x) => x.replace(/_/g, ' '))) {
      if (!usable(w, o)) continue;
      // A writer names a plain thing medically ("pass urine" for "passing water"); a spinner does not.
      if (medicalWords.has(o) && !medicalWords.has(w)) continue;
      if (frequency(o.replace(/ /g, '_')) <= 2 * base + 10) one.push(o);
      else s2.add(o);
    }
    // MyThes: a spinner's own kind of list. Its entries merge senses and parts of speech, so a swap
    // from it is often nonsense in English ("bipolar perturb"). Marked "^": it counts only as
    // written (a spinner puts the entry itself; "altered perception" is no "alter" for "touch").
    // An everyday adjective for an adjective keeps the sense ("prolonged pain"): a writer's phrase.
    const mythesWeak = new Set();
    const adjectiveOnly = (x) => (byWord.get(x) ?? []).length > 0 && (byWord.get(x) ?? []).every((id) => id[0] === 'a' || id[0] === 's');
    for (const o of new Set([...thesaurus.find(surface), ...thesaurus.find(w)])) {
      const sub = o.toLowerCase();
      if (sub !== o || one.includes(sub) || s2.has(sub) || s2.has(sub.replace(/ /g, '_')) || !usable(w, sub)) continue;
      if (medicalWords.has(sub) && !medicalWords.has(w)) continue;
      const f = frequency(sub.replace(/ /g, '_'));
      if (adjectiveOnly(w) && adjectiveOnly(sub) && f > 2) continue;
      if (f <= 2 * base + 10) one.push(`^${sub}`);
      else mythesWeak.add(`^${sub}`);
    }
    const two = [...s2].map((o) => o.replace(/_/g, ' ')).filter((o) => o.startsWith('^') || (usable(w, o) && !one.includes(o) && !(medicalWords.has(o) && !medicalWords.has(w))));
    for (const r of renderings[surface] ?? renderings[w] ?? []) if (!one.includes(r)) one.push(r);
    if (one.length) strong[key] = one;
    // Hypernyms and hyponyms a spinner would pick (rarer than the word) are marked with a "~".
    const marked = [...two.map((o) => (vertical.has(o.replace(/ /g, '_')) && frequency(o.replace(/ /g, '_')) <= base ? `~${o}` : o)), ...[...mythesWeak].map((o) => `~${o}`)];
    if (marked.length) weak[key] = marked;
  }

  // Phrases of real English that share a frame with an expression: WordNet's glosses and examples
  // are a corpus of edited text, and a phrase written there is in use ("quality of being").
  for (const s of synsets.values()) {
    for (const sentence of s.gloss.toLowerCase().split(/[;:"()!?,.]+/)) {
      const words = sentence.split(/[\s\-]+/).filter((x) => /^[a-z']+$/.test(x));
      for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= words.length; i++) inUse.add(words.slice(i, i + n).join(' '));
    }
  }

  // The project's own safety texts (therapies.yaml) are edited English too, and what the linter
  // inserts must never be flagged: "mood changes such as irritability".
  const texts = [];
  const collect = (v) => (typeof v === 'string' ? texts.push(v) : v && typeof v === 'object' ? Object.values(v).forEach(collect) : undefined);
  collect(therapies);
  const ownPhrases = new Set();
  for (const text of texts) {
    for (const sentence of text.toLowerCase().split(/[;:"()!?,.]+/)) {
      const words = sentence.split(/[\s\-]+/).filter((x) => /^[a-z']+$/.test(x));
      for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= words.length; i++) ownPhrases.add(words.slice(i, i + n).join(' '));
    }
  }

  // Guard phrases that the detector would otherwise take for a swap: all words but one as in an
  // expression, and that one a substitute of the expression's word (or any word, in a name). The
  // rest can never matter and stay out of the lexicon.
  const substituteWords = (role, word) => {
    const out = new Set();
    for (const table of [strong, weak]) for (const sub of table[`${role}:${word}`] ?? []) out.add(sub.replace(/^~?\^?/, ''));
    return out;
  };
  const frames = new Map();
  for (const [key, e] of expressions) {
    const words = key.split(' ');
    const name = /[A-Z].*\s.*[A-Z]/.test(e.text);
    words.forEach((w, i) => {
      const frame = words.map((x, j) => (j === i ? '*' : x)).join(' ');
      const subs = name ? null : substituteWords(i === words.length - 1 ? 'h' : 'm', w);
      const had = frames.get(frame);
      if (had === null || subs === null) frames.set(frame, null);
      else frames.set(frame, had ? new Set([...had, ...subs]) : subs);
    });
  }
  const singularOf = (w) => baseForm(w);
  // The project's own phrases guard any frame they share with an expression, whatever the swap.
  const sharesFrame = (p) => p.split(' ').some((_, i, words) => frames.has(words.map((x, j) => (j === i ? '*' : x)).join(' ')));
  const guards = [...new Set([...realPhrases, ...[...ownPhrases].filter((p) => !expressions.has(p) && sharesFrame(p)), ...[...inUse].filter((p) => {
    if (expressions.has(p)) return false;
    const words = p.split(' ');
    return words.some((w, i) => {
      const frame = words.map((x, j) => (j === i ? '*' : x)).join(' ');
      if (!frames.has(frame)) return false;
      const subs = frames.get(frame);
      // (Substitutes may carry a mark: "~" weaker, "^" matched only as written.)
      const bare = (x) => x.replace(/^[~^]+/, '');
      return subs === null || [...subs].some((x) => bare(x) === w || bare(x) === singularOf(w) || bare(x).split(' ').includes(w));
    });
  })])];

  // One-word conditions and the plain words a spinner puts for them (terms.yaml conditionSwaps:
  // WordNet's own synset neighbours were too noisy to take whole, see there).
  const conditions = {};
  for (const [condition, plainWords] of Object.entries(terms.conditionSwaps ?? {})) for (const o of plainWords) conditions[o] ??= condition;

  // Whole-expression renderings ("circulatory strain" for "blood pressure").
  const phrases = {};
  for (const [expression, list] of Object.entries(terms.expressionRenderings ?? {})) {
    if (!expressions.has(wordsOf(expression).join(' '))) add(expression, SOURCE.KNOWLEDGE);
    phrases[expression] = list;
  }
  // Parts of speech of the confusable words (n, v, a, r), for the frames that tell them apart.
  const pos = {};
  for (const { words } of terms.confusions ?? []) {
    for (const w of words) {
      // Senses in use (tagged in SemCor) when there are any: "heel" the verb is too rare to count.
      const ids = byWord.get(baseForm(w)) ?? [];
      const tagged = ids.filter((id) => (tagCount.get(`${baseForm(w)} ${id}`) ?? 0) > 0);
      pos[w] = [...new Set((tagged.length ? tagged : ids).map((id) => id[0]))].sort().join('');
    }
  }

  // Verbs only a person does to something (no WordNet frame has a thing as subject: "eye",
  // "explore", "study"): a medicine "is eying itself" is a passive spun into a reflexive.
  const THING_FRAMES = new Set([1, 3, 4, 5, 6, 10, 11, 12, 34, 35]);
  const agentVerbs = [];
  for (const [w, ids] of byWord) {
    if (!/^[a-z]{3,}$/.test(w)) continue;
    const verbs = ids.filter((id) => id.startsWith('v:')).map((id) => synsets.get(id));
    if (!verbs.length || verbs.some((v) => v.frames.some((f) => THING_FRAMES.has(f))) || !verbs.some((v) => v.frames.includes(8))) continue;
    agentVerbs.push(w);
  }
  // Adjectives of a disease that also name its patient ("diabetic", "asthmatic", "epileptic": a
  // pertainym of a disorder that is a noun for a person too). "Congestive" or "symptomatic" lead
  // real terms and are left out.
  const isPerson = (w) => (byWord.get(w) ?? []).some((id) => id.startsWith('n:') && synsets.get(id).lex === LEX.person);
  const diseaseAdjectives = [];
  for (const syn of synsets.values()) {
    if (syn.pos !== 'a') continue;
    syn.pointers.forEach((p) => {
      if (p.symbol !== '\\') return;
      const target = synsets.get(p.target);
      if (target?.pos === 'n' && target.lex === LEX.state && medicalAnywhere(target.id)) {
        const w = syn.words[p.source - 1];
        if (w && /^[a-z]+$/.test(w) && isPerson(w)) diseaseAdjectives.push(w);
      }
    });
  }

  // One string per word ("a|b|~c"): far less to hold in memory than arrays of strings.
  const joinAll = (table) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.join('|')]));
  const list = [...expressions.values()].sort((a, b) => (a.text < b.text ? -1 : 1));
  return {
    pos,
    agentVerbs: `|${agentVerbs.sort().join('|')}|`,
    diseaseAdjectives: [...new Set(diseaseAdjectives)].sort(),
    expressions: { text: list.map((e) => e.text), source: list.map((e) => e.source), count: list.map((e) => e.count) },
    substitutes: { strong: joinAll(strong), weak: joinAll(weak), phrases },
    inUse: guards.sort(),
    conditions,
  };
}
