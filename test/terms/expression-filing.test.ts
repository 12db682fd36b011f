// The anchors' filing (src/terms/expressions.ts, Anchor) only spares work: over real copy and
// over generated swaps of the lexicon's own expressions (a substitute, a capitalised word, a
// derived form, a look-alike, another expression's word, in every slot), the garbled expressions
// found are those that aligning every posting of every anchor finds.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { tokenizeWord, type Token } from '../../src/core/tokens.js';
import { builtInResources } from '../../src/node/index.js';
import { garbledByEveryPosting, garbledExpressionsIn } from '../../src/terms/expressions.js';
import { lexiconOf } from '../../src/terms/lexicon.js';
import { prng } from './prng.js';

const lexicon = lexiconOf(builtInResources());
const tokensOf = (text: string): Token[] => [...text.matchAll(/[^\s,.;:!?()"]+/g)].flatMap((m) => tokenizeWord(m[0], m.index!));

function sameAnswers(sentences: string[]): number {
  let found = 0;
  for (const s of sentences) {
    const tokens = tokensOf(s);
    const fast = garbledExpressionsIn(lexicon, s, tokens);
    assert.deepStrictEqual(fast, garbledByEveryPosting(lexicon, s, tokens), s);
    found += fast.length;
  }
  return found;
}

it('real copy: the same garbled expressions as aligning every posting', () => {
  const dirs = ['test/corpus', 'test/corpus-blind5/tune'];
  const sentences = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(d, f), 'utf8').split(/(?<=[.!?])\s+|\n+/)));
  assert.ok(sentences.length > 100, `${sentences.length} sentences`);
  sameAnswers(sentences);
});

it('generated swaps in every slot of the expressions: the same garbled expressions', () => {
  const index = lexicon.terms.expressions!.index!;
  const texts = index.expression.map((at) => lexicon.terms.expressions!.expressions.text[at]);
  const random = prng(17);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const substitutes = (word: string) =>
    [index.strong[`h:${word}`], index.strong[`m:${word}`], index.weak[`h:${word}`], index.weak[`m:${word}`]]
      .filter(Boolean)
      .flatMap((list) => list!.split('|').map((s) => s.replace(/^~?\^?/, '')));
  const sentences: string[] = [];
  for (let n = 0; n < 1500; n++) {
    const words = pick(texts).split(' ');
    const k = Math.floor(random() * words.length);
    const w = words[k];
    const lower = w.toLowerCase();
    const variants = [
      pick(substitutes(lower).length ? substitutes(lower) : [lower]),
      `${w[0].toUpperCase()}${pick(texts).split(' ')[0].slice(1)}`,
      `${w.slice(0, -3)}ion`,
      `${w.slice(0, -2)}ive`,
      `${w[0]}${w.slice(1).split('').reverse().join('')}`,
      pick(pick(texts).split(' ')),
    ];
    for (const v of variants) sentences.push(`Patients told us that ${words.map((x, i) => (i === k ? v : x)).join(' ')} was the main worry.`);
  }
  // Names of three capitalised words or more, a capitalised word for each word in turn.
  for (const name of texts.filter((t) => t.split(' ').length >= 3 && t.split(' ').every((w) => /^[A-Z]/.test(w)))) {
    const words = name.split(' ');
    words.forEach((_, k) => sentences.push(`We wrote to the ${words.map((x, i) => (i === k ? 'Northern' : x)).join(' ')} last year.`));
  }
  assert.ok(sameAnswers(sentences) > 200, 'the generated swaps make findings');
});
