#!/usr/bin/env node
'use strict';
// The same suite on desktop VS Code via @vscode/test-electron, for machines that can download
// VS Code (it cannot on the offline CI machine; use run-code-server.js there).
const os = require('os');
const path = require('path');
const fs = require('fs');
const { runTests } = require('@vscode/test-electron');
const { prepareWorkspace } = require('./workspace');

async function main() {
  const root = path.resolve(__dirname, '..', '..');
  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'fairbalance-electron-'));
  const workspace = prepareWorkspace(path.join(sandbox, 'workspace'));
  const resultsFile = path.join(sandbox, 'results.json');
  let code = 0;
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(sandbox, 'user-data')],
      extensionTestsEnv: { EXT_TEST_RESULTS_FILE: resultsFile },
    });
  } catch (e) {
    console.error(e && e.message ? e.message : e);
    code = 1;
  }
  let r = { passed: 0, failed: 1 };
  try {
    r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    code = 1;
  }
  console.log(`${r.passed} passed, ${r.failed} failed`);
  fs.rmSync(sandbox, { recursive: true, force: true });
  process.exit(code || (r.failed ? 1 : 0));
}

main();
