// Therapy knowledge (therapies.yaml), typed; the shape of a config `therapies` entry and how
// entries extend the built-in list. Which therapies an article mentions is src/mentions/.

import therapiesData from './therapies.yaml';
import { patternError } from '../core/phrases.js';
import { ConfigError, validate, type Schema } from '../core/schema.js';
import { REGIONS } from '../core/config.js';
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

/** Traits of a therapy that impair driving: an article about it needs driving advice. */
export const IMPAIRING_TRAITS = ['sedating', 'dissociative', 'psychoactive'] as const;

/** Facts that differ for readers in one region (config `region`); a field left out keeps the US one. */
export interface RegionFacts {
  /** approved = a licensed medicine there (UK: MHRA), cleared = a marked device (UK: UKCA/CE), none = neither. */
  approval?: 'approved' | 'cleared' | 'none';
  approvedFor?: string[];
  offLabelFor?: string[];
  /** As `status`, in the region's own terms (never "FDA"); with `approval` only, like `approvedFor`. */
  status?: string;
  /** How the region's drug law controls it, for messages ("Class B, Schedule 2"). */
  controlledAs?: string;
  topics?: Partial<Record<TopicId, TopicTemplate>>;
}

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
  /**
   * Uses each brand is approved for, where brands of one medicine differ (Ozempic for type 2
   * diabetes, Wegovy for weight management): a sentence naming the brand is judged by its own list.
   */
  brandApprovals?: Record<string, string[]>;
  /**
   * The only products that hold the approval (CBD: the prescription medicine Epidiolex): a sentence
   * calling the therapy approved without naming one of them overstates it.
   */
  approvedProducts?: string[];
  /** Caveat topics needed beyond those the traits imply. */
  requires?: TopicId[];
  topics?: Partial<Record<TopicId, TopicTemplate>>;
  /** A catch-all ("infusions") that only counts when no specific therapy is the subject. */
  generic?: boolean;
  /** Where facts that no template states come from (traits, approval, uses). */
  sources?: Source[];
  /** Facts for readers in other regions, by region code ("UK"). */
  regions?: Partial<Record<string, RegionFacts>>;
  /**
   * Set on the view `forRegion` returns: the region whose facts it holds ("US" for the built-in
   * facts). Approval wording names that region's regulator.
   */
  region?: string;
  /** Set on a `forRegion` view: the readers' region (config `region`). */
  readers?: string;
  /** Set on a `forRegion` view: how the readers' region controls it ("Class B, Schedule 2"). */
  controlledAs?: string;
  /** An article's own treatment the knowledge does not list (src/mentions/subject.ts). */
  inferred?: boolean;
  /** The label is a plural ("Ozone injections"): messages say "are", not "is". */
  plural?: boolean;
  [key: string]: unknown;
}

/** How an article's own treatment is found when no therapy names it (therapies.yaml `inference`). */
export interface TherapyInference {
  heads: string[];
  notInName: string[];
  definitions: string[];
  traits: Record<'infused' | 'injected' | 'medicine' | 'controlled' | 'sedating', string[]>;
}

export const builtInTherapies: Therapy[] = (therapiesData as { therapies: Therapy[] }).therapies;
export const therapyInference: TherapyInference = (therapiesData as { inference: TherapyInference }).inference;

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
const topicTemplates: Schema = { type: 'object', properties: Object.fromEntries(TOPIC_IDS.map((t) => [t, template])) };
const approval: Schema = { type: 'string', enum: ['approved', 'cleared', 'none'] };
const regionFacts: Schema = {
  type: 'object',
  properties: { approval, approvedFor: strings, offLabelFor: strings, status: { type: 'string', maxLength: 300 }, controlledAs: { type: 'string', maxLength: 100 }, topics: topicTemplates },
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
    approval,
    approvedFor: strings,
    offLabelFor: strings,
    status: { type: 'string', maxLength: 300 },
    brandApprovals: { type: 'object', properties: {}, additional: strings },
    approvedProducts: strings,
    requires: { type: 'array', items: { type: 'string', enum: TOPIC_IDS } },
    topics: topicTemplates,
    generic: { type: 'boolean' },
    plural: { type: 'boolean' },
    sources: { type: 'array', items: source, maxItems: 20 },
    regions: { type: 'object', properties: Object.fromEntries(REGIONS.filter((r) => r !== 'US').map((r) => [r, regionFacts])) },
  },
};

