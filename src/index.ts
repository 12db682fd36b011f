// The Node API: the same core the CLI and the language server use.

export { lint, lintAndFix, createLinter, builtInRegistry, builtInResources, type Linter, type LintOptions } from './node/index.js';
export { formatOf } from './core/lint.js';
export { applyFixes, type ApplyOptions, type ApplyResult } from './core/fixes.js';
export { toEslintResult, toEslintMessage, type EslintResult, type EslintMessage } from './core/eslint-json.js';
export { resolveConfig, validateConfig, parseConfigText, loadConfig, findConfig, readConfigFile, clearConfigCache } from './node/index.js';
export { ConfigError, type UserConfig, type ResolvedConfig } from './core/config.js';
export type { Registry, ConfigSection } from './core/registry.js';
export { MissingResource, type Resources } from './core/resources.js';
export type { RuleModule, RuleMeta, RuleContext } from './core/rule.js';
export { rules } from './rules/index.js';
export { knowledge } from './knowledge/index.js';
export type { Finding, Fix, FixKind, LintResult, Category, Severity } from './core/types.js';
