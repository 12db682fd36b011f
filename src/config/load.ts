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
      // Node names the position for some JSON errors only ("Unexpected token" has none).
      const at = Number(/position (\d+)/.exec(msg)?.[1] ?? jsonErrorOffset(text.replace(/^\uFEFF/, '')));
      let where = '';
      if (at >= 0) {
        const before = text.slice(0, at);
        const line = before.split('\n').length;
        where = `line ${line}, column ${at - before.lastIndexOf('\n')}: `;
      }
      throw new ConfigError(path, '', `invalid JSON: ${where}${msg.replace(/ in JSON at position \d+.*$/, '').replace(/, \.\.\."[\s\S]*$/, '')}`);
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

const SCALAR = /(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/y;

/** Offset of the first JSON syntax error in `text` (or -1): a small scanner, for the line and column. */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          value();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    SCALAR.lastIndex = i;
    const m = SCALAR.exec(text);
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : -1;
  }
}
