'use strict';
// The suite in the web worker extension host: VS Code for the Web, where the extension's `browser`
// entry runs and there is no Node. Loaded through extensionTestsPath as one bundle (build.js):
// mocha's browser build and the same test files as the Node host; only `vscode` is required at
// run time. There is no environment or file system here but workspace.fs, so mocha's output
// and the {passed, failed, skipped, failures} summary go to .test-results/ in the workspace,
// where the launcher reads them.
require('mocha/mocha.js');
const vscode = require('vscode');
const core = require('./core');
const { formatArgs } = require('./format');

exports.run = async function run() {
  const lines = [];
  const print = (...args) => {
    lines.push(formatArgs(...args));
    console.log(...args);
  };
  const results = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const save = (name, text) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.test-results', name), new TextEncoder().encode(text));
  try {
    const ext = vscode.extensions.getExtension('fairbalance.fairbalance');
    print(`VS Code ${vscode.version} (${vscode.env.appHost}), web worker extension host: ${typeof process === 'undefined' ? 'no Node' : 'Node is present'}, the extension runs ${ext && ext.extensionKind === vscode.ExtensionKind.UI ? 'in the browser' : 'remotely'}`);
    if (typeof process !== 'undefined' || !ext || ext.extensionKind !== vscode.ExtensionKind.UI) throw new Error('not in the web worker extension host');
    await core.ready();
    globalThis.mocha.setup({ ui: 'tdd', timeout: 30000, reporter: 'spec', color: false });
    globalThis.Mocha.reporters.Base.consoleLog = print;
    require('fairbalance-suite-tests'); // every suite/*.test.js (build.js)
    await new Promise((resolve) => {
      const runner = globalThis.mocha.run(() => resolve());
      runner.on('pass', () => results.passed++);
      runner.on('pending', () => results.skipped++);
      runner.on('fail', (t, err) => {
        results.failed++;
        results.failures.push({ title: t.fullTitle(), error: String((err && err.stack) || err) });
      });
    });
  } catch (e) {
    results.failed++;
    results.failures.push({ title: 'the web suite', error: String((e && e.stack) || e) });
  } finally {
    await save('test-output.log', lines.join('\n') + '\n');
    await save('results.json', JSON.stringify(results, null, 2));
  }
  if (results.failed) throw new Error(`${results.failed} test(s) failed.`);
};
