'use strict';
// The linter the tests compute expected results with, in the web worker extension host (no
// dist/index.js there): the core built for the browser with the built-in registry, and the term
// lexicon read from the extension's own files, as the web extension reads it.
const vscode = require('vscode');
const { lint: coreLint } = require('../../../../src/core/lint.ts');
const { applyFixes } = require('../../../../src/core/fixes.ts');
const { builtInRegistry } = require('../../../../src/node/registry.ts');
const { Lexicon } = require('../../../../src/terms/lexicon.ts');

let resources;

exports.ready = async () => {
  const ext = vscode.extensions.getExtension('fairbalance.fairbalance');
  const read = (p) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, p));
  const [trie, terms] = await Promise.all([read('dist/lexicon.bin'), read('dist/lexicon.json')]);
  resources = { lexicon: Lexicon.fromBytes(trie, new TextDecoder().decode(terms)) };
};
exports.lint = (text, options = {}) => coreLint(text, { ...options, registry: builtInRegistry, resources });
exports.applyFixes = applyFixes;
