// Therapy knowledge and which therapies an article discusses. Computed once per document and
// shared through doc.memo, so every rule sees the same answer.
//
// Rules that should see the user's therapies (config `therapies`) call
// `therapiesIn(doc, therapyList(context.config))`; `therapiesIn(doc)` uses the built-in list.

import therapiesData from './therapies.yaml';
import { PhraseMatcher, patternError, usable } from '../core/phrases.js';
import { ConfigError, validate, type Schema } from '../core/schema.js';
import type { Doc } from '../core/document.js';
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
export type Trait = (typeof TRAITS)[number];

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

const mergedLists = new WeakMap<object, Therapy[]>();

/** The built-in therapies extended by config entries (an entry with a built-in id extends it). */
export function therapyList(config?: { therapies?: Record<string, unknown>[] }): Therapy[] {
  const extra = config?.therapies;
  if (!extra || !extra.length) return builtInTherapies;
  const hit = mergedLists.get(extra);
  if (hit) return hit;
  const byId = new Map(builtInTherapies.map((t) => [t.id, t]));
  for (const raw of extra as Partial<Therapy>[]) {
    if (!raw || typeof raw.id !== 'string') continue;
    const base = byId.get(raw.id);
    byId.set(raw.id, base ? mergeTherapy(base, raw) : { traits: [], names: [], label: raw.id, ...raw } as Therapy);
  }
  const list = [...byId.values()];
  mergedLists.set(extra, list);
  return list;
}

const union = (a: string[] | undefined, b: string[] | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])];

function mergeTherapy(base: Therapy, extra: Partial<Therapy>): Therapy {
  return {
    ...base,
    ...extra,
    names: union(base.names, extra.names),
    brands: union(base.brands, extra.brands),
    aliases: union(base.aliases, extra.aliases),
    traits: union(base.traits, extra.traits),
    approvedFor: union(base.approvedFor, extra.approvedFor),
    offLabelFor: union(base.offLabelFor, extra.offLabelFor),
    requires: union(base.requires, extra.requires) as TopicId[],
    topics: { ...base.topics, ...extra.topics },
  };
}

// --- detection -----------------------------------------------------------------------------

export interface TherapyMention {
  therapy: Therapy;
  /** Offsets of each mention. */
  mentions: { start: number; end: number }[];
  /** Named in the title or a heading, or mentioned often enough to be what the article is about. */
  subject: boolean;
}

/**
 * A name as a phrase pattern: every word exact, except that a long last word takes inflections
 * ("ketamine infusion" also finds "ketamine infusions").
 */
function namePattern(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.map((w, i) => (i === words.length - 1 && /^[a-z]{5,}$/i.test(w) ? w : `=${w}`)).join(' ');
}

const matchers = new WeakMap<Therapy[], PhraseMatcher<Therapy>>();

function matcherFor(therapies: Therapy[]): PhraseMatcher<Therapy> {
  let m = matchers.get(therapies);
  if (!m) {
    // A bad user name never stops linting; validateTherapyEntries reports it.
    const entries = therapies.flatMap((t) => [...t.names, ...(t.brands ?? []), ...(t.aliases ?? [])].map((n) => ({ pattern: namePattern(n), value: t })));
    m = new PhraseMatcher(usable(entries));
    matchers.set(therapies, m);
  }
  return m;
}

/** Share of the most-mentioned therapy's count a therapy needs to be a subject too. */
const SUBJECT_SHARE = 0.3;
/** The same for a therapy named in a section heading. */
const HEADING_SHARE = 0.15;

/** Therapies mentioned in the document, most mentioned first. */
export function therapiesIn(doc: Doc, therapies: Therapy[] = builtInTherapies): TherapyMention[] {
  const key = therapies === builtInTherapies ? 'therapies' : 'therapies:config';
  const hit = doc.memo.get(key) as { list: Therapy[]; result: TherapyMention[] } | TherapyMention[] | undefined;
  if (Array.isArray(hit)) return hit;
  if (hit && hit.list === therapies) return hit.result;

  const byId = new Map<string, TherapyMention>();
  const matcher = matcherFor(therapies);
  const inTitle = new Set<string>();
  const inHeading = new Set<string>();
  for (const s of doc.sentences) {
    // Longest name wins where names overlap ("ketamine infusion" is ketamine, not "infusion").
    const found = matcher.match(s.tokens).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: { start: number; end: number }[] = [];
    for (const m of found) {
      if (taken.some((x) => m.start < x.end && x.start < m.end)) continue;
      taken.push(m);
      const entry = byId.get(m.value.id) ?? { therapy: m.value, mentions: [], subject: false };
      entry.mentions.push({ start: m.start, end: m.end });
      byId.set(m.value.id, entry);
      if (m.start >= doc.title.start && m.end <= doc.title.end) inTitle.add(m.value.id);
      else if (s.block.headingLike) inHeading.add(m.value.id);
    }
  }
  const out = [...byId.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
  for (const e of out) e.mentions.sort((a, b) => a.start - b.start);
  const specific = out.filter((e) => !e.therapy.generic);
  const top = specific[0]?.mentions.length ?? 0;
  for (const e of specific) {
    const n = e.mentions.length;
    // The title names the subject; another heading ("How is TMS different from ECT?") needs
    // the therapy to come up in the text too.
    e.subject = inTitle.has(e.therapy.id) || (n >= 2 && (n >= top * SUBJECT_SHARE || (inHeading.has(e.therapy.id) && n >= top * HEADING_SHARE)));
  }
  const anySpecific = specific.some((e) => e.subject);
  for (const e of out) if (e.therapy.generic) e.subject = !anySpecific && (inTitle.has(e.therapy.id) || e.mentions.length >= 2);

  if (key === 'therapies') doc.memo.set(key, out);
  else doc.memo.set(key, { list: therapies, result: out });
  return out;
}

/** The therapies the article is about (not passing comparisons). */
export function subjectTherapies(doc: Doc, therapies: Therapy[] = builtInTherapies): Therapy[] {
  return therapiesIn(doc, therapies)
    .filter((e) => e.subject)
    .map((e) => e.therapy);
}

/** A therapy's label inside a sentence: "Ketamine" -> "ketamine", "TMS" stays "TMS". */
export function midSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** "a, b and c". */
export const listWords = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/**
 * What the FDA has approved or cleared, as a predicate after the therapy's name ("is FDA-approved
 * for anesthesia, but its use for depression is off-label"). A therapy's own `status` wins: it
 * says exactly what is approved where the simple form would overstate it (a cleared device, one
 * approved product among many unapproved ones).
 */
export function approvalStatus(t: Therapy, use: string | undefined, approvedFor: string[] = t.approvedFor ?? []): string {
  const verb = t.approval === 'cleared' ? 'cleared' : 'approved';
  if (t.status) return t.status.replace('{approved}', listWords(approvedFor)).replace('{use}', use ? `for ${use}` : 'for this use');
  if (t.approval && t.approval !== 'none' && approvedFor.length) {
    return `is FDA-${verb} for ${listWords(approvedFor)}${use ? `, but its use for ${use} is off-label` : ', not for other uses'}`;
  }
  return `is not FDA-${verb}${use ? ` for ${use}` : ' for this use'}`;
}
