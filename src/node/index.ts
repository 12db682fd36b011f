// The Node assembly: the built-in registry and resources bound into ready-made functions, and
// createLinter() for another set of rules or data. The CLI, its workers, the language server and
// the Node API (src/index.ts) lint through here; nothing below the faces reads a file.

import { lint as coreLint, lintAndFix as coreLintAndFix, type LintOptions as CoreLintOptions } from '../core/lint.js';
import { resolveConfig as coreResolve, validateConfig as coreValidate, type ResolvedConfig, type UserConfig } from '../core/config.js';
import { parseConfigText as coreParse } from '../core/config-text.js';
import type { ApplyOptions } from '../core/fixes.js';
import type { LintResult } from '../core/types.js';
import type { Registry } from '../core/registry.js';
import type { Resources } from '../core/resources.js';
import { builtInRegistry } from './registry.js';
import { builtInResources } from './resources.js';
import { threadCpuClock } from './cpu-clock.js';
import { findConfig as findIn, loadConfig as loadFor, readConfigFile as readWith, type LoadedConfig } from './config-files.js';

export { builtInRegistry, builtInResources };
export { clearConfigCache, CONFIG_NAMES, type LoadedConfig } from './config-files.js';
export { threadCpuClock } from './cpu-clock.js';
export { readRegularFile, FileReadError, type ReadLimits } from './safe-read.js';

/** lint()'s options: the registry and resources default to the linter's own, the clock to this thread's CPU time. */
export type LintOptions = Omit<CoreLintOptions, 'registry' | 'resources'> & Partial<Pick<CoreLintOptions, 'registry' | 'resources'>>;

export interface Linter {
  readonly registry: Registry;
  readonly resources: Resources;
  lint(text: string, options?: LintOptions): LintResult;
  lintAndFix(text: string, options?: LintOptions & ApplyOptions & { maxPasses?: number }): { output: string; result: LintResult; passes: number };
  /** Validates raw config data read from `file`; throws a ConfigError naming the file and key. */
  validateConfig(raw: unknown, file: string): UserConfig;
  resolveConfig(config?: UserConfig, relativePath?: string): ResolvedConfig;
  /** Config file text (JSON, YAML or package.json) -> validated config; undefined for a package.json without the key. */
  parseConfigText(text: string, path: string): UserConfig | undefined;
  readConfigFile(path: string): UserConfig;
  /** The config that applies to files in `dir`, searching upward (cached per folder). */
  findConfig(dir: string): LoadedConfig;
  /** The settings for one file: an explicit config file if given, else the nearest one. */
  loadConfig(filePath: string, options?: { configPath?: string }): ResolvedConfig & { configPath?: string };
}

/** A linter for a registry and resources (by default the built-in rules, knowledge and lexicon). */
export function createLinter(options: { registry?: Registry; resources?: Resources } = {}): Linter {
  const registry = options.registry ?? builtInRegistry;
  const resources = options.resources ?? builtInResources();
  const withDefaults = <T extends LintOptions>(o: T | undefined) => ({ ...o, registry: o?.registry ?? registry, resources: o?.resources ?? resources, clock: o?.clock ?? threadCpuClock() });
  return {
    registry,
    resources,
    lint: (text, o) => coreLint(text, withDefaults(o)),
    lintAndFix: (text, o) => coreLintAndFix(text, withDefaults(o)),
    validateConfig: (raw, file) => coreValidate(raw, file, registry),
    resolveConfig: (config, relativePath) => coreResolve(config, relativePath, registry),
    parseConfigText: (text, path) => coreParse(text, path, registry),
    readConfigFile: (path) => readWith(path, registry),
    findConfig: (dir) => findIn(dir, registry),
    loadConfig: (filePath, o = {}) => loadFor(filePath, o, registry),
  };
}

const builtIn = createLinter();

export const { lint, lintAndFix, validateConfig, resolveConfig, parseConfigText, readConfigFile, findConfig, loadConfig } = builtIn;