/** Every template sentence has a source with a url (a template object as in `topics`). */
function checkSources(topics: Partial<Record<string, TopicTemplate>> | undefined, file: string, at: string): void {
  for (const [topic, t] of Object.entries(topics ?? {})) {
    if (!t || !t.sources.length || t.sources.some((s) => !s.url.trim())) {
      throw new ConfigError(file, `${at}.${topic}.sources`, 'every template sentence needs at least one source with a url');
    }
  }
}

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
    checkSources(entry.topics, file, `${at}.topics`);
    for (const [region, facts] of Object.entries(entry.regions ?? {})) checkSources(facts?.topics, file, `${at}.regions.${region}.topics`);
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

const LIST_KEYS = ['names', 'brands', 'aliases', 'traits', 'approvedFor', 'offLabelFor', 'requires', 'approvedProducts'] as const;

/** A therapy extended by config entries in order: lists joined without duplicates, other keys replaced. */
function mergeTherapy(base: Therapy, extras: Partial<Therapy>[]): Therapy {
  const lists = Object.fromEntries(LIST_KEYS.map((k) => [k, new Set<string>((base[k] as string[] | undefined) ?? [])])) as Record<(typeof LIST_KEYS)[number], Set<string>>;
  let out: Therapy = { ...base };
  let topics = { ...base.topics };
  let regions = base.regions;
  for (const extra of extras) {
    out = { ...out, ...extra };
    for (const k of LIST_KEYS) for (const v of (extra[k] as string[] | undefined) ?? []) lists[k].add(v);
    topics = { ...topics, ...extra.topics };
    regions = mergeRegions(regions, extra.regions);
  }
  return { ...out, ...Object.fromEntries(LIST_KEYS.map((k) => [k, [...lists[k]]])), topics, regions } as Therapy;
}

function mergeRegions(base: Therapy['regions'], extra: Therapy['regions']): Therapy['regions'] {
  if (!extra) return base;
  const out: NonNullable<Therapy['regions']> = { ...base };
  for (const [region, facts] of Object.entries(extra)) {
    const had = base?.[region];
    out[region] = had ? { ...had, ...facts, topics: { ...had.topics, ...facts?.topics } } : facts;
  }
  return out;
}

const regionViews = new WeakMap<Therapy, Map<string, Therapy>>();

/**
 * The therapy as readers in `region` need it: that region's approval, uses, status and templates
 * over the US ones. Without facts of its own for a field, the US fact stays (and says FDA).
 * Memoised, so callers may compare views by identity.
 */
export function forRegion(t: Therapy, region: string | undefined): Therapy {
  const code = region && region !== 'US' ? region : 'US';
  let views = regionViews.get(t);
  if (!views) regionViews.set(t, (views = new Map()));
  let view = views.get(code);
  if (!view) {
    const facts = code === 'US' ? undefined : t.regions?.[code];
    view = facts
      ? {
          ...t,
          readers: code,
          ...(facts.controlledAs ? { controlledAs: facts.controlledAs } : {}),
          // Approval, its uses and its wording go together: without the region's own approval
          // the US ones stay, named as FDA facts.
          ...(facts.approval !== undefined ? { region: code, approval: facts.approval, approvedFor: facts.approvedFor ?? [], status: facts.status } : { region: 'US' }),
          ...(facts.offLabelFor ? { offLabelFor: facts.offLabelFor } : {}),
          topics: { ...t.topics, ...facts.topics },
        }
      : { ...t, region: 'US', readers: code };
    views.set(code, view);
  }
  return view;
}

/**
 * A name as a phrase pattern: every word exact, except that a long last word takes inflections
 * ("ketamine infusion" also finds "ketamine infusions").
 */
export function namePattern(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.map((w, i) => (i === words.length - 1 && /^[a-z]{5,}$/i.test(w) ? w : `=${w}`)).join(' ');
}
