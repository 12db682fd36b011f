'use strict';
// Bundles the suite for the web worker extension host: one CommonJS file inside the extension's
// folder (so VS Code runs the tests where the extension runs), with Node's assert, the Node API
// and the test-file listing replaced by their browser versions. Used by run-code-server.js --web.
const fs = require('fs');
const path = require('path');

const SUITE = path.resolve(__dirname, '..');
const ROOT = path.resolve(SUITE, '..', '..', '..');

async function buildWebSuite(outfile = path.join(ROOT, '.vscode-test', 'web-suite', 'index.js')) {
  const esbuild = require(path.join(ROOT, 'node_modules', 'esbuild'));
  // The knowledge YAML and word classes the core imports, as esbuild.js bundles them for the product.
  const { yamlPlugin, wordClassesPlugin } = require(path.join(ROOT, 'scripts', 'build-plugins.cjs'));
  const tests = fs.readdirSync(SUITE).filter((f) => f.endsWith('.test.js')).sort();
  const replace = {
    name: 'web-suite',
    setup(build) {
      build.onResolve({ filter: /^fairbalance-suite-tests$/ }, () => ({ path: 'tests', namespace: 'web-suite' }));
      build.onLoad({ filter: /.*/, namespace: 'web-suite' }, () => ({ contents: tests.map((f) => `require(${JSON.stringify(path.join(SUITE, f))});`).join('\n'), loader: 'js', resolveDir: SUITE }));
      build.onResolve({ filter: /^assert$/ }, () => ({ path: path.join(__dirname, 'assert.js') }));
      build.onResolve({ filter: /^\.\/core$/ }, (args) => (args.importer === path.join(SUITE, 'helpers.js') ? { path: path.join(__dirname, 'core.js') } : undefined));
    },
  };
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'index.js')],
    outfile,
    bundle: true,
    platform: 'browser',
    conditions: ['worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { FAIRBALANCE_VERSION: '"test"', 'process.env.NODE_ENV': '"production"' },
    plugins: [replace, yamlPlugin, wordClassesPlugin],
    logLevel: 'warning',
  });
  return outfile;
}

module.exports = { buildWebSuite };
