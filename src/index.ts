// The Node API: the same core the CLI and the language server use.

export { lint, lintAndFix, formatOf, type LintOptions } from './core/lint.js';
export { applyFixes, type ApplyOptions, type ApplyResult } from './core/fixes.js';
export { toEslintResult, toEslintMessage, type EslintResult, type EslintMessage } from './core/eslint-json.js';
export { resolveConfig, validateConfig, ConfigError, type UserConfig, type ResolvedConfig } from './core/config.js';
export { loadConfig, findConfig, readConfigFile, clearConfigCache } from './config/load.js';
export { rules } from './rules/index.js';
export { knowledge } from './knowledge/index.js';
export type { Finding, Fix, FixKind, LintResult, Category, Severity } from './core/types.js';
