// Settings + config file -> the ResolvedConfig one lint uses. The config file wins where both speak.

import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig, UserConfig } from '../core/config.js';
import { findConfig, resolveConfig, validateConfig } from '../node/index.js';
import { DEFAULT_SETTINGS, type Settings } from './protocol.js';

/** Accepts whatever the client sent; unknown or ill-typed values fall back to the defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : DEFAULT_SETTINGS.enable,
    run: s.run === 'onSave' ? 'onSave' : 'onType',
    rules: s.rules && typeof s.rules === 'object' ? s.rules : {},
    ...(s.locale === 'en-US' || s.locale === 'en-GB' ? { locale: s.locale } : {}),
    ...(typeof s.region === 'string' && s.region ? { region: s.region } : {}),
    exclude: Array.isArray(s.exclude) ? s.exclude.filter((g): g is string => typeof g === 'string') : [],
  };
}

/** The settings as a user config, validated like a config file; invalid parts are dropped. */
export function settingsConfig(settings: Settings): UserConfig {
  const parts: UserConfig[] = [];
  for (const part of [{ rules: settings.rules }, { locale: settings.locale }, { region: settings.region }] as UserConfig[]) {
    try {
      parts.push(validateConfig(JSON.parse(JSON.stringify(part)), 'settings (fairbalance.*)'));
    } catch {
      // A bad setting is ignored rather than stopping all linting.
    }
  }
  return Object.assign({}, ...parts) as UserConfig;
}

export interface FileConfig {
  config: ResolvedConfig;
  configPath?: string;
}

/** Throws ConfigError when the nearest config file is invalid. */
export function configFor(filePath: string, settings: Settings, workspaceRoot?: string): FileConfig {
  const loaded = findConfig(dirname(resolve(filePath)));
  const fromSettings = settingsConfig(settings);
  const merged: UserConfig = { ...fromSettings, ...loaded.config, rules: { ...fromSettings.rules, ...loaded.config.rules } };
  const base = loaded.path ? dirname(loaded.path) : (workspaceRoot ?? dirname(resolve(filePath)));
  const rel = relative(base, resolve(filePath)).split(sep).join('/');
  return { config: resolveConfig(merged, rel), configPath: loaded.path };
}

/** True when `exclude` globs (relative to the workspace root) match the file. */
export function isExcluded(filePath: string, settings: Settings, workspaceRoot?: string): boolean {
  if (!settings.exclude.length) return false;
  const rel = workspaceRoot ? relative(workspaceRoot, filePath).split(sep).join('/') : filePath;
  return picomatch(settings.exclude, { dot: true })(rel);
}
