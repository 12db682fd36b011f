// The settings the CLI lints one file with: the discovered (or --config) file, then --rule
// overrides; and the two config commands, --print-config and --init.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, findConfig, readConfigFile, CONFIG_NAMES } from '../node/index.js';
import { flattenConfig, type ResolvedConfig } from '../core/config.js';
import type { SeverityName } from '../core/types.js';
import { UsageError } from './args.js';

export interface ConfigOptions {
  configPath?: string;
  ruleOverrides: Record<string, SeverityName>;
}

const LEVEL: Record<SeverityName, 0 | 1 | 2> = { off: 0, warn: 1, error: 2 };
const NAME = ['off', 'warn', 'error'] as const;

// --rule applied to a loaded config, once per config object: files that share settings share
// the result, so what the rules derive from it is built once per run, not once per file.
const withOverrides = new WeakMap<ResolvedConfig, { overrides: ConfigOptions['ruleOverrides']; config: ResolvedConfig & { configPath?: string } }>();

export function configFor(filePath: string, options: ConfigOptions): ResolvedConfig & { configPath?: string } {
  const config = loadConfig(filePath, { configPath: options.configPath });
  if (!Object.keys(options.ruleOverrides).length) return config;
  const known = withOverrides.get(config);
  if (known && known.overrides === options.ruleOverrides) return known.config;
  const rules = { ...config.rules };
  for (const [id, severity] of Object.entries(options.ruleOverrides)) rules[id] = [LEVEL[severity], rules[id]?.[1]];
  const derived = { ...config, rules };
  withOverrides.set(config, { overrides: options.ruleOverrides, config: derived });
  return derived;
}

/** Reads every config file that applies to these folders, so a broken one stops the run before it starts. */
export function checkConfigs(folders: Iterable<string>, configPath: string | undefined): void {
  if (configPath) {
    readConfigFile(configPath);
    return;
  }
  for (const dir of folders) findConfig(dir);
}

/** --print-config: the settings a file would be linted with, as JSON (severities by name). */
export function printConfig(filePath: string, options: ConfigOptions): string {
  const { configPath, ...config } = configFor(filePath, options);
  const { rules, ...rest } = flattenConfig(config);
  const named = Object.fromEntries(Object.entries(config.rules).map(([id, [level, opts]]) => [id, opts === undefined ? NAME[level] : [NAME[level], opts]]));
  return JSON.stringify({ configFile: configPath ?? null, rules: named, ...rest }, null, 2) + '\n';
}

const INIT_TEXT = `# Fair Balance settings (https://github.com/fairbalance/fairbalance#configuration).
# This file applies to articles in this folder and below; the nearest config file wins.

# "recommended" reports what a medical-legal reviewer would stop; "strict" also reports
# softer problems, and makes more of them errors.
extends: recommended

# Turn a rule off, or change how serious it is: off, warn or error.
# Run "fairbalance --print-config some-article.md" to see every rule and its setting.
# (To use an example below, remove the "# " in front of each of its lines.)
# rules:
#   claim-absolute: warn
#   fairbalance-timeout: warn   # a file not finished in time: an error unless lowered here

# Where your readers are (US, UK, IE, CA, AU, NZ or other): it decides which regulator's
# rules apply and which safety facts are checked.
region: US

# Words that are spelled right even if Fair Balance does not know them (brand names, staff names).
# words:
#   - Spravato

# Caveat topics to always require, or never require (topic ids are listed in the docs).
# requireTopics: [crisis-resources]
# ignoreTopics: [driving]

# Files larger than this many bytes are not linted, and reported as an error (default 2 MB).
# maxFileSize: 2097152

# Different settings for some files.
# overrides:
#   - files: "faq/**"
#     rules:
#       claim-absolute: warn
`;

/** The --init template (for tests: every commented example must work once uncommented). */
export const INIT_TEMPLATE = INIT_TEXT;

/** --init: writes a commented .fairbalancerc.yaml, never over an existing config. */
export function initConfig(cwd: string): string {
  for (const name of CONFIG_NAMES.filter((n) => n !== 'package.json')) {
    if (existsSync(join(cwd, name))) throw new UsageError(`${name} already exists here; not overwriting it`);
  }
  const path = join(cwd, '.fairbalancerc.yaml');
  writeFileSync(path, INIT_TEXT, { flag: 'wx' });
  return path;
}
