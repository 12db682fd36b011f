// caveat-missing: the article discusses a therapy but leaves out a safety topic a patient needs
// (RUBRIC section 2). One finding per missing topic, on the title, each offering the same
// "insert a safety section" edit (applied once) and an edit for its own topic alone.

import type { MessageData, RuleModule } from '../core/rule.js';
import type { Doc } from '../core/document.js';
import type { Severity, SeverityName } from '../core/types.js';
import { forRegion, therapyList } from '../knowledge/therapies.js';
import { knowledgeSetting } from '../knowledge/sections.js';
import { articleTherapies } from '../mentions/subject.js';
import { TOPIC_IDS, type TopicId } from '../knowledge/topics.js';
import { caveats, crisisLineFor } from '../knowledge/caveats.js';
import { presentTopics } from '../caveats/detect.js';
import { neededTopics, type Need } from '../caveats/needs.js';
import { safetySectionFix } from '../caveats/section.js';
import { listWords, midSentence } from '../mentions/wording.js';

export interface CaveatMissingOptions {
  /** Per-topic severity: "off", "warn" or "error" (default: error for side effects, contraindications, abuse potential and crisis resources). */
  severity?: Partial<Record<TopicId, SeverityName>>;
}

const TOPIC_NAMES: Record<TopicId, string> = {
  'side-effects': 'side effects',
  contraindications: 'who should not have it',
  'medical-supervision': 'medical supervision',
  driving: 'driving after treatment',
  'abuse-potential': 'misuse and dependence',
  'regulatory-status': 'approval status',
  'individual-variation': 'results vary',
  'evidence-limits': 'limits of the evidence',
  'crisis-resources': 'crisis resources',
};

/**
 * A topic's message template, from caveats.yaml (where {therapy} is the therapy's label, {reason}
 * why the topic is needed and {line} the region's crisis line): the {therapy} that opens the
 * message is {{Therapy}} (as written), a later one {{therapy}} (mid-sentence); the verb after it
 * agrees with one or several therapies ({{is}}, {{has}}). The crisis message ends with a {{hint}}.
 */
function topicTemplate(topic: TopicId): string {
  const text = (caveats.topics[topic]?.message ?? `Missing safety topic "${topic}".`)
    .replace(/\{therapy\} (is|has)\b/, '{therapy} {{$1}}')
    .replace(/^\{therapy\}/, '{{Therapy}}')
    .replace('{therapy}', '{{therapy}}')
    .replace('{reason}', '{{reason}}')
    .replace('{line}', '{{line}}');
  return topic === 'crisis-resources' ? `${text}{{hint}}` : text;
}

function messageData(topic: TopicId, need: Need, region: string, hint: string): MessageData {
  const names = need.therapies.map((t) => t.label);
  const label = names.length ? listWords(names) : 'This treatment';
  const plural = need.therapies.length > 1 || !!need.therapies[0]?.plural;
  return {
    Therapy: label,
    therapy: midSentence(label),
    is: plural ? 'are' : 'is',
    has: plural ? 'have' : 'has',
    reason: need.reason || (topic === 'crisis-resources' ? 'mental health' : 'used here'),
    line: crisisLineFor(region).short,
    hint,
  };
}

/**
 * Whether an article with the default region (US) reads as written for UK readers: an nhs.uk
 * or other .uk link, or the NHS or a GP named. The crisis message then says how to get UK lines.
 */
function looksBritish(doc: Doc): boolean {
  if (doc.links.some((l) => /^(?:https?:\/\/)?[^/]*\.uk(?:[/:?#]|$)/i.test(l.url))) return true;
  return doc.sentences.some((s) => s.tokens.some((t) => t.capital && (t.norm === 'nhs' || t.norm === 'gp' || t.norm === 'gps')));
}

const UK_HINT = ' This article looks written for UK readers; set "region": "UK" in the config for UK crisis lines.';

function severityOf(topic: TopicId, ruleLevel: number, options: CaveatMissingOptions | undefined): Severity | 0 {
  const set = options?.severity?.[topic];
  if (set) return set === 'off' ? 0 : set === 'error' ? 2 : 1;
  if (ruleLevel < 2) return 1;
  return caveats.topics[topic]?.severity === 'error' ? 2 : 1;
}

const rule: RuleModule<CaveatMissingOptions> = {
  id: 'caveat-missing',
  category: 'caveat',
  meta: {
    docs: { description: 'A safety topic the article needs (side effects, driving, misuse, crisis lines, ...) is missing.' },
    recommended: 'error',
    fixable: 'caveat',
    // One message per topic; the messageId is the topic id (RUBRIC section 2).
    messages: Object.fromEntries(TOPIC_IDS.map((t) => [t, topicTemplate(t)])),
    schema: {
      type: 'object',
      properties: {
        severity: { type: 'object', properties: Object.fromEntries(TOPIC_IDS.map((t) => [t, { type: 'string', enum: ['off', 'warn', 'error'] }])) },
      },
    },
  },
  create(context) {
    const { doc, config } = context;
    // The article's therapies, known or inferred, with the facts for the config's region.
    const { mentions, subjects: found } = articleTherapies(doc, therapyList(knowledgeSetting(config, 'therapies')));
    const subjects = found.map((t) => forRegion(t, config.region));
    const needs = neededTopics(doc, config, subjects);
    const present = presentTopics(doc, mentions);
    doc.memo.set('summary', {
      format: doc.format,
      therapies: subjects.map((t) => t.label),
      topics: [...needs.keys()].map((id) => ({ id, present: present.has(id) })),
    });
    const ruleLevel = config.rules['caveat-missing']?.[0] ?? 2;
    const missing = [...needs].filter(([id]) => !present.has(id) && severityOf(id, ruleLevel, context.options) > 0);
    if (!missing.length) return;
    const all = safetySectionFix(doc, missing, config.region, `Insert a safety section (${missing.map(([id]) => TOPIC_NAMES[id]).join(', ')})`);
    for (const [topic, need] of missing) {
      const fixes = [all];
      if (missing.length > 1) fixes.push(safetySectionFix(doc, [[topic, need]], config.region, `Insert a sentence on ${TOPIC_NAMES[topic]}`));
      context.report({
        start: doc.title.start,
        end: doc.title.end,
        messageId: topic,
        data: messageData(topic, need, config.region, topic === 'crisis-resources' && config.region === 'US' && looksBritish(doc) ? UK_HINT : ''),
        severity: severityOf(topic, ruleLevel, context.options) as Severity,
        fixes,
      });
    }
  },
};

export default rule;
