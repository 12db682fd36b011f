// reparse.ts: a file's next version, parsed from its last tree and the blocks the edit changed,
// has exactly the tree a parse of the whole text gives (positions included), over random
// articles of every kind of block and random edits; and the unchanged blocks are reused.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAgain } from '../../src/core/reparse.js';
import { parseMarkdownTree as parse } from '../../src/core/markdown-parser.js';

const BLOCKS = [
  '# Heading one',
  '## Heading *two* [^1]',
  'Setext\n======',
  'Setext two\n---',
  'Para with [link](http://x.y) and *em* and `code`.',
  'Para with a ref [foo] and [bar][baz] and [^1] note.',
  'Multi\nline\nparagraph with [Foo] ref',
  '- item a\n- item b',
  '- item a\n\n- item b',
  '1. one\n2. two',
  '1. one\n\n   continued\n\n2. two',
  '2) paren\n3) list',
  '+ plus\n\n+ list',
  '- nested\n  - inner\n\n  - inner2\n\n  back',
  '- [ ] task\n- [x] done',
  '> quote\n> more',
  '> quote\n\n> again',
  '> - quoted list\n>\n> - two',
  '* * *',
  '---',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '[foo]: http://foo',
  '[baz]: /baz "title"',
  '[^1]: A footnote.\n    more of it',
  '    indented code\n\n    more code',
  'An autolink www.example.com and https://a.b/c.',
  '<!-- fairbalance-disable-next-line claim-absolute -->',
  '<div>\nhtml\n</div>',
  '```\ncode\n\nmore\n```',
  '~~~js\nx\n~~~',
  'Hard  \nbreak and ~~strike~~',
  '\tTabbed',
  'Text\n- interrupting list',
  'Paragraph\n> lazy',
  'Trailing spaces   ',
  '1. ordered\n\n10. far',
  '-\n\n  empty start',
  '&amp; &#35; entity \\* escape',
  '- item\n\n      code in an item\n\n  and text',
  '> quoted\n>     code in a quote',
  '- a fence ```\n  in an item',
  '> <!-- open comment\n> in a quote',
  '1. ~~~\n   tilde fence',
];
const SEPARATORS = ['\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\n \n', '\r\n\r\n'];
const SNIPPETS = ['word', ' ', '\n', '\n\n', '- ', '1. ', '> ', '```', ']:', '[foo]', '[^1]', '*', '# ', '---', '\t', '  ', '<!--', 'x\n\ny', '\n\n- z', '|', 'Edit.'];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function article(rnd: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  let text = rnd() < 0.1 ? '---\ntitle: x\n---\n\n' : '';
  const n = 3 + Math.floor(rnd() * 10);
  for (let i = 0; i < n; i++) text += pick(BLOCKS) + pick(SEPARATORS);
  return text;
}

// Lone CRs are LFs by then (markdown.ts reads them so, with the same offsets).
const edit = (text: string, rnd: () => number) => editOf(text, rnd).replace(/\r(?!\n)/g, '\n');

function editOf(text: string, rnd: () => number): string {
  const choice = rnd();
  if (choice < 0.15) {
    // Paragraphs moved or copied (the same text twice takes the kept nodes once).
    const paragraphs = text.split('\n\n');
    const i = Math.floor(rnd() * paragraphs.length);
    const j = Math.floor(rnd() * paragraphs.length);
    if (choice < 0.08) [paragraphs[i], paragraphs[j]] = [paragraphs[j], paragraphs[i]];
    else paragraphs.splice(j, 0, paragraphs[i]);
    return paragraphs.join('\n\n');
  }
  if (choice < 0.5) {
    // As an editor does most: a word added to one paragraph.
    const paragraphs = text.split('\n\n');
    const i = Math.floor(rnd() * paragraphs.length);
    if (paragraphs[i]) paragraphs[i] += ' Edit.';
    return paragraphs.join('\n\n');
  }
  const at = Math.floor(rnd() * (text.length + 1));
  const cut = rnd() < 0.5 ? 0 : Math.floor(rnd() * 8);
  return text.slice(0, at) + (rnd() < 0.8 ? SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] : '') + text.slice(at + cut);
}

describe('reparse: an edited file parsed from its last tree (core/reparse.ts)', () => {
  it('gives the whole-text tree for random articles and edits', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      const path = `fuzz-${seed}.md`;
      let text = article(rnd);
      parseAgain(path, text, parse);
      parseAgain(path, text, parse);
      for (let k = 0; k < 6; k++) {
        const next = edit(text, rnd);
        const got = parseAgain(path, next, parse);
        assert.deepStrictEqual(got, parse(next), `seed ${seed}, edit ${k}:\n${JSON.stringify(text)}\n->\n${JSON.stringify(next)}`);
        text = next;
      }
    }
  });

  it('reuses the blocks before and after the edit', () => {
    const text = 'First paragraph.\n\n- a list\n- of two\n\nMiddle paragraph.\n\n> A quote.\n\nLast paragraph.\n';
    parseAgain('reuse.md', text, parse);
    const before = parseAgain('reuse.md', text, parse);
    const after = parseAgain('reuse.md', text.replace('Middle', 'Middle edited'), parse);
    assert.deepStrictEqual(after, parse(text.replace('Middle', 'Middle edited')));
    assert.equal(after.children[0], before.children[0]);
    assert.equal(after.children[1], before.children[1]);
    assert.notEqual(after.children[2], before.children[2]);
    assert.equal(after.children[3], before.children[3]);
    assert.equal(after.children[4], before.children[4]);
  });

  it('parses the whole text again when a fence could hold the edit', () => {
    const text = 'First.\n\n```\ncode\n```\n\nMiddle.\n\nLast.\n';
    parseAgain('fence.md', text, parse);
    const before = parseAgain('fence.md', text, parse);
    const after = parseAgain('fence.md', text.replace('Middle', 'Middle edited'), parse);
    assert.notEqual(after.children[0], before.children[0]);
    assert.deepStrictEqual(after, parse(text.replace('Middle', 'Middle edited')));
  });
});
