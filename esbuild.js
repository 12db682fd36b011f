// Builds dist/: the CLI, the Node API, the language server and the extension, each one bundle,
// and for VS Code for the Web the same server and client bundled for the browser (dist/web/).
// Knowledge files are YAML, turned into JSON modules here so nothing parses YAML at start-up.
//   node esbuild.js            build once
//   node esbuild.js --watch    rebuild on change
//   node esbuild.js --tests    also bundle test/**/*.test.ts into .test-dist/ (used by npm test)
'use strict';
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests');
const pkg = require('./package.json');

const { yamlPlugin, wordClassesPlugin } = require('./scripts/build-plugins.cjs');
/**
 * The repository's web address, from package.json's `repository` (the one place it is set): the
 * rule documentation links (core/rule.ts DOCS_BASE) derive from it.
 */
const repositoryUrl = String(pkg.repository?.url ?? pkg.repository ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
const DOCS_BASE = `${repositoryUrl}/blob/main/docs/rules/`;
const defines = { FAIRBALANCE_VERSION: JSON.stringify(pkg.version), FAIRBALANCE_DOCS_BASE: JSON.stringify(DOCS_BASE) };

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [yamlPlugin, wordClassesPlugin],
  // Some ESM dependencies read import.meta.url; in a CommonJS bundle it is this file's URL.
  define: { ...defines, 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Prefer ESM entry points of dependencies so esbuild can tree-shake them.
  mainFields: ['module', 'main'],
};

/**
 * Browser bundles: no Node built-ins (esbuild cannot resolve `fs` for the browser, so one
 * reaching the core fails the build) and no Node globals; dependencies' browser entries, and
 * their Web Worker ones where they differ (decode-named-character-reference's browser entry
 * needs a DOM, which a worker has not).
 */
const browser = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  conditions: ['worker', 'browser'],
  mainFields: ['browser', 'module', 'main'],
  banner: {},
  define: { ...defines, 'process.env.NODE_ENV': '"production"' },
};

const browserTargets = [
  // The language server in a Web Worker (src/web/server.ts): a classic worker script.
  { entryPoints: ['src/web/server.ts'], outfile: 'dist/web/server.js', format: 'iife' },
  // The extension's `browser` entry, loaded by VS Code's web worker extension host.
  { entryPoints: ['src/extension/browser.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'] },
];

const targets = [
  { entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli-main.js' },
  // The `fairbalance` command: starts dist/cli-main.js from its code cache (src/cli/launch.ts).
  { entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', sourcemap: false, banner: { js: '#!/usr/bin/env node' } },
  // Lints files in worker threads for dist/cli.js (src/cli/pool.ts).
  { entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['src/index.ts'], outfile: 'dist/index.js' },
  { entryPoints: ['src/server/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
];

function testTargets() {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== 'integration' && e.name !== 'node_modules') walk(p);
      else if (e.isFile() && e.name.endsWith('.test.ts')) files.push(p);
    }
  };
  walk('test');
  return files.length ? [{ entryPoints: files, outdir: '.test-dist', outbase: 'test', outExtension: { '.js': '.cjs' } }] : [];
}

async function main() {
  const all = [...targets.map((t) => ({ ...common, ...t })), ...browserTargets.map((t) => ({ ...browser, ...t })), ...(withTests ? testTargets() : []).map((t) => ({ ...common, ...t }))];
  if (withTests) fs.rmSync('.test-dist', { recursive: true, force: true });
  // The term lexicon (dist/lexicon.*), rebuilt only when its sources change.
  await (await import('./scripts/build-lexicon.mjs')).buildLexicon(path.join(__dirname, 'dist'));
  if (watch) {
    for (const t of all) await (await esbuild.context(t)).watch();
    console.log('esbuild: watching for changes');
    return;
  }
  await Promise.all(all.map((t) => esbuild.build(t)));
  fs.chmodSync('dist/cli.js', 0o755);
  writeCodeCache();
}

/**
 * V8's code cache of the CLI bundle (dist/cli-main.cache, read by src/cli/launch.ts), made by a
 * warm-up lint of a short article so that the functions a lint runs are in it. Best effort: without
 * it the CLI compiles its bundle as usual.
 */
function writeCodeCache() {
  // Broad rather than long: headings, a list, a question and answer, a table, a link, numbers,
  // a misspelling and a garbled term, so that a lint's usual code paths are compiled in the cache.
  const warmUp = [
    '---',
    'title: Ketamine infusions for chronic pain',
    '---',
    '# Ketamine infusions for chronic pain',
    '',
    'Ketamine infusions cure nerve pain in one session and are completely safe, with no side outcomes.',
    'Studies show that 90% of patients feel better, unlike opioids. It was approved by the Food and Medication Administration.',
    'Our subaneshetic doses reset the nervous system; most patients come off their painkillers within weeks.',
    '',
    '## Benefits',
    '',
    '- Relief lasts for weeks.',
    '- Speeds up recovery after surgery',
    '- Most people return to work the next day.',
    '',
    '### Is it safe?',
    '',
    'Absolutely. Side effects such as nausea, dizziness and raised blood pressure are rare and pass quickly.',
    '',
    '| | Ketamine | Opioids |',
    '| --- | --- | --- |',
    '| Side effects | None | Constipation, addiction |',
    '',
    'Read the [NICE guidance](https://www.nice.org.uk/guidance/ng193) and talk to your doctor (1).',
    'You should not drive for 24 hours. Call 988 if you are in crisis.',
  ].join('\n');
  const env = { ...process.env, FAIRBALANCE_CODE_CACHE: 'write' };
  // From the temporary directory, so that no config of the checkout applies.
  const cli = path.join(__dirname, 'dist', 'cli.js');
  const run = require('node:child_process').spawnSync(process.execPath, [cli, '--stdin', '--stdin-filename', 'warm-up.md', '--format', 'json'], { input: warmUp, env, encoding: 'utf8', cwd: require('node:os').tmpdir() });
  if (run.error || !fs.existsSync(path.join(__dirname, 'dist', 'cli-main.cache'))) console.warn(`esbuild: no code cache for the CLI (${run.error?.message ?? run.stderr.trim().split('\n')[0]})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
