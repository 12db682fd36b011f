'use strict';
// The esbuild plugins every bundle of the product needs (esbuild.js, the web integration suite,
// the benches): knowledge YAML as JSON modules, and the WordNet word classes of the language layer
// as the virtual module `fairbalance:word-classes` (built once per process by wordnet-classes.mjs).
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

/** YAML files become JSON modules at build time. */
const yamlPlugin = {
  name: 'yaml',
  setup(build) {
    build.onLoad({ filter: /\.ya?ml$/ }, async (args) => ({ contents: JSON.stringify(YAML.parse(await fs.promises.readFile(args.path, 'utf8'))), loader: 'json' }));
  },
};

let wordClasses;
/** `fairbalance:word-classes`: WordNet word classes for the language layer (scripts/wordnet-classes.mjs). */
const wordClassesPlugin = {
  name: 'word-classes',
  setup(build) {
    build.onResolve({ filter: /^fairbalance:word-classes$/ }, () => ({ path: 'word-classes', namespace: 'fairbalance' }));
    build.onLoad({ filter: /.*/, namespace: 'fairbalance' }, async () => {
      const { buildWordClasses } = await import(path.join(__dirname, 'wordnet-classes.mjs'));
      wordClasses ??= JSON.stringify(buildWordClasses());
      return { contents: wordClasses, loader: 'json' };
    });
  },
};

module.exports = { yamlPlugin, wordClassesPlugin };
