// Generated spun-term probe: 100 fixed medical expressions, each with a word (or two) swapped for
// a thesaurus synonym chosen by a fixed seed, put into neutral sentences, and the same 100
// expressions written correctly in other neutral sentences. Reports recall, precision and the
// correction rate of the term findings.
//
// The swaps come from the `thesaurus` package (MyThes, LibreOffice's English thesaurus), not from
// the detector's own data. Both thesaurus packages were evaluated: `synonyms` holds WordNet synsets
// cut short, so every one of its pairs is a WordNet pair and a probe from it would only test the
// detector against itself; MyThes was generated from WordNet too, but each entry also lists
// broader terms and every sense merged, so part of its pairs are outside the detector's relation.
// The test prints how many swaps the detector's substitute table holds (the circular part) and
// the recall on the rest.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { it } from 'node:test';
import { builtInResources, lint, resolveConfig } from '../../src/node/index.js';
import { lexiconOf } from '../../src/terms/lexicon.js';
import { stemsOf } from '../../src/terms/expression-index.js';
import { prng } from './prng.js';

// Loaded at run time, not bundled (MyThes is a 16 MB module).
const load = createRequire(__filename);
const thesaurus = load('thesaurus') as { find(word: string): string[] };
const synonymsPackage = load('synonyms') as (word: string) => Record<string, string[]> | undefined;

/** Fixed medical expressions of patient copy (the probe's own list, in no order). */
export const EXPRESSIONS = [
  'multiple sclerosis', 'blood pressure', 'heart attack', 'side effects', 'panic attack', 'kidney stones',
  'chronic fatigue syndrome', 'irritable bowel syndrome', 'post-traumatic stress disorder', 'major depressive disorder',
  'bipolar disorder', 'eating disorder', 'mood swings', 'weight gain', 'weight loss', 'hair loss', 'hearing loss',
  'memory loss', 'dry mouth', 'blurred vision', 'runny nose', 'sore throat', 'chest pain', 'shortness of breath',
  'hot flashes', 'night sweats', 'muscle weakness', 'muscle spasms', 'withdrawal symptoms', 'allergic reaction',
  'adverse events', 'heart failure', 'heart disease', 'heart rate', 'cardiac arrest', 'blood clot', 'blood test',
  'blood sugar', 'red blood cells', 'white blood cells', 'bone marrow', 'spinal cord', 'nervous system',
  'central nervous system', 'immune system', 'digestive system', 'urinary tract infection', 'lung cancer',
  'breast cancer', 'prostate cancer', 'skin cancer', 'type 2 diabetes', 'high blood pressure', 'low blood pressure',
  'high cholesterol', 'septic shock', 'sleep apnea', 'restless legs syndrome', 'cluster headache',
  'phantom limb pain', 'lower back pain', 'rheumatoid arthritis', 'traumatic brain injury', 'spinal cord injury',
  'peripheral neuropathy', 'seasonal affective disorder', 'obsessive-compulsive disorder', 'substance use disorder',
  'personality disorder', 'mental illness', 'mental health', 'suicidal thoughts', 'clinical trial',
  'randomized controlled trial', 'placebo effect', 'controlled substance', 'general anesthesia', 'local anesthetic',
  'conscious sedation', 'recovery room', 'intensive care unit', 'emergency room', 'life support', 'life expectancy',
  'health insurance', 'primary care physician', 'registered nurse', 'health care provider', 'medical history',
  'physical examination', 'birth control', 'root canal', 'knee replacement', 'occupational therapy',
  'physical therapy', 'talk therapy', 'deep brain stimulation', 'growth hormone', 'body mass index',
  'range of motion', 'half-life', 'double-blind', 'standard of care', 'quality of life', 'informed consent',
  'Food and Drug Administration', 'National Institutes of Health', 'World Health Organization',
  'National Health Service', 'European Medicines Agency', 'Drug Enforcement Administration',
];

const GARBLED_FRAMES = [
  'The leaflet has a page on {X} near the end.', 'Our newsletter mentioned {X} last spring.', 'You can read about {X} on the next page.',
  'A short video about {X} plays in the waiting room.', 'The handout lists {X} under the second heading.',
  'Her question about {X} came up at the visit.', 'The last chapter turns to {X} again.', 'A poster about {X} hangs by the door.',
  'The website has a new article on {X} this month.', 'He asked the front desk about {X} on Friday.',
];
const CORRECT_FRAMES = [
  'The booklet explains {X} in plain words.', 'There is a section on {X} in the guide.', 'Ask us for the sheet about {X}.',
  'The talk on {X} starts at noon.', 'Our blog covered {X} in March.', 'The course ends with a module on {X}.',
  'She wrote a short piece on {X} for the bulletin.', 'A new page about {X} went up today.', 'The class spent an hour on {X}.',
  'We keep a folder on {X} at reception.',
];


const FUNCTION = new Set(['of', 'and', 'the', 'a', 'an', 'in', 'for', 'to']);

/** Edit distance (small words): a spelling variant ("anaesthesia") is no swap. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * One-word synonyms the thesaurus offers for `word`, usable as a swap: all of them, or the first
 * `top` (MyThes lists the commonest sense's synonyms first, broader terms and rarer senses after).
 */
function swapsFor(word: string, others: string[], top = Infinity): string[] {
  const lower = word.toLowerCase();
  return thesaurus
    .find(lower)
    .filter((s) => /^[a-z]{3,}$/.test(s) && s !== lower && !s.startsWith(lower.slice(0, 4)) && distance(s, lower) > 2 && !others.includes(s))
    .slice(0, top);
}

