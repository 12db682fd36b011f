// The Node server's host: the built-in registry and resources (src/node), file: URIs read from
// disk, other URIs through the client.

import { readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { builtInRegistry, builtInResources } from '../node/index.js';
import { clientFiles } from './client-files.js';
import type { ServerHost } from './host.js';
import { pathOf } from './uris.js';

const ABSENT = new Set(['ENOENT', 'ENOTDIR']);

const fsPath = (uri: string): string | undefined => {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
};

export function nodeHost(connection: Connection): ServerHost {
  const viaClient = clientFiles(connection);
  return {
    registry: builtInRegistry,
    resources: builtInResources(),
    filePathOf: (uri) => fsPath(uri) ?? pathOf(uri),
    async readFile(uri, maxBytes) {
      const path = fsPath(uri);
      if (!path) return viaClient.readFile(uri, maxBytes);
      try {
        const info = await stat(path);
        if (!info.isFile() || (maxBytes !== undefined && info.size > maxBytes)) return undefined;
        return await readFile(path, 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code && ABSENT.has(code)) return undefined;
        throw new Error(code ?? (e as Error).message);
      }
    },
    async writeFile(uri, text) {
      const path = fsPath(uri);
      if (!path) return viaClient.writeFile(uri, text);
      await writeFile(path, text);
    },
  };
}
