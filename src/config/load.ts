// Finding and reading config files (Node only; the core stays free of the file system).
// Searched upward from the linted file: .fairbalancerc.json, .fairbalancerc.yaml,
// .fairbalancerc.yml, then a `fairbalance` key in package.json. The nearest one wins.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { ConfigError, resolveConfig, validateConfig, type ResolvedConfig, type UserConfig } from '../core/config.js';

export const CONFIG_NAMES = ['.fairbalancerc.json', '.fairbalancerc.yaml', '.fairbalancerc.yml', 'package.json'];

export interface LoadedConfig {
  /** The file it came from, or undefined when no config file applies. */
  path?: string;
  config: UserConfig;
}

/** Parses config text; errors name the file, and the line and column for syntax errors. */
export function parseConfigText(text: string, path: string): UserConfig | undefined {
  const name = basename(path);
  let data: unknown;
  if (name.endsWith('.json')) {
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      const msg = (e as Error).message;
      const at = /position (\d+)/.exec(msg);
      let where = '';
      if (at) {
        const before = text.slice(0, Number(at[1]));
        const line = before.split('\n').length;
        where = `line ${line}, column ${Number(at[1]) - before.lastIndexOf('\n')}: `;
      }
      throw new ConfigError(path, '', `invalid JSON: ${where}${msg.replace(/ in JSON at position \d+.*$/, '')}`);
    }
    if (name === 'package.json') {
      data = (data as Record<string, unknown> | null)?.fairbalance;
      if (data === undefined) return undefined;
    }
  } else {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
      const e = doc.errors[0];
      const pos = e.linePos?.[0];
      throw new ConfigError(path, '', `invalid YAML: ${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`);
    }
    data = doc.toJS({ maxAliasCount: 100 });
  }
  return validateConfig(data ?? {}, path);
}

export function readConfigFile(path: string): UserConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(path, '', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const config = parseConfigText(text, path);
  if (!config) throw new ConfigError(path, 'fairbalance', 'no "fairbalance" key in package.json');
  return config;
}

const cache = new Map<string, LoadedConfig>();

/** Clears the discovery cache (after a config file changes). */
export function clearConfigCache(): void {
  cache.clear();
}

/** The config that applies to files in `dir`, searching upward. Cached per folder. */
export function findConfig(dir: string): LoadedConfig {
  const key = resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  let found: LoadedConfig | undefined;
  for (const name of CONFIG_NAMES) {
    const candidate = resolve(key, name);
    if (!existsSync(candidate) || !statSync(candidate).isFile()) continue;
    if (name === 'package.json') {
      const config = parseConfigText(readFileSync(candidate, 'utf8'), candidate);
      if (!config) continue;
      found = { path: candidate, config };
    } else found = { path: candidate, config: readConfigFile(candidate) };
    break;
  }
  if (!found) {
    const parent = dirname(key);
    found = parent === key ? { config: {} } : findConfig(parent);
  }
  cache.set(key, found);
  return found;
}

/**
 * The settings for one file: an explicit config file if given, else the nearest one.
 * Overrides' globs are matched against the path relative to the config file's folder.
 */
export function loadConfig(filePath: string, options: { configPath?: string } = {}): ResolvedConfig & { configPath?: string } {
  const loaded = options.configPath ? { path: resolve(options.configPath), config: readConfigFile(resolve(options.configPath)) } : findConfig(dirname(resolve(filePath)));
  const base = loaded.path ? dirname(loaded.path) : process.cwd();
  const rel = relative(base, resolve(filePath)).split(sep).join('/');
  return { ...resolveConfig(loaded.config, rel), configPath: loaded.path };
}
