// markdown-parser.ts: a text parsed with only the GFM constructs it can contain has exactly the
// tree remark-gfm gives it (positions included), on every corpus article and on random Markdown
// built from every kind of block and the characters around the left-out constructs.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { gfmNeeds, parseMarkdownTree } from '../../src/core/markdown-parser.js';

const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze();
const same = (text: string) => assert.deepEqual(parseMarkdownTree(text), reference.parse(text) as Root, JSON.stringify(text.slice(0, 200)));

const root = resolve(__dirname, '../..');
const folders = [resolve(root, '../shared/corpus/seeds'), resolve(root, '../shared/corpus/dev'), resolve(root, 'test/corpus'), resolve(root, 'test/corpus-blind5/tune'), resolve(root, 'test/corpus-authoritative'), resolve(root, 'test/fixtures')];

// Blocks of every kind, and what can come near a table or a literal autolink without making one.
const PIECES = [
  '# Heading', 'Setext\n===', 'Setext\n---', 'Para *em* **strong** `code` [link](/x) ![img](/i.png)', '- a\n- b', '1. one\n2. two',
  '- [ ] task\n- [x] done', '> quote\n> more', '* * *', '[foo]: /url "title"', '[^1]: A note.', 'A ref [^1] and [foo].',
  '    indented code', '```\nfence\n```', '~~strike~~ and ~one~', '<div>\nhtml\n</div>', '<!-- comment -->', '---\ntitle: x\n---',
  'a\n-', 'a\n- -', '-- --', ': -', '- :', '-', ':', 'name.example', 'w.w', 'ww.x', 'mailto', 'http', 'https:', 'x:/', '/ /', 'user.name',
  '\\', '&amp;', '\t', '  ', '\n', '\n\n', 'word', 'Dr. Smith', 'e.g.', '5:1', '10 mg/kg', '[x]', '^', '<', '>', '_x_',
];

function files(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(md|txt)$/.test(f)).map((f) => join(dir, f));
  } catch {
    return [];
  }
}

describe('the Markdown parser builds only the GFM constructs a text can contain (core/markdown-parser.ts)', () => {
  it('needs a table only with a pipe, ":-" or "-:", and literal autolinks only with "@", "www." or "://"', () => {
    assert.equal(gfmNeeds('Plain text, with [a link](/x) and ~~strike~~.'), 0);
    assert.equal(gfmNeeds('| a |\n| - |'), 1);
    // A one-column table needs no pipe.
    assert.equal(gfmNeeds('a\n:--'), 1);
    assert.equal(gfmNeeds('a\n--:'), 1);
    assert.equal(parseMarkdownTree('a\n:-:').children[0].type, 'table');
    assert.equal(gfmNeeds('Mail me@example.com'), 2);
    assert.equal(gfmNeeds('See WWW.example.com'), 2);
    assert.equal(gfmNeeds('See HTTPS://example.com | now'), 3);
    // Still parsed when present.
    assert.equal(parseMarkdownTree('| a |\n| - |\n| 1 |').children[0].type, 'table');
    const p = parseMarkdownTree('Write to me@example.com.').children[0];
    assert.ok(p.type === 'paragraph' && p.children.some((c) => c.type === 'link'));
  });

  it('gives remark-gfm\'s tree for every corpus article', () => {
    const paths = folders.flatMap(files);
    assert.ok(paths.length >= 40, `only ${paths.length} articles (is ../shared/corpus there?)`);
    let without = 0;
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      same(text);
      // The same article with the characters the costly constructs need taken out.
      const stripped = text.replace(/[|@]|:\/\/|www\.|:-|-:/gi, ' ');
      if (gfmNeeds(stripped) === 0) without++;
      same(stripped);
    }
    assert.equal(without, paths.length);
  });

  it('gives remark-gfm\'s tree for random Markdown without those characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '\n', '\n\n', '', '- ', '> ', '1. ', '    '), { maxLength: 40 }), (pieces, glue) => {
        const text = pieces.map((p, i) => p + (glue[i] ?? '\n\n')).join('');
        fc.pre(gfmNeeds(text) === 0);
        same(text);
      }),
      { numRuns: 400, seed: 17 },
    );
  });
});
