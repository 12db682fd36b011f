// Developer tool: bundles one TypeScript file as the product is bundled (YAML knowledge as JSON)
// and runs it, so that scripts/dev/*.ts can call the analysis directly.
//   FAIRBALANCE_LEXICON_DIR=dist node scripts/dev/run.cjs scripts/dev/show.ts "Ketamine heals pain."
'use strict';
const esbuild = require('esbuild');
const path = require('node:path');
const root = path.resolve(__dirname, '../..');
const { yamlPlugin, wordClassesPlugin } = require(path.join(root, 'scripts/build-plugins.cjs'));
const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/dev/run.cjs FILE.ts [args...]');
  process.exit(2);
}
process.env.FAIRBALANCE_LEXICON_DIR ??= path.join(root, 'dist');
const outfile = path.join(require('node:os').tmpdir(), `fairbalance-dev-${path.basename(file, '.ts')}.cjs`);
esbuild.build({
  entryPoints: [path.resolve(file)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  plugins: [yamlPlugin, wordClassesPlugin],
  nodePaths: [path.join(root, 'node_modules')],
  mainFields: ['module', 'main'],
  define: { FAIRBALANCE_VERSION: '"dev"', FAIRBALANCE_DOCS_BASE: '"dev"', 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
}).then(() => {
  process.argv = [process.argv[0], outfile, ...args];
  require(outfile);
}, () => process.exit(1));
