// Finding and reading config files (Node only; the core stays free of the file system).
// Searched upward from the linted file: .fairbalancerc.json, .fairbalancerc.yaml,
// .fairbalancerc.yml, then a `fairbalance` key in package.json. The nearest one wins.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { ConfigError, resolveConfig, type ResolvedConfig, type UserConfig } from '../core/config.js';
import { parseConfigText } from '../core/config-text.js';
import type { Registry } from '../core/registry.js';

export const CONFIG_NAMES = ['.fairbalancerc.json', '.fairbalancerc.yaml', '.fairbalancerc.yml', 'package.json'];

export interface LoadedConfig {
  /** The file it came from, or undefined when no config file applies. */
  path?: string;
  config: UserConfig;
}

export function readConfigFile(path: string, registry: Registry): UserConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(path, '', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const config = parseConfigText(text, path, registry);
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

/** The config that applies to files in `dir`, searching upward. Cached per folder. */
export function findConfig(dir: string, registry: Registry): LoadedConfig {
  let cache = caches.get(registry);
  if (!cache) caches.set(registry, (cache = new Map()));
  const key = resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  let found: LoadedConfig | undefined;
  for (const name of CONFIG_NAMES) {
    const candidate = resolve(key, name);
    if (!existsSync(candidate) || !statSync(candidate).isFile()) continue;
    if (name === 'package.json') {
      const config = parseConfigText(readFileSync(candidate, 'utf8'), candidate, registry);
      if (!config) continue;
      found = { path: candidate, config };
    } else found = { path: candidate, config: readConfigFile(candidate, registry) };
    break;
  }
  if (!found) {
    const parent = dirname(key);
    found = parent === key ? { config: {} } : findConfig(parent, registry);
  }
  cache.set(key, found);
  return found;
}

/**
 * The settings for one file: an explicit config file if given, else the nearest one.
 * Overrides' globs are matched against the path relative to the config file's folder.
 */
export function loadConfig(filePath: string, options: { configPath?: string }, registry: Registry): ResolvedConfig & { configPath?: string } {
  const loaded = options.configPath
    ? { path: resolve(options.configPath), config: readConfigFile(resolve(options.configPath), registry) }
    : findConfig(dirname(resolve(filePath)), registry);
  const base = loaded.path ? dirname(loaded.path) : process.cwd();
  const rel = relative(base, resolve(filePath)).split(sep).join('/');
  return { ...resolveConfig(loaded.config, rel, registry), configPath: loaded.path };
}
