// What the language server needs from where it runs: the registry and resources to lint with,
// and file access by URI. The Node server (server.ts) reads file: URIs from disk; the browser
// worker (src/web/server.ts) asks the VS Code client, which reads through workspace.fs.

import type { Registry } from '../core/registry.js';
import type { Resources } from '../core/resources.js';

export interface ServerHost {
  readonly registry: Registry;
  /** What lint() is given besides the registry (the term lexicon). */
  readonly resources: Resources;
  /**
   * A file's text; undefined when it does not exist, is not a file, or is larger than `maxBytes`.
   * Rejects when the file exists but cannot be read (the reason is the error's message).
   */
  readFile(uri: string, maxBytes?: number): Promise<string | undefined>;
  writeFile(uri: string, text: string): Promise<void>;
  /** The path lint() reports and config errors name: a file system path under Node, else the URI's decoded path. */
  filePathOf(uri: string): string | undefined;
}
