// The Node language server's entry point (dist/server.js), started by the VS Code client over IPC
// (or `--stdio`). The browser worker's is src/web/server.ts; both run service.ts.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeHost } from './node-host.js';
import { startServer } from './service.js';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, nodeHost(connection));
connection.listen();
