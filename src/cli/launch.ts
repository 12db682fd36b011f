// dist/cli.js: starts the CLI bundle (dist/cli-main.js) from V8's code cache of it
// (dist/cli-main.cache, written by `npm run build` after a warm-up lint). Compiling the 2 MB bundle
// and the functions a first lint runs is a fifth of a pre-commit hook's cold start; with the cache
// V8 reads them compiled. A cache V8 rejects (another Node version or flags), a missing one or one
// of another build (V8 checks only the source's length, so the cache starts with the SHA-1 of the
// bundle it was made from) costs only the attempt: the bundle is compiled as usual.
//
// Kept free of the product's modules so that this file stays tiny.

import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// Each linted file leaves garbage behind (its trees and tokens); letting the old generation grow
// by half, not V8's default of up to four times, between collections keeps a long run's peak
// memory near what one file needs, at little cost in time (a collection of the small live heap
// is quick). Set before any worker thread starts, so they share it, and before the bundle is
// compiled: V8 accepts a code cache only under the flags it was made with.
setFlagsFromString('--heap-growing-percent=50');

const file = join(__dirname, 'cli-main.js');
const cacheFile = join(__dirname, 'cli-main.cache');
// FAIRBALANCE_CODE_CACHE=write makes the cache (at exit); =report says on stderr whether it was used.
const mode = process.env.FAIRBALANCE_CODE_CACHE;
const writeCache = mode === 'write';

const bytes = readFileSync(file);
const digest = createHash('sha1').update(bytes).digest();
let cachedData: Buffer | undefined;
let status = 'none';
if (!writeCache) {
  try {
    const cache = readFileSync(cacheFile);
    if (cache.subarray(0, digest.length).equals(digest)) cachedData = cache.subarray(digest.length);
    else status = 'of another build';
  } catch {
    // No cache: compiled as usual.
  }
}
const script = new Script(Module.wrap(bytes.toString('utf8')), { filename: file, cachedData });
if (cachedData) status = script.cachedDataRejected ? 'rejected by V8' : 'used';
if (mode === 'report') process.stderr.write(`fairbalance: code cache ${status}\n`);
if (writeCache) {
  // After the warm-up run, so that the functions it compiled are in the cache too.
  process.once('exit', () => {
    const temp = `${cacheFile}.${process.pid}`;
    writeFileSync(temp, Buffer.concat([digest, script.createCachedData()]));
    renameSync(temp, cacheFile);
  });
}
const main = new Module(file, module);
main.filename = file;
main.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(__dirname);
(script.runInThisContext() as (...args: unknown[]) => void).call(main.exports, main.exports, createRequire(file), main, file, __dirname);