export interface ProbeCase {
  expression: string;
  garbled: string;
  /** The swapped words: [original, swap]. */
  swaps: [string, string][];
}

export function probeCases(seed = 14, top = Infinity): ProbeCase[] {
  const r = prng(seed);
  const out: ProbeCase[] = [];
  for (const expression of EXPRESSIONS) {
    // Words split at spaces and hyphens, the separators kept.
    const parts = expression.split(/([\s-])/);
    const words = parts.filter((_, i) => i % 2 === 0);
    const slots = words.map((w, i) => i).filter((i) => !FUNCTION.has(words[i].toLowerCase()) && !/^\d/.test(words[i]) && swapsFor(words[i], words, top).length);
    if (!slots.length) continue;
    // One swap; a second one in a longer expression now and then.
    const chosen = [slots[Math.floor(r() * slots.length)]];
    if (words.length >= 3 && slots.length > 1 && r() < 0.3) chosen.push(slots.filter((s) => s !== chosen[0])[Math.floor(r() * (slots.length - 1))]);
    const swaps: [string, string][] = [];
    for (const i of chosen) {
      const options = swapsFor(words[i], words, top);
      const swap = options[Math.floor(r() * options.length)];
      swaps.push([words[i], swap]);
      words[i] = /^[A-Z]/.test(words[i]) ? swap[0].toUpperCase() + swap.slice(1) : swap;
    }
    const garbled = parts.map((p, i) => (i % 2 === 0 ? words[i / 2] : p)).join('');
    out.push({ expression, garbled, swaps });
    if (out.length === 100) break;
  }
  return out;
}

const bare = (s: string) => s.toLowerCase().replace(/^(?:a|an|the)\s+/, '');
const config = resolveConfig({});
const termFindings = (text: string) => lint(text, { config, format: 'text' }).findings.filter((f) => f.category === 'term');

function runProbe(label: string, cases: ProbeCase[]) {
  const lexicon = lexiconOf(builtInResources());
  const table = lexicon.terms.expressions!.index!;
  // Is a swap in the detector's own relation (any role, strong or weak)? The table holds look-up
  // keys: stems, or the word as written.
  const known = (word: string, swap: string) => {
    const w = word.toLowerCase();
    const keys = new Set([swap, stemsOf(swap).join(' ')]);
    return [table.strong, table.weak].some((t) => ['h:', 'm:'].some((role) => (t[role + w] ?? '').split('|').some((s) => keys.has(s.replace(/^~?\^?/, '')))));
  };
  let found = 0;
  let corrected = 0;
  let findings = 0;
  let truePositives = 0;
  let inRelation = 0;
  let foundOutside = 0;
  const misses: string[] = [];
  cases.forEach((c, i) => {
    const text = GARBLED_FRAMES[i % GARBLED_FRAMES.length].replace('{X}', c.garbled);
    const at = text.indexOf(c.garbled);
    const hits = termFindings(text).filter((f) => f.start < at + c.garbled.length && at < f.end);
    const all = termFindings(text);
    findings += all.length;
    truePositives += hits.length;
    const circular = c.swaps.every(([w, s]) => known(w, s));
    if (circular) inRelation++;
    if (hits.length) {
      found++;
      if (!circular) foundOutside++;
      if (hits.some((f) => f.fixes.some((x) => bare(x.text) === bare(c.expression)))) corrected++;
    } else misses.push(`${c.garbled} (${c.expression})`);
  });
  const falsePositives: string[] = [];
  // The same expressions, written correctly.
  cases.map((c) => c.expression).forEach((e, i) => {
    const text = CORRECT_FRAMES[i % CORRECT_FRAMES.length].replace('{X}', e);
    const all = termFindings(text);
    findings += all.length;
    for (const f of all) falsePositives.push(`${text.slice(f.start, f.end)} in: ${text}`);
  });
  // The other package, for the record: how many of its pairs for these words WordNet's relation holds.
  let synonymPairs = 0;
  let synonymKnown = 0;
  for (const c of cases) {
    for (const [w] of c.swaps) {
      const entry = synonymsPackage(w.toLowerCase());
      for (const s of Object.values(entry ?? {}).flat()) {
        if (s === w.toLowerCase() || !/^[a-z]+$/.test(s)) continue;
        synonymPairs++;
        if (known(w, s)) synonymKnown++;
      }
    }
  }
  const recall = found / cases.length;
  const precision = findings ? truePositives / findings : 1;
  const correction = found ? corrected / found : 0;
  console.log(
    `spun probe (${label}): ${cases.length} garbled + ${cases.length} correct; recall ${recall.toFixed(2)} precision ${precision.toFixed(2)} correction ${correction.toFixed(2)}; ` +
      `swaps in the detector's relation ${inRelation}/${cases.length}, recall outside it ${foundOutside}/${cases.length - inRelation}; ` +
      `synonyms package pairs in the relation ${synonymKnown}/${synonymPairs}`,
  );
  if (process.env.TERM_PROBE_VERBOSE === '1') console.log(`  missed: ${misses.join(' | ')}\n  false positives: ${falsePositives.join(' | ')}`);
  return { cases: cases.length, recall, precision, correction };
}

it('spun-term probe, swaps from the first five thesaurus entries: recall, precision, correction', () => {
  const r = runProbe('first five entries', probeCases(14, 5));
  assert.equal(r.cases, 100);
  assert.ok(r.precision >= 0.95, `precision ${r.precision}`);
});

it('spun-term probe, swaps from any thesaurus entry: recall, precision, correction', () => {
  const r = runProbe('any entry', probeCases(14));
  assert.equal(r.cases, 100);
  assert.ok(r.precision >= 0.95, `precision ${r.precision}`);
});
