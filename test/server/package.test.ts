// The .vsix holds the Node and browser bundles, the manifest, media, grammar and the pages its
// README links to: no sources, tests or maps; every relative link in a shipped Markdown file
// resolves to a file in the package (issue 17 item 11). The manifest names both entries and a
// repository, from which the rule documentation links derive.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, it } from 'node:test';
import { DOCS_BASE, ruleUrl } from '../../src/core/rule.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const vsce = 'node_modules/@vscode/vsce/vsce';

/** Relative link and image targets in Markdown (inline links; no URL scheme, no in-page anchor). */
const relativeLinks = (md: string) =>
  [...md.replace(/```[\s\S]*?```/g, '').matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)]
    .map((m) => m[1])
    .filter((t) => !/^[a-z][\w+.-]*:/i.test(t) && !t.startsWith('#'))
    .map((t) => t.replace(/[#?].*$/, ''));

describe('extension package', () => {
  const files = existsSync(vsce) ? execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { encoding: 'utf8' }).split('\n').filter(Boolean) : [];

  it('vsce ls lists only what the extension ships', { skip: !files.length && 'vsce not installed' }, () => {
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/extension.js', 'dist/server.js', 'dist/web/extension.js', 'dist/web/server.js', 'dist/lexicon.bin', 'dist/lexicon.json', 'media/icon.png', 'syntaxes/fairbalance.injection.json']) {
      assert.ok(files.includes(f), `${f} missing from the package`);
    }
    const unwanted = files.filter((f) => /\.(?:map|cache)$/.test(f) || /^(src|test|scripts|node_modules|bench|\.ci)\//.test(f) || /\.ts$/.test(f) || (f.startsWith('docs/') && !/^docs\/(rules\/[\w-]+\.md|images\/[\w-]+\.png)$/.test(f)));
    assert.deepEqual(unwanted, []);
  });

  it('every relative link in a shipped Markdown file points at a shipped file', { skip: !files.length && 'vsce not installed' }, () => {
    const broken: string[] = [];
    for (const md of files.filter((f) => f.endsWith('.md'))) {
      for (const target of relativeLinks(readFileSync(md, 'utf8'))) {
        const resolved = posix.normalize(posix.join(posix.dirname(md), decodeURIComponent(target)));
        if (!files.includes(resolved)) broken.push(`${md}: ${target}`);
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(relativeLinks(readFileSync('README.md', 'utf8')).includes('docs/images/vscode-extension.png'), 'the parser sees the screenshot link');
  });

  it('names a Node and a browser entry, and one repository the rule docs links derive from', () => {
    assert.equal(pkg.main, 'dist/extension.js');
    assert.equal(pkg.browser, 'dist/web/extension.js');
    const web = String(pkg.repository.url).replace(/^git\+/, '').replace(/\.git$/, '');
    assert.match(web, /^https:\/\/(?!example\.invalid)/);
    assert.equal(DOCS_BASE, `${web}/blob/main/docs/rules/`);
    assert.equal(ruleUrl('claim-absolute'), `${web}/blob/main/docs/rules/claim-absolute.md`);
    assert.doesNotMatch(readFileSync('src/core/rule.ts', 'utf8') + readFileSync('README.md', 'utf8'), /github\.com\/fairbalance|example\.invalid/, 'the address is written only in package.json');
  });

  it('the safety checklist has a view container of its own (not squeezed under the Explorer)', () => {
    const container = pkg.contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'fairbalance');
    assert.ok(container?.icon && existsSync(container.icon));
    assert.deepEqual(pkg.contributes.views.fairbalance.map((v: { id: string }) => v.id), ['fairbalance.checklist']);
    assert.equal(pkg.contributes.views.explorer, undefined);
  });
});
