// Which caveat topics an article needs (RUBRIC section 2): from the traits of the therapies it
// is about, the uses it discusses, whether it discusses mental health, and the config.

import { PhraseMatcher } from '../core/phrases.js';
import type { Doc } from '../core/document.js';
import type { ResolvedConfig } from '../core/config.js';
import { knowledgeSetting } from '../knowledge/sections.js';
import { IMPAIRING_TRAITS, type Therapy } from '../knowledge/therapies.js';
import { approvalStatus, listWords, unapprovedStatus } from '../mentions/wording.js';
import { TOPIC_IDS, type TopicId } from '../knowledge/topics.js';
import { mentalHealthDiscussed } from './detect.js';

export interface Need {
  /** Therapies that need the topic, most mentioned first (empty for crisis resources). */
  therapies: Therapy[];
  /** Why, for the message: "sedating and dissociative", "a DEA Schedule III controlled substance". */
  reason: string;
}

const has = (t: Therapy, ...traits: string[]) => traits.some((x) => t.traits.includes(x));
const RISK_WORDS = /\b(?:side[ -]effects?|adverse (?:effects?|events?|reactions?)|complications?)\b/i;
const SEEK_HELP = /\b(?:call|contact|tell|see|phone|ring) (?:your |a )?(?:doctor|gp|nurse|care team|pharmacist|911|999|111)\b|\b(?:get|seek) (?:urgent |emergency |immediate )?(?:medical )?(?:help|advice|attention)\b/i;
const GROUP_BEFORE = /\b(?:people|patients|those|anyone|someone|adults|children|women|men) (?:who have |with (?:a history of )?)$/i;

/** The uses of a therapy an article mentions: off-label ones and approved ones, with counts. */
function usesIn(doc: Doc, therapy: Therapy): { offLabel: string[]; offLabelCount: number; approvedCount: number } {
  const key = `caveat:uses:${therapy.id}:${therapy.region ?? 'US'}`;
  const hit = doc.memo.get(key) as ReturnType<typeof usesIn> | undefined;
  if (hit) return hit;
  const matcher = useMatcher(therapy);
  const offLabel = new Set<string>();
  let offLabelCount = 0;
  let approvedCount = 0;
  for (const s of doc.sentences) {
    // A condition named as a side effect ("side effects include ... anxiety") is no use of it.
    // (So is one in a warning of when to get help: "call your doctor if you have chest pain".)
    const harms = RISK_WORDS.test(s.text) || SEEK_HELP.test(s.text);
    for (const m of matcher.match(s.tokens)) {
      if (m.value.approved) approvedCount++;
      // (Nor is a group of people it warns ("mania in people with bipolar disorder").)
      else if (harms || GROUP_BEFORE.test(s.text.slice(Math.max(0, s.tokens[m.first].start - s.start - 24), s.tokens[m.first].start - s.start))) continue;
      else {
        offLabelCount++;
        offLabel.add(m.value.use);
      }
    }
  }
  const out = { offLabel: [...offLabel], offLabelCount, approvedCount };
  doc.memo.set(key, out);
  return out;
}

const useMatchers = new WeakMap<Therapy, PhraseMatcher<{ use: string; approved: boolean }>>();
function useMatcher(t: Therapy) {
  let m = useMatchers.get(t);
  if (!m) {
    const entries = [
      ...(t.approvedFor ?? []).map((use) => ({ use, approved: true })),
      ...(t.offLabelFor ?? []).map((use) => ({ use, approved: false })),
    ].map((value) => ({ pattern: value.use, value }));
    m = new PhraseMatcher(entries, { lenient: true });
    useMatchers.set(t, m);
  }
  return m;
}

/** Why an off-label therapy needs regulatory status and evidence limits here, or undefined. */
function offLabelReason(doc: Doc, t: Therapy): { regulatory: string; evidence: string } | undefined {
  if (has(t, 'unapproved') && !(t.region !== 'US' && t.approval === 'approved')) {
    return { regulatory: unapprovedStatus(t), evidence: 'for these uses' };
  }
  if (!has(t, 'off-label-uses')) return undefined;
  const uses = usesIn(doc, t);
  // Off-label when the article names no approved use, or discusses an off-label one about as
  // much as approved ones: as often as a single approved mention, else twice and half as often.
  const offLabelDiscussed = uses.approvedCount === 0 || uses.offLabelCount >= Math.max(Math.min(2, uses.approvedCount), uses.approvedCount / 2);
  if (!offLabelDiscussed) return undefined;
  const use = uses.offLabel[0];
  const status = approvalStatus(t, use, (t.approvedFor ?? []).slice(0, 1));
  return { regulatory: status, evidence: use ? `for ${use}` : 'for this use' };
}

function contraindicationReason(t: Therapy): string {
  if (has(t, 'infused') && has(t, 'injected')) return 'given by injection or infusion';
  if (has(t, 'infused')) return 'given by infusion';
  if (has(t, 'injected')) return 'given by injection';
  if (has(t, 'medicine')) return 'a medicine';
  return 'a drug taken into the body';
}

/** How the readers' law controls it: "controlled in the UK as a Class B, Schedule 2 drug", else the DEA schedule. */
function controlledReason(t: Therapy): string {
  if (t.readers === 'UK') return t.controlledAs ? `controlled in the UK as a ${t.controlledAs} drug` : 'a controlled drug';
  return t.schedule ? `a DEA Schedule ${t.schedule} controlled substance` : 'a controlled substance';
}

/**
 * The topics the article needs, in RUBRIC order, with the therapies and reason for each.
 * `subjects` are the article's therapies as its region's readers need them (`forRegion`); an
 * inferred one (a treatment the knowledge lacks) has only the traits its text gives it.
 */
export function neededTopics(doc: Doc, config: ResolvedConfig, subjects: Therapy[]): Map<TopicId, Need> {
  const needs = new Map<TopicId, Need>();
  if (!subjects.length) return needs;
  const add = (topic: TopicId, t: Therapy | undefined, reason: string) => {
    const n = needs.get(topic) ?? { therapies: [], reason };
    if (t && !n.therapies.includes(t)) n.therapies.push(t);
    needs.set(topic, n);
  };
  for (const t of subjects) {
    add('side-effects', t, '');
    add('medical-supervision', t, '');
    add('individual-variation', t, '');
    if (has(t, 'medicine', 'substance', 'infused', 'injected')) add('contraindications', t, contraindicationReason(t));
    const effects = IMPAIRING_TRAITS.filter((x) => has(t, x));
    if (effects.length) add('driving', t, listWords(effects));
    if (has(t, 'controlled')) add('abuse-potential', t, controlledReason(t));
    const offLabel = offLabelReason(doc, t);
    if (offLabel) {
      add('regulatory-status', t, offLabel.regulatory);
      add('evidence-limits', t, offLabel.evidence);
    }
    for (const topic of t.requires ?? []) add(topic, t, '');
  }
  const mental = mentalHealthDiscussed(doc);
  if (mental) add('crisis-resources', undefined, mental.term);
  for (const topic of knowledgeSetting(config, 'requireTopics')) if (!needs.has(topic)) add(topic, subjects[0], '');
  for (const topic of knowledgeSetting(config, 'ignoreTopics')) needs.delete(topic);
  return new Map(TOPIC_IDS.filter((id) => needs.has(id)).map((id) => [id, needs.get(id)!]));
}
