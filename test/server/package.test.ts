// The .vsix holds the bundle, the manifest, media, grammar and docs: no sources, tests or maps.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';

describe('extension package', () => {
  it('vsce ls lists only what the extension ships', { skip: !existsSync('node_modules/@vscode/vsce/vsce') && 'vsce not installed' }, () => {
    const files = execFileSync(process.execPath, ['node_modules/@vscode/vsce/vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/extension.js', 'dist/server.js', 'media/icon.png', 'syntaxes/fairbalance.injection.json']) {
      assert.ok(files.includes(f), `${f} missing from the package`);
    }
    const unwanted = files.filter((f) => /\.map$/.test(f) || /^(src|test|scripts|node_modules|docs|\.ci)\//.test(f) || /\.ts$/.test(f));
    assert.deepEqual(unwanted, []);
  });
});
