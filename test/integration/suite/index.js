'use strict';
// Loaded by the VS Code extension host through extensionTestsPath (both launchers).
// run() resolves when all tests pass. It writes mocha's output to EXT_TEST_LOG_FILE and
// {passed, failed, skipped, failures} to EXT_TEST_RESULTS_FILE when those are set (the
// extension host's console.* cannot be reassigned, so mocha's reporter output is hooked instead).
const fs = require('fs');
const path = require('path');
const util = require('util');
const Mocha = require('mocha');

exports.run = function run() {
  const logFile = process.env.EXT_TEST_LOG_FILE;
  const resultsFile = process.env.EXT_TEST_RESULTS_FILE;
  const print = (...args) => {
    if (logFile) fs.appendFileSync(logFile, util.format(...args) + '\n');
    console.log(...args);
  };
  Mocha.reporters.Base.consoleLog = print;
  const vscode = require('vscode');
  print(`VS Code ${vscode.version} (${vscode.env.appHost}), Node ${process.version}`);

  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  const results = { passed: 0, failed: 0, skipped: 0, failures: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    });
    runner.on('pass', () => results.passed++);
    runner.on('pending', () => results.skipped++);
    runner.on('fail', (t, err) => {
      results.failed++;
      results.failures.push({ title: t.fullTitle(), error: String((err && err.stack) || err) });
    });
  });
};
