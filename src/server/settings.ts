// Settings + config file -> the ResolvedConfig one lint uses. The config file wins where both speak.

import picomatch from 'picomatch';
import { resolveConfig, validateConfig, type ResolvedConfig, type UserConfig } from '../core/config.js';
import type { Registry } from '../core/registry.js';
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

const validated = new WeakMap<Settings, UserConfig>();

/** The settings as a user config, validated like a config file; invalid parts are dropped. */
export function settingsConfig(settings: Settings, registry: Registry): UserConfig {
  const hit = validated.get(settings);
  if (hit) return hit;
  const parts: UserConfig[] = [];
  for (const part of [{ rules: settings.rules }, { locale: settings.locale }, { region: settings.region }] as UserConfig[]) {
    try {
      parts.push(validateConfig(JSON.parse(JSON.stringify(part)), 'settings (fairbalance.*)', registry));
    } catch {
      // A bad setting is ignored rather than stopping all linting.
    }
  }
  const config = Object.assign({}, ...parts) as UserConfig;
  validated.set(settings, config);
  return config;
}

/**
 * The config for one document: the settings under the config file that applies (`fromFile`).
 * `relativePath` (from the config file's folder) selects the file's `overrides`.
 */
export function mergeConfig(fromFile: UserConfig, settings: Settings, registry: Registry, relativePath?: string): ResolvedConfig {
  const fromSettings = settingsConfig(settings, registry);
  const merged: UserConfig = { ...fromSettings, ...fromFile, rules: { ...fromSettings.rules, ...fromFile.rules } };
  return resolveConfig(merged, relativePath, registry);
}

/** True when `exclude` globs match the path (relative to the workspace folder). */
export function isExcluded(relativePath: string, settings: Settings): boolean {
  return settings.exclude.length > 0 && picomatch(settings.exclude, { dot: true })(relativePath);
}
