// An index from every inflected form to the lemmas that produce it, so that data written as
// lemmas ("restore", "side effect") matches any form in the text ("restored", "side effects").

import { formsOf, type WordClass } from './inflect.js';

export interface LemmaHit<V> {
  lemma: string;
  cls: WordClass;
  value: V;
  /** Number of tokens the entry spans (multiword lemmas such as "side effect"). */
  length: number;
}

/** Forms of single and multiword lemmas; a multiword entry is found by its first word. */
export class LemmaIndex<V> {
  private readonly byFirst = new Map<string, { words: string[]; hit: LemmaHit<V> }[]>();

  add(lemma: string, cls: WordClass, value: V): this {
    for (const form of formsOf(lemma.toLowerCase(), cls)) {
      const words = form.split(/[\s-]+/).filter(Boolean);
      const list = this.byFirst.get(words[0]);
      const entry = { words, hit: { lemma, cls, value, length: words.length } };
      if (list) list.push(entry);
      else this.byFirst.set(words[0], [entry]);
    }
    return this;
  }

  addAll(lemmas: Iterable<string>, cls: WordClass, value: V): this {
    for (const l of lemmas) this.add(l, cls, value);
    return this;
  }

  /** Entries whose form starts at `norms[i]`, longest first. */
  at(norms: readonly string[], i: number): LemmaHit<V>[] {
    const list = this.byFirst.get(norms[i]);
    if (!list) return [];
    const out: LemmaHit<V>[] = [];
    for (const e of list) {
      if (i + e.words.length > norms.length) continue;
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) ok = norms[i + k] === e.words[k];
      if (ok) out.push(e.hit);
    }
    return out.length > 1 ? out.sort((a, b) => b.length - a.length) : out;
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }
}
