// Issue 17 item 9: the checklist's per-topic "+" inserts that topic alone. The summary carries,
// per missing topic, the caveat finding's own edit, not the section with every missing topic;
// and the light bulb lists that shared section once, not once per missing topic.
import assert from 'node:assert/strict';
import { describe, it, after } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../src/node/index.js';
import { quickFixes } from '../../src/server/actions.js';
import { toDiagnostic } from '../../src/server/convert.js';
import { harness, initialize, open } from './harness.js';

const ARTICLE = '# Ketamine infusions\n\nKetamine infusions may ease depression for some people.\n';
const URI = 'file:///checklist/a.md';

describe('safety checklist edits', () => {
  const h = harness();
  after(() => h.dispose());
  const caveats = lint(ARTICLE, { filePath: '/checklist/a.md' }).findings.filter((f) => f.ruleId === 'caveat-missing');

  it('each missing topic inserts its own paragraphs only', async () => {
    assert.ok(caveats.length >= 2, `the article misses several topics (${caveats.length})`);
    await initialize(h);
    open(h, URI, ARTICLE);
    await h.until(() => h.summaries.has(URI));
    const { topics } = h.summaries.get(URI)!;
    const doc = TextDocument.create(URI, 'markdown', 1, ARTICLE);
    const texts = new Set<string>();
    for (const f of caveats) {
      const edit = topics[f.messageId!]?.edit;
      assert.ok(edit, `an edit for ${f.messageId}`);
      const own = f.fixes[f.fixes.length - 1];
      assert.notEqual(own.text, f.fixes[0].text, 'the first fix is the section with every topic');
      assert.equal(edit.newText, own.text, `${f.messageId}: its own text`);
      assert.deepEqual(edit.range.start, doc.positionAt(own.range[0]));
      texts.add(edit.newText);
    }
    assert.equal(texts.size, caveats.length, 'one different text per topic');
  });

  it('the section every caveat finding offers is one quick fix for all of them', () => {
    const doc = TextDocument.create(URI, 'markdown', 1, ARTICLE);
    const diagnostics = caveats.map((f) => toDiagnostic(doc, f));
    const actions = quickFixes(doc, diagnostics);
    const sections = actions.filter((a) => a.title === caveats[0].fixes[0].title);
    assert.equal(sections.length, 1);
    assert.equal(sections[0].diagnostics?.length, caveats.length);
    const titles = actions.map((a) => a.title);
    assert.equal(new Set(titles).size, titles.length, `no title twice: ${titles.join(' | ')}`);
  });
});
