// Finding and reading config files (Node only; the core stays free of the file system).
// Searched upward from the linted file: .fairbalancerc.json, .fairbalancerc.yaml,
// .fairbalancerc.yml, or a `fairbalance` key in package.json. The nearest folder with one wins;
// two in one folder is an error (which one applies would be a guess).

import { statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { ConfigError, resolveConfig, type ResolvedConfig, type UserConfig } from '../core/config.js';
import { parseConfigText } from '../core/config-text.js';
import type { Registry } from '../core/registry.js';
import { FileReadError, readRegularFile } from './safe-read.js';

export const CONFIG_NAMES = ['.fairbalancerc.json', '.fairbalancerc.yaml', '.fairbalancerc.yml', 'package.json'];

/** Config files larger than this are refused: no real config comes close, and parsing one must stay quick. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

export interface LoadedConfig {
  /** The file it came from, or undefined when no config file applies. */
  path?: string;
  config: UserConfig;
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** A config file's text, read safely (a regular file, at most MAX_CONFIG_BYTES); errors name the file. */
function readText(path: string): string {
  try {
    const { bytes } = readRegularFile(path, { maxBytes: MAX_CONFIG_BYTES });
    return bytes.toString('utf8');
  } catch (e) {
    if (e instanceof FileReadError) {
      throw new ConfigError(path, '', e.reason === 'too-big' ? `over ${MAX_CONFIG_BYTES / 1024 / 1024} MB; not read` : 'not a regular file; not read');
    }
    throw new ConfigError(path, '', `cannot read: ${errorCode(e)}`);
  }
}

export function readConfigFile(path: string, registry: Registry): UserConfig {
  const config = parseConfigText(readText(path), path, registry);
  if (!config) throw new ConfigError(path, 'fairbalance', 'no "fairbalance" key in package.json');
  return config;
}

// Folder -> the config that applies there, per registry (the same file validates differently
// against another set of rules).
let caches = new WeakMap<Registry, Map<string, LoadedConfig>>();

/** Clears the discovery cache (after a config file changes). */
export function clearConfigCache(): void {
  caches = new WeakMap();
}

/** Is there a config file by this name? A FIFO, device or folder by that name is an error, not a skip. */
const isConfigFile = (path: string) => {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return false;
  }
  if (!stat.isFile()) throw new ConfigError(path, '', 'not a regular file; not read');
  return true;
};

/** The config that applies to files in `dir`, searching upward. Cached per folder. */
export function findConfig(dir: string, registry: Registry): LoadedConfig {
  let cache = caches.get(registry);
  if (!cache) caches.set(registry, (cache = new Map()));
  const key = resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  const found: LoadedConfig[] = [];
  for (const name of CONFIG_NAMES) {
    const candidate = resolve(key, name);
    if (!isConfigFile(candidate)) continue;
    const config = name === 'package.json' ? parseConfigText(readText(candidate), candidate, registry) : readConfigFile(candidate, registry);
    if (config) found.push({ path: candidate, config });
  }
  if (found.length > 1) {
    const names = found.map((f) => basename(f.path!)).map((n) => (n === 'package.json' ? 'package.json ("fairbalance" key)' : n));
    throw new ConfigError(found[1].path!, '', `${names.join(' and ')} are both in ${key}; keep one (Fair Balance would otherwise have to guess which applies)`);
  }
  let loaded = found[0];
  if (!loaded) {
    const parent = dirname(key);
    loaded = parent === key ? { config: {} } : findConfig(parent, registry);
  }
  cache.set(key, loaded);
  return loaded;
}

// The ResolvedConfig & configPath for a resolved config and its file, made once per pair (so that
// files sharing settings share one object, and what rules derive from it is built once).
const withPaths = new WeakMap<ResolvedConfig, Map<string | undefined, ResolvedConfig & { configPath?: string }>>();

/**
 * The settings for one file: an explicit config file if given, else the nearest one.
 * Overrides' globs are matched against the path relative to the config file's folder.
 */
export function loadConfig(filePath: string, options: { configPath?: string }, registry: Registry): ResolvedConfig & { configPath?: string } {
  const loaded = options.configPath ? explicit(resolve(options.configPath), registry) : findConfig(dirname(resolve(filePath)), registry);
  const base = loaded.path ? dirname(loaded.path) : process.cwd();
  const rel = relative(base, resolve(filePath)).split(sep).join('/');
  const resolved = resolveConfig(loaded.config, rel, registry);
  let byPath = withPaths.get(resolved);
  if (!byPath) withPaths.set(resolved, (byPath = new Map()));
  let out = byPath.get(loaded.path);
  if (!out) byPath.set(loaded.path, (out = { ...resolved, configPath: loaded.path }));
  return out;
}

/** An explicit --config file, read once per path (per registry) like discovered ones. */
function explicit(path: string, registry: Registry): LoadedConfig {
  let cache = caches.get(registry);
  if (!cache) caches.set(registry, (cache = new Map()));
  const key = `\0explicit:${path}`;
  let loaded = cache.get(key);
  if (!loaded) cache.set(key, (loaded = { path, config: readConfigFile(path, registry) }));
  return loaded;
}
