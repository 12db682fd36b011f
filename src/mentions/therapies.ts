// Which therapies an article mentions, and which of them it is about (its subjects). Computed
// once per document and shared through doc.memo, so every rule sees the same answer.
//
// Rules that should see the user's therapies (config `therapies`) call
// `therapiesIn(doc, therapyList(therapies))`; `therapiesIn(doc)` uses the built-in list.

import { PhraseMatcher } from '../core/phrases.js';
import { BudgetExceeded } from '../core/budget.js';
import type { Doc } from '../core/document.js';
import { builtInTherapies, namePattern, type Therapy } from '../knowledge/therapies.js';

export interface TherapyMention {
  therapy: Therapy;
  /** Offsets of each mention. */
  mentions: { start: number; end: number }[];
  /** Named in the title or a heading, or mentioned often enough to be what the article is about. */
  subject: boolean;
}

const matchers = new WeakMap<Therapy[], PhraseMatcher<Therapy>>();

function matcherFor(therapies: Therapy[]): PhraseMatcher<Therapy> {
  let m = matchers.get(therapies);
  if (!m) {
    // A bad user name never stops linting; validateTherapyEntries reports it.
    const entries = therapies.flatMap((t) => [...t.names, ...(t.brands ?? []), ...(t.aliases ?? [])].map((n) => ({ pattern: namePattern(n), value: t })));
    m = new PhraseMatcher(entries, { lenient: true });
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
  try {
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
  } catch (error) {
    // Out of time: the mentions read so far still let the rules judge those sentences (the
    // time-out itself is reported by the core).
    if (!(error instanceof BudgetExceeded)) throw error;
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
