// Generated misspellings of real medical terms (fixed seed): every kind of slip a writer makes,
// short terms included. Recall must stay above 0.97 with the intended term ranked first, and no
// correctly spelled term may be flagged.

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isKnown, misspelledTerm } from '../../src/terms/spelling.js';
import { lexiconOf } from '../../src/terms/lexicon.js';
import { builtInResources } from '../../src/node/index.js';
import { prng } from './prng.js';

const lexicon = lexiconOf(builtInResources());

export const TERMS = [
  // drugs and brands
  'ketamine', 'esketamine', 'psilocybin', 'ondansetron', 'midazolam', 'lorazepam', 'sertraline', 'fluoxetine',
  'escitalopram', 'bupropion', 'venlafaxine', 'duloxetine', 'mirtazapine', 'lamotrigine', 'quetiapine',
  'aripiprazole', 'gabapentin', 'pregabalin', 'naltrexone', 'buprenorphine', 'methadone', 'naloxone',
  'vortioxetine', 'ibuprofen', 'acetaminophen', 'paracetamol', 'morphine', 'fentanyl', 'oxycodone',
  'clonidine', 'propofol', 'benzodiazepine', 'antidepressant', 'analgesic', 'anesthetic', 'anaesthetic',
  // conditions and symptoms
  'fibromyalgia', 'neuropathy', 'neuropathic', 'migraine', 'hypertension', 'hypotension', 'tachycardia',
  'schizophrenia', 'psychosis', 'dissociation', 'hallucination', 'depression', 'anxiety', 'insomnia',
  'nausea', 'vomiting', 'dizziness', 'diarrhea', 'constipation', 'seizure', 'epilepsy', 'arthritis',
  'osteoarthritis', 'rheumatoid', 'diabetes', 'asthma', 'anemia', 'sepsis', 'angina', 'cystitis',
  'delirium', 'dementia', 'glaucoma', 'psoriasis', 'eczema', 'sciatica', 'tinnitus', 'vertigo',
  'anhedonia', 'allodynia', 'hyperalgesia', 'neuralgia', 'myocardial', 'arrhythmia', 'pneumonia',
  // anatomy, procedures and mechanisms
  'cerebral', 'spinal', 'vertebra', 'hippocampus', 'prefrontal', 'amygdala', 'synapse', 'neuron',
  'receptor', 'glutamate', 'serotonin', 'dopamine', 'intravenous', 'intranasal', 'intramuscular',
  'infusion', 'injection', 'anesthesia', 'sedation', 'psychotherapy', 'psychiatrist', 'neurologist',
  'subanesthetic', 'glutamatergic', 'serotonergic', 'neuroplasticity', 'electroconvulsive', 'transcranial',
  'contraindication', 'pharmacokinetics', 'metabolism', 'placebo', 'cardiovascular', 'gastrointestinal',
];

/** Terms that are correctly spelled and must never be flagged. */
export const HARD_TERMS = [
  'esketamine', 'paediatric', 'vortioxetine', 'methyl', 'aspartate', 'ondansetron', 'fibromyalgia',
  'glutamatergic', 'subanaesthetic', 'haemorrhage', 'oesophagus', 'anaesthetist', 'dysphoria', 'Spravato',
  'psilocybin', 'dextromethorphan', 'hydroxynorketamine', 'norketamine', 'brexanolone', 'zuranolone',
];


const NEIGHBOURS: Record<string, string> = {
  a: 'qsz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k',
  m: 'n', n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};
const PHONETIC: [string, string][] = [['ph', 'f'], ['c', 'k'], ['ce', 'se'], ['y', 'i'], ['x', 'ks'], ['qu', 'kw'], ['s', 'z']];
type Slip = (w: string, r: () => number) => string | undefined;
const at = (w: string, r: () => number, from = 1) => from + Math.floor(r() * (w.length - from - 1));
const SLIPS: Record<string, Slip> = {
  dropped: (w, r) => { const i = at(w, r); return w.slice(0, i) + w.slice(i + 1); },
  doubled: (w, r) => { const i = at(w, r); return w.slice(0, i) + w[i] + w.slice(i); },
  swapped: (w, r) => { const i = at(w, r); return w[i] === w[i + 1] ? undefined : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); },
  vowel: (w, r) => {
    const spots = [...w].map((c, i) => (i > 0 && 'aeiou'.includes(c) ? i : -1)).filter((i) => i > 0);
    if (!spots.length) return undefined;
    const i = spots[Math.floor(r() * spots.length)];
    const others = 'aeiou'.replace(w[i], '');
    return w.slice(0, i) + others[Math.floor(r() * others.length)] + w.slice(i + 1);
  },
  phonetic: (w) => { const p = PHONETIC.find(([a], k) => k >= 0 && w.indexOf(a, 1) > 0); return p ? w.replace(new RegExp(`(?<=.)${p[0]}`), p[1]) : undefined; },
  neighbour: (w, r) => { const i = at(w, r); const n = NEIGHBOURS[w[i]]; return n ? w.slice(0, i) + n[Math.floor(r() * n.length)] + w.slice(i + 1) : undefined; },
};

export function generatedMisspellings(seed = 42): { term: string; kind: string; typo: string }[] {
  const r = prng(seed);
  const out: { term: string; kind: string; typo: string }[] = [];
  const none = new Set<string>();
  for (const term of TERMS) {
    for (const [kind, slip] of Object.entries(SLIPS)) {
      const typo = slip(term, r);
      // A slip that makes another real word is undetectable by spelling: leave it out.
      if (!typo || typo === term || isKnown(lexicon, typo, none)) continue;
      out.push({ term, kind, typo });
    }
  }
  return out;
}

it('generated misspellings: recall > 0.97 with the intended term first', () => {
  const cases = generatedMisspellings();
  const missed = cases.filter((c) => misspelledTerm(lexicon, c.typo, { accepted: new Set(), sentenceInitial: false })?.[0]?.word !== c.term);
  const recall = 1 - missed.length / cases.length;
  console.log(`generated misspellings: ${cases.length}, recall ${recall.toFixed(3)}; missed: ${missed.map((m) => `${m.typo}->${m.term}(${m.kind})`).join(' ')}`);
  assert.ok(cases.length >= 300, `only ${cases.length} cases`);
  assert.ok(recall > 0.97, `recall ${recall}`);
});

it('correctly spelled terms are never flagged', () => {
  const correct = [...new Set([...TERMS, ...HARD_TERMS])];
  const flagged = correct.filter((t) => misspelledTerm(lexicon, t, { accepted: new Set(), sentenceInitial: false }));
  console.log(`correctly spelled terms: ${correct.length}, flagged: ${flagged.length}`);
  assert.deepEqual(flagged, []);
});
