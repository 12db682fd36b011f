// The language server's entry point (dist/server.js), started by the VS Code client over IPC.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './service.js';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
