// Therapy knowledge (therapies.yaml), typed; the shape of a config `therapies` entry and how
// entries extend the built-in list. Which therapies an article mentions is src/mentions/.

import therapiesData from './therapies.yaml';
import { patternError } from '../core/phrases.js';
import { ConfigError, validate, type Schema } from '../core/schema.js';
import { TOPIC_IDS, type TopicId } from './topics.js';

export interface Source {
  title: string;
  url: string;
}

/** A sentence or two the safety-section fix inserts, true for this therapy, with its sources. */
export interface TopicTemplate {
  text: string;
  sources: Source[];
}

export const TRAITS = [
  'medicine',
  'substance',
  'infused',
  'injected',
  'sedating',
  'dissociative',
  'psychoactive',
  'controlled',
  'device',
  'procedure',
  'off-label-uses',
  'unapproved',
] as const;

export interface Therapy {
  id: string;
  label: string;
  names: string[];
  brands?: string[];
  aliases?: string[];
  traits: string[];
  /** DEA schedule, when controlled. */
  schedule?: string;
  approval?: 'approved' | 'cleared' | 'none';
  approvedFor?: string[];
  offLabelFor?: string[];
  /**
   * The exact approval status, for messages, where "{label} is FDA-approved for {use}" would
   * overstate it (only one product, or only the device that prepares it). Follows the label;
   * {approved} is the first approved use, {use} "for <the off-label use>".
   */
  status?: string;
  /** Caveat topics needed beyond those the traits imply. */
  requires?: TopicId[];
  topics?: Partial<Record<TopicId, TopicTemplate>>;
  /** A catch-all ("infusions") that only counts when no specific therapy is the subject. */
  generic?: boolean;
  [key: string]: unknown;
}

export const builtInTherapies: Therapy[] = (therapiesData as { therapies: Therapy[] }).therapies;

// --- config entries ------------------------------------------------------------------------

const strings: Schema = { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 1000 };
const source: Schema = {
  type: 'object',
  required: ['title', 'url'],
  properties: { title: { type: 'string', maxLength: 300 }, url: { type: 'string', maxLength: 2000 } },
};
const template: Schema = {
  type: 'object',
  required: ['text', 'sources'],
  properties: { text: { type: 'string', maxLength: 2000 }, sources: { type: 'array', items: source, maxItems: 20 } },
};
export const therapySchema: Schema = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string', maxLength: 100 },
    label: { type: 'string', maxLength: 200 },
    names: strings,
    brands: strings,
    aliases: strings,
    traits: { type: 'array', items: { type: 'string', enum: TRAITS } },
    schedule: { type: 'string', enum: ['I', 'II', 'III', 'IV', 'V'] },
    approval: { type: 'string', enum: ['approved', 'cleared', 'none'] },
    approvedFor: strings,
    offLabelFor: strings,
    status: { type: 'string', maxLength: 300 },
    requires: { type: 'array', items: { type: 'string', enum: TOPIC_IDS } },
    topics: { type: 'object', properties: Object.fromEntries(TOPIC_IDS.map((t) => [t, template])) },
    generic: { type: 'boolean' },
  },
};

/**
 * Validates the config's `therapies` list: the shape of each entry, that a new therapy has a
 * label and names, that names are valid phrases, and that every template sentence has a source.
 * Throws a ConfigError naming the key.
 */
export function validateTherapyEntries(entries: unknown, file: string, path = 'therapies'): void {
  if (entries === undefined) return;
  if (!Array.isArray(entries)) throw new ConfigError(file, path, 'expected a list of therapies');
  const known = new Set(builtInTherapies.map((t) => t.id));
  entries.forEach((raw, i) => {
    const at = `${path}[${i}]`;
    const entry = validate<Therapy>(raw, therapySchema, file, at);
    if (!known.has(entry.id)) {
      if (!entry.label) throw new ConfigError(file, at, `missing required key "label" (a new therapy "${entry.id}" needs a label)`);
      if (!entry.names?.length) throw new ConfigError(file, at, `missing required key "names" (a new therapy "${entry.id}" needs names to find it by)`);
    }
    for (const key of ['names', 'brands', 'aliases'] as const) {
      (entry[key] ?? []).forEach((name, j) => {
        const error = patternError(namePattern(name));
        if (error) throw new ConfigError(file, `${at}.${key}[${j}]`, `not a usable name: ${error}`);
      });
    }
    for (const [topic, t] of Object.entries(entry.topics ?? {})) {
      if (!t || !t.sources.length || t.sources.some((s) => !s.url.trim())) {
        throw new ConfigError(file, `${at}.topics.${topic}.sources`, 'every template sentence needs at least one source with a url');
      }
    }
  });
}

const mergedLists = new WeakMap<readonly object[], Therapy[]>();

/** The built-in therapies extended by config entries (an entry with a built-in id extends it). */
export function therapyList(extra?: readonly Record<string, unknown>[]): Therapy[] {
  if (!extra || !extra.length) return builtInTherapies;
  const hit = mergedLists.get(extra);
  if (hit) return hit;
  // All entries of one id first, then one merge per id: merging entry by entry copied the growing
  // lists each time (quadratic: 800 entries for one id took seconds).
  const entries = new Map<string, Partial<Therapy>[]>();
  for (const raw of extra as Partial<Therapy>[]) {
    if (!raw || typeof raw.id !== 'string') continue;
    const list = entries.get(raw.id);
    if (list) list.push(raw);
    else entries.set(raw.id, [raw]);
  }
  const byId = new Map(builtInTherapies.map((t) => [t.id, t]));
  for (const [id, list] of entries) {
    const base = byId.get(id);
    byId.set(id, mergeTherapy(base ?? ({ traits: [], names: [], label: id } as unknown as Therapy), list));
  }
  const merged = [...byId.values()];
  mergedLists.set(extra, merged);
  return merged;
}

const LIST_KEYS = ['names', 'brands', 'aliases', 'traits', 'approvedFor', 'offLabelFor', 'requires'] as const;

/** A therapy extended by config entries in order: lists joined without duplicates, other keys replaced. */
function mergeTherapy(base: Therapy, extras: Partial<Therapy>[]): Therapy {
  const lists = Object.fromEntries(LIST_KEYS.map((k) => [k, new Set<string>((base[k] as string[] | undefined) ?? [])])) as Record<(typeof LIST_KEYS)[number], Set<string>>;
  let out: Therapy = { ...base };
  let topics = { ...base.topics };
  for (const extra of extras) {
    out = { ...out, ...extra };
    for (const k of LIST_KEYS) for (const v of (extra[k] as string[] | undefined) ?? []) lists[k].add(v);
    topics = { ...topics, ...extra.topics };
  }
  return { ...out, ...Object.fromEntries(LIST_KEYS.map((k) => [k, [...lists[k]]])), topics } as Therapy;
}

/**
 * A name as a phrase pattern: every word exact, except that a long last word takes inflections
 * ("ketamine infusion" also finds "ketamine infusions").
 */
export function namePattern(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.map((w, i) => (i === words.length - 1 && /^[a-z]{5,}$/i.test(w) ? w : `=${w}`)).join(' ');
}
