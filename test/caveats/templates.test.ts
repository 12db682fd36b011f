// The therapy knowledge and the text the safety-section fix inserts: every template sentence has
// a source, says what its topic needs (so the fix makes the finding go away), and avoids the
// words the claim rules flag.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDoc } from '../../src/core/document.js';
import { parsePlainText } from '../../src/core/plaintext.js';
import { validateTherapyEntries, builtInTherapies, type TopicTemplate } from '../../src/knowledge/therapies.js';
import { TOPIC_IDS, type TopicId } from '../../src/knowledge/topics.js';
import { caveats } from '../../src/knowledge/caveats.js';
import { presentTopics } from '../../src/caveats/detect.js';

const templates: { where: string; topic: TopicId; t: TopicTemplate; label: string }[] = [
  ...builtInTherapies.flatMap((th) =>
    Object.entries(th.topics ?? {}).map(([topic, t]) => ({ where: `${th.id}.${topic}`, topic: topic as TopicId, t: t!, label: th.label })),
  ),
  ...TOPIC_IDS.filter((id) => caveats.generic[id]).map((id) => ({ where: `generic.${id}`, topic: id, t: caveats.generic[id], label: 'This treatment' })),
  ...Object.entries(caveats.crisisLines).map(([region, l]) => ({ where: `crisis.${region}`, topic: 'crisis-resources' as TopicId, t: l, label: '' })),
];

// Words a claim rule flags (RUBRIC section 1): inserted text must never add a claim.
const CLAIM_WORDS = /\b(safe|safely|most|immediate|immediately|proven|cures?|guaranteed?|always|never|100%|completely|permanent|lasting|breakthrough|effective|miracle|risk-free)\b/i;

describe('therapy knowledge', () => {
  it('covers the therapies the brief lists', () => {
    const ids = builtInTherapies.map((t) => t.id);
    for (const id of ['ketamine', 'esketamine', 'psilocybin', 'psychedelics', 'mdma', 'tms', 'ect', 'iv-vitamins', 'nad', 'stem-cells', 'prp', 'hbot', 'cbd', 'chiropractic', 'infusion']) {
      assert.ok(ids.includes(id), id);
    }
  });
  it('the built-in entries pass the same validation as config entries', () => {
    assert.doesNotThrow(() => validateTherapyEntries(builtInTherapies.map(({ id, label, names, brands, aliases, traits, schedule, approval, approvedFor, offLabelFor, requires, topics, generic }) =>
      JSON.parse(JSON.stringify({ id, label, names, brands, aliases, traits, schedule, approval, approvedFor, offLabelFor, requires, topics, generic }))), 'therapies.yaml'));
  });
  it('controlled therapies name their DEA schedule', () => {
    for (const t of builtInTherapies.filter((x) => x.traits.includes('controlled'))) assert.ok(t.schedule, t.id);
  });
  it('every topic has a generic template, detection phrases and a severity', () => {
    for (const id of TOPIC_IDS) {
      assert.ok(caveats.topics[id]?.phrases.length, id);
      assert.ok(['error', 'warning'].includes(caveats.topics[id].severity), id);
      if (id !== 'crisis-resources') assert.ok(caveats.generic[id], id);
    }
  });
});

describe('template sentences', () => {
  for (const { where, topic, t, label } of templates) {
    it(`${where}: has a source, says its topic, adds no claim`, () => {
      assert.ok(t.sources.length > 0, 'needs a source');
      for (const s of t.sources) {
        assert.ok(s.title.trim().length > 3, 'source title');
        assert.match(s.url, /^https:\/\/[^\s]+$/, 'source url');
      }
      const text = t.text.replace(/\{therapy\}/g, label || 'This treatment');
      assert.doesNotMatch(text, CLAIM_WORDS);
      const doc = buildDoc(`Title line\n${text}\n`, parsePlainText(`Title line\n${text}\n`), 'text');
      assert.ok(presentTopics(doc).has(topic), `"${text}" should count as ${topic}`);
    });
  }
});
