// The browser worker's host: the built-in registry, the lexicon the extension sent, and every
// file read and written by the client through workspace.fs (a worker has no file system).

import type { Connection } from 'vscode-languageserver';
import type { Resources } from '../core/resources.js';
import { builtInRegistry } from '../node/registry.js'; // pure: the rules and knowledge sections
import { clientFiles } from '../server/client-files.js';
import type { ServerHost } from '../server/host.js';
import { pathOf } from '../server/uris.js';

export function webHost(connection: Connection, resources: Resources): ServerHost {
  return { registry: builtInRegistry, resources, filePathOf: pathOf, ...clientFiles(connection) };
}
