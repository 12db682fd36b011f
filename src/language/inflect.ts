// Inflection: every form of a lemma, so that a data entry ("restore") matches restores, restored
// and restoring, and a rewrite can put a verb back in the form its new context needs
// ("restores" -> "may restore"). Regular English rules plus the irregular forms in english.yaml.

import { english } from '../knowledge/english.js';

export type WordClass = 'verb' | 'noun' | 'adj';

const VOWEL = /[aeiou]/;
const irregularVerbs = new Map(english.irregularVerbs.map((row) => [row[0], row]));

/** A short final syllable whose consonant doubles before -ed/-ing (stop, regrow is not). */
function doubles(base: string): boolean {
  return /[^aeiou][aeiou][bdfgklmnprtvz]$/.test(base) && !/[aeiou]{2}[a-z]$/.test(base) && base.length <= 6;
}

/** Third person singular present: restores, relieves, fixes, carries, goes. */
export function thirdPerson(base: string): string {
  const irregular = irregularVerbs.get(base)?.[3];
  if (irregular) return irregular;
  if (/(?:s|x|z|ch|sh)$/.test(base) || /[^aeiou]o$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Regular past forms; several where doubling is uncertain (benefited, benefitted). */
function regularPast(base: string): string[] {
  if (base.endsWith('e')) return [`${base}d`];
  if (/[^aeiou]y$/.test(base)) return [`${base.slice(0, -1)}ied`];
  if (/c$/.test(base)) return [`${base}ked`, `${base}ed`];
  return doubles(base) ? [`${base}${base.at(-1)}ed`, `${base}ed`] : [`${base}ed`];
}

function regularGerund(base: string): string[] {
  if (base.endsWith('ie')) return [`${base.slice(0, -2)}ying`];
  if (/[^aeiouy]e$/.test(base) || /[^e]ue$/.test(base)) return [`${base.slice(0, -1)}ing`];
  if (/c$/.test(base)) return [`${base}king`, `${base}ing`];
  return doubles(base) ? [`${base}${base.at(-1)}ing`, `${base}ing`] : [`${base}ing`];
}

export interface VerbForms {
  base: string;
  third: string;
  past: string[];
  participle: string[];
  gerund: string[];
}

export function verbForms(base: string): VerbForms {
  const irregular = irregularVerbs.get(base);
  return {
    base,
    third: thirdPerson(base),
    past: irregular ? [irregular[1]] : regularPast(base),
    participle: irregular ? [irregular[2]] : regularPast(base),
    gerund: regularGerund(base),
  };
}

export function plural(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

const irregularPlurals = new Map(Object.entries(english.irregularNouns).map(([pl, sg]) => [sg, pl]));

/** Every form of a lemma of a word class. Multiword lemmas inflect their first word (verbs) or last word (nouns). */
export function formsOf(lemma: string, cls: WordClass): string[] {
  const words = lemma.split(' ');
  if (words.length > 1) {
    const at = cls === 'noun' ? words.length - 1 : 0;
    return formsOf(words[at], cls).map((f) => [...words.slice(0, at), f, ...words.slice(at + 1)].join(' '));
  }
  if (cls === 'verb') {
    const f = verbForms(lemma);
    return [...new Set([f.base, f.third, ...f.past, ...f.participle, ...f.gerund])];
  }
  if (cls === 'noun') return [...new Set([lemma, irregularPlurals.get(lemma) ?? plural(lemma)])];
  return [lemma];
}

/** The form of `base` a clause needs after a change of subject or modal. */
export function inflectVerb(base: string, form: 'base' | 'third' | 'past' | 'participle' | 'gerund'): string {
  const f = verbForms(base);
  return form === 'base' ? f.base : form === 'third' ? f.third : f[form][0];
}
