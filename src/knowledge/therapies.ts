// Therapy knowledge and which therapies an article discusses. Computed once per document and
// shared through doc.memo, so every rule sees the same answer.

import therapiesData from './therapies.yaml';
import { PhraseMatcher } from '../core/phrases.js';
import type { Doc } from '../core/document.js';

export interface Therapy {
  id: string;
  label: string;
  names: string[];
  traits: string[];
  approval?: 'approved' | 'cleared' | 'none';
  approvedFor?: string[];
  offLabelFor?: string[];
  [key: string]: unknown;
}

export const builtInTherapies: Therapy[] = (therapiesData as { therapies: Therapy[] }).therapies;

export interface TherapyMention {
  therapy: Therapy;
  /** Offsets of each mention. */
  mentions: { start: number; end: number }[];
}

const matchers = new WeakMap<Therapy[], PhraseMatcher<Therapy>>();

function matcherFor(therapies: Therapy[]): PhraseMatcher<Therapy> {
  let m = matchers.get(therapies);
  if (!m) {
    m = new PhraseMatcher(therapies.flatMap((t) => t.names.map((n) => ({ pattern: n.split(/\s+/).map((w) => `=${w}`).join(' '), value: t }))));
    matchers.set(therapies, m);
  }
  return m;
}

/** Therapies mentioned in the document, most mentioned first. */
export function therapiesIn(doc: Doc, therapies: Therapy[] = builtInTherapies): TherapyMention[] {
  const key = 'therapies';
  const hit = doc.memo.get(key) as TherapyMention[] | undefined;
  if (hit) return hit;
  const byId = new Map<string, TherapyMention>();
  const matcher = matcherFor(therapies);
  for (const s of doc.sentences) {
    for (const m of matcher.match(s.tokens)) {
      const entry = byId.get(m.value.id) ?? { therapy: m.value, mentions: [] };
      if (!entry.mentions.some((x) => x.start <= m.start && m.start < x.end)) entry.mentions.push({ start: m.start, end: m.end });
      byId.set(m.value.id, entry);
    }
  }
  const out = [...byId.values()].sort((a, b) => b.mentions.length - a.mentions.length);
  doc.memo.set(key, out);
  return out;
}
