// The client's side of the server's file requests (READ_FILE_REQUEST, WRITE_FILE_REQUEST): reads
// and writes through workspace.fs, so they work on every file system VS Code has (a browser
// folder, a GitHub repository in github.dev, a remote).

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { READ_FILE_REQUEST, WRITE_FILE_REQUEST, type ReadFileParams, type ReadFileResult, type WriteFileParams } from '../server/protocol.js';

const ABSENT = new Set(['FileNotFound', 'FileNotADirectory', 'EntryNotFound']);

export async function readForServer({ uri, maxBytes }: ReadFileParams): Promise<ReadFileResult> {
  const target = vscode.Uri.parse(uri);
  try {
    const info = await vscode.workspace.fs.stat(target);
    if (!(info.type & vscode.FileType.File)) return {};
    if (maxBytes !== undefined && info.size > maxBytes) return { tooLarge: true };
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(target)) };
  } catch (e) {
    if (e instanceof vscode.FileSystemError && ABSENT.has(e.code)) return {};
    return { error: (e as Error).message };
  }
}

export function serveFiles(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(READ_FILE_REQUEST, (params: ReadFileParams) => readForServer(params)),
    client.onRequest(WRITE_FILE_REQUEST, async ({ uri, text }: WriteFileParams) => {
      await vscode.workspace.fs.writeFile(vscode.Uri.parse(uri), new TextEncoder().encode(text));
    }),
  ];
}
