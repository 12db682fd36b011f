import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childOf, folderOf, innermost, nameOf, normalizeFolder, parentOf, pathOf, relativeTo } from '../../src/server/uris.js';

describe('document and folder URIs', () => {
  it('folders, parents and children, for file: and virtual file systems', () => {
    assert.equal(folderOf('file:///home/a/docs/x.md'), 'file:///home/a/docs');
    assert.equal(folderOf('file:///x.md'), 'file:///');
    assert.equal(folderOf('vscode-vfs://github/owner/repo/docs/x.md'), 'vscode-vfs://github/owner/repo/docs');
    assert.equal(folderOf('untitled:Untitled-1'), undefined);
    assert.equal(parentOf('file:///home/a'), 'file:///home');
    assert.equal(parentOf('file:///home'), 'file:///');
    assert.equal(parentOf('file:///'), undefined);
    assert.equal(parentOf('vscode-vfs://github/'), undefined);
    assert.equal(childOf('file:///', '.fairbalancerc.json'), 'file:///.fairbalancerc.json');
    assert.equal(childOf('vscode-vfs://github/o/r', 'package.json'), 'vscode-vfs://github/o/r/package.json');
    assert.equal(normalizeFolder('file:///home/a/'), 'file:///home/a');
  });

  it('keeps the encoding the client wrote, and decodes paths for globs and messages', () => {
    const uri = 'file:///c%3A/My%20Docs/a%20b.md';
    assert.equal(folderOf(uri), 'file:///c%3A/My%20Docs');
    assert.equal(pathOf(uri), '/c:/My Docs/a b.md');
    assert.equal(nameOf(uri), 'a b.md');
    assert.equal(relativeTo('file:///c%3A/My%20Docs', uri), 'a b.md');
    assert.equal(childOf('file:///c%3A/My%20Docs', 'a b.md'), uri);
  });

  it('relative paths only inside the folder, and the innermost of several folders', () => {
    assert.equal(relativeTo('file:///w', 'file:///w/docs/a.md'), 'docs/a.md');
    assert.equal(relativeTo('file:///w', 'file:///wx/a.md'), undefined);
    assert.equal(relativeTo('file:///w', 'vscode-vfs://github/w/a.md'), undefined);
    assert.equal(relativeTo('file:///', 'file:///a.md'), 'a.md');
    assert.equal(innermost(['file:///w', 'file:///w/sub', 'file:///other'], 'file:///w/sub/a.md'), 'file:///w/sub');
    assert.equal(innermost(['file:///w'], 'untitled:Untitled-1'), undefined);
  });
});
