// File access through the VS Code client (workspace.fs): for the browser worker, and for URIs the
// Node server cannot open itself (a virtual workspace such as vscode-vfs://github/...).

import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { ServerHost } from './host.js';
import { READ_FILE_REQUEST, WRITE_FILE_REQUEST, type ReadFileParams, type ReadFileResult, type WriteFileParams } from './protocol.js';

export function clientFiles(connection: Connection): Pick<ServerHost, 'readFile' | 'writeFile'> {
  return {
    async readFile(uri, maxBytes) {
      let r: ReadFileResult | null;
      try {
        r = await connection.sendRequest<ReadFileResult | null>(READ_FILE_REQUEST, { uri, ...(maxBytes !== undefined ? { maxBytes } : {}) } satisfies ReadFileParams);
      } catch (e) {
        // A client other than ours (another editor) cannot read files for us: as if there were none.
        if (e instanceof ResponseError && e.code === ErrorCodes.MethodNotFound) return undefined;
        throw e;
      }
      if (r?.error) throw new Error(r.error);
      return r?.text;
    },
    async writeFile(uri, text) {
      await connection.sendRequest(WRITE_FILE_REQUEST, { uri, text } satisfies WriteFileParams);
    },
  };
}
