// Config file discovery by URI, through the host's file reader, so that the Node server and the
// browser worker find the same file: searched upward from the document's folder,
// .fairbalancerc.json, .fairbalancerc.yaml, .fairbalancerc.yml, then a `fairbalance` key in
// package.json; the nearest wins (as src/node/config-files.ts does for the CLI).

import { ConfigError, type UserConfig } from '../core/config.js';
import { parseConfigText } from '../core/config-text.js';
import type { ServerHost } from './host.js';
import { childOf, parentOf } from './uris.js';

export const CONFIG_NAMES = ['.fairbalancerc.json', '.fairbalancerc.yaml', '.fairbalancerc.yml', 'package.json'] as const;

export interface FoundConfig {
  /** The config file's URI, or undefined when none applies. */
  uri?: string;
  config: UserConfig;
}

/** A config file that cannot be read or is invalid; `error` names the file, key and position. */
export class BrokenConfig extends Error {
  constructor(
    readonly uri: string,
    readonly error: ConfigError,
  ) {
    super(error.message);
    this.name = 'BrokenConfig';
  }
}

export class ConfigLookup {
  // Folder URI -> the config that applies there (a rejected promise for a broken file).
  private cache = new Map<string, Promise<FoundConfig>>();

  constructor(private readonly host: Pick<ServerHost, 'registry' | 'readFile' | 'filePathOf'>) {}

  /** Forgets every folder (after a config file changed). */
  clear(): void {
    this.cache = new Map();
  }

  /** The config for documents in `folder` (cached per folder); rejects with BrokenConfig. */
  find(folder: string): Promise<FoundConfig> {
    let hit = this.cache.get(folder);
    if (!hit) {
      hit = this.search(folder);
      hit.catch(() => {}); // read by every caller; never an unhandled rejection
      this.cache.set(folder, hit);
    }
    return hit;
  }

  private async search(folder: string): Promise<FoundConfig> {
    for (const name of CONFIG_NAMES) {
      const uri = childOf(folder, name);
      const file = this.host.filePathOf(uri) ?? uri;
      let text: string | undefined;
      try {
        text = await this.host.readFile(uri);
      } catch (e) {
        throw new BrokenConfig(uri, new ConfigError(file, '', `cannot read: ${(e as Error).message}`));
      }
      if (text === undefined) continue;
      let config: UserConfig | undefined;
      try {
        config = parseConfigText(text, file, this.host.registry);
      } catch (e) {
        if (e instanceof ConfigError) throw new BrokenConfig(uri, e);
        throw e;
      }
      if (config) return { uri, config }; // (a package.json without the key is no config)
    }
    const parent = parentOf(folder);
    return parent ? this.find(parent) : { config: {} };
  }
}
