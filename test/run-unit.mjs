// npm test's unit stage: bundles test/**/*.test.ts with esbuild (as the product is bundled:
// YAML knowledge becomes JSON) and runs them with node's built-in test runner.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const build = spawnSync(process.execPath, [join(root, 'esbuild.js'), '--tests'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);
const files = readdirSync(join(root, '.test-dist'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.cjs') && (process.argv.length <= 2 || process.argv.slice(2).some((a) => f.includes(a))))
  .map((f) => join('.test-dist', f))
  .sort();
const run = spawnSync(process.execPath, ['--enable-source-maps', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
