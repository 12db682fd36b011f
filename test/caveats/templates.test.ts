// The therapy knowledge and the text the safety-section fix inserts: every template sentence (US,
// regional and generic) has a source, says what its topic needs in an article about its therapy
// (so the fix makes the finding go away), and avoids the words the claim rules flag.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDoc } from '../../src/core/document.js';
import { parsePlainText } from '../../src/core/plaintext.js';
import { validateTherapyEntries, builtInTherapies, type TopicTemplate } from '../../src/knowledge/therapies.js';
import { TOPIC_IDS, type TopicId } from '../../src/knowledge/topics.js';
import { caveats, expandLists } from '../../src/knowledge/caveats.js';
import { patternError } from '../../src/core/phrases.js';
import { presentTopics } from '../../src/caveats/detect.js';
import { articleTherapies } from '../../src/mentions/subject.js';

const templates: { where: string; topic: TopicId; t: TopicTemplate; label: string }[] = [
  ...builtInTherapies.flatMap((th) => [
    ...Object.entries(th.topics ?? {}).map(([topic, t]) => ({ where: `${th.id}.${topic}`, topic: topic as TopicId, t: t!, label: th.label })),
    ...Object.entries(th.regions ?? {}).flatMap(([region, facts]) =>
      Object.entries(facts?.topics ?? {}).map(([topic, t]) => ({ where: `${th.id}.${region}.${topic}`, topic: topic as TopicId, t: t!, label: th.label })),
    ),
  ]),
  ...TOPIC_IDS.filter((id) => caveats.generic[id]).map((id) => ({ where: `generic.${id}`, topic: id, t: caveats.generic[id], label: 'This treatment' })),
  ...Object.entries(caveats.genericRegions ?? {}).flatMap(([region, ts]) =>
    Object.entries(ts ?? {}).map(([topic, t]) => ({ where: `generic.${region}.${topic}`, topic: topic as TopicId, t: t!, label: 'This treatment' })),
  ),
  ...Object.entries(caveats.crisisLines).map(([region, l]) => ({ where: `crisis.${region}`, topic: 'crisis-resources' as TopicId, t: l, label: '' })),
];

// Words a claim rule flags (RUBRIC section 1): inserted text must never add a claim.
const CLAIM_WORDS = /\b(safe|safely|most|immediate|immediately|proven|cures?|guaranteed?|always|never|100%|completely|permanent|lasting|breakthrough|effective|miracle|risk-free)\b/i;

describe('therapy knowledge', () => {
  it('covers the therapies the issues list (at least 30)', () => {
    const ids = builtInTherapies.map((t) => t.id);
    for (const id of [
      'ketamine', 'esketamine', 'psilocybin', 'psychedelics', 'mdma', 'tms', 'ect', 'iv-vitamins', 'nad', 'stem-cells', 'prp', 'hbot', 'cbd', 'chiropractic', 'infusion',
      'acupuncture', 'ozone-therapy', 'chelation', 'photobiomodulation', 'cryotherapy', 'testosterone', 'peptides', 'compounded-glp1', 'glp1', 'spinal-decompression',
      'spinal-cord-stimulation', 'exosomes', 'prolotherapy', 'medical-cannabis',
    ]) {
      assert.ok(ids.includes(id), id);
    }
    assert.ok(builtInTherapies.filter((t) => !t.generic).length >= 30);
  });
  it('every therapy that is not a catch-all states facts with a source', () => {
    for (const t of builtInTherapies.filter((x) => !x.generic)) {
      const sourced = [...Object.values(t.topics ?? {}), ...Object.values(t.regions ?? {}).flatMap((r) => Object.values(r?.topics ?? {}))].some((x) => x && x.sources.length > 0) || (t.sources ?? []).length > 0;
      assert.ok(sourced, t.id);
    }
  });
  it('the built-in entries pass the same validation as config entries', () => {
    assert.doesNotThrow(() => validateTherapyEntries(builtInTherapies.map(({ id, label, names, brands, aliases, traits, schedule, approval, approvedFor, offLabelFor, status, requires, topics, generic, regions, sources }) =>
      JSON.parse(JSON.stringify({ id, label, names, brands, aliases, traits, schedule, approval, approvedFor, offLabelFor, status, requires, topics, generic, regions, sources }))), 'therapies.yaml'));
  });
  it('every caveat phrase parses (a YAML "#" or a two-word alternative would break one)', () => {
    for (const id of TOPIC_IDS) {
      for (const p of [...caveats.topics[id].phrases, ...caveats.topics[id].denials]) {
        const pattern = expandLists(typeof p === 'string' ? p : p.pattern);
        assert.equal(patternError(pattern), undefined, `${id}: ${pattern}`);
      }
    }
  });
  it('the names of two therapies never overlap (exosome names belong to exosomes, not stem cells)', () => {
    const owner = new Map<string, string>();
    for (const t of builtInTherapies) {
      for (const n of [...t.names, ...(t.brands ?? [])]) {
        const key = n.toLowerCase();
        assert.ok(!owner.has(key) || owner.get(key) === t.id, `"${n}" is a name of ${owner.get(key)} and ${t.id}`);
        owner.set(key, t.id);
      }
    }
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
      // In an article about the therapy: titled with its name.
      const source = `${label || 'Title line'}\n${text}\n`;
      const doc = buildDoc(source, parsePlainText(source), 'text');
      assert.ok(presentTopics(doc, articleTherapies(doc).mentions).has(topic), `"${text}" should count as ${topic}`);
    });
  }
});
