// A file linted again after an edit (as an editor does) reuses what its unchanged blocks gave
// before: the Markdown tree, the English reading, phrase matches, garbled expressions. Whatever is
// reused, every finding must be what a fresh lint of the edited text gives.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../src/node/index.js';
import type { Finding } from '../../src/core/types.js';

const seeds = resolve(__dirname, '../../..', 'shared/corpus/seeds');
const corpus = resolve(__dirname, '../..', 'test/corpus');
const articles = [seeds, corpus].filter(existsSync).flatMap((dir) => readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(resolve(dir, f), 'utf8')));
// Garbled terms, so that term-garbled's reuse is exercised too.
const SPUN = '\n\nPatients with a number of sclerosis and high blood strain should ask their health care givers first.\n';

const shape = (text: string, findings: Finding[]) => findings.map((f) => `${f.ruleId}/${f.messageId} ${f.start}-${f.end} ${JSON.stringify(text.slice(f.start, f.end))} ${f.message} ${JSON.stringify(f.fixes)}`);

describe('re-lint of an edited file', () => {
  it('gives the findings of a fresh lint, edit after edit', () => {
    assert.ok(articles.length >= 5);
    for (const [n, article] of articles.entries()) {
      const filePath = `/virtual/relint-${n}.md`;
      let text = article + SPUN;
      lint(text, { filePath });
      const paragraphs = text.split('\n\n');
      for (let edit = 0; edit < 4; edit++) {
        // Change one paragraph (words added at its start), then put it back: both versions re-use the rest.
        const k = (edit * 3 + n) % paragraphs.length;
        const edited = [...paragraphs];
        edited[k] = edit % 2 === 0 ? `Our clinic team says this. ${paragraphs[k]}` : paragraphs[k];
        text = edited.join('\n\n');
        const again = lint(text, { filePath });
        const fresh = lint(text, { filePath: `/virtual/fresh-${n}-${edit}.md` });
        assert.deepEqual(shape(text, again.findings), shape(text, fresh.findings), `article ${n}, edit ${edit}`);
      }
    }
  });
});
