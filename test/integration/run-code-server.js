#!/usr/bin/env node
'use strict';
// Runs the integration suite (suite/index.js) inside a real VS Code extension host, offline.
//
// The VS Code server bundled in the npm package code-server (a "remote + web" build) serves the
// web workbench and runs a Node extension host on 127.0.0.1. Debian's Chromium, driven headless
// by playwright-core, opens the workbench with a `payload` that sets extensionDevelopmentPath
// (the repository root) and extensionTestsPath as vscode-remote:// URIs, so the Node extension
// host loads the extension and calls require(extensionTestsPath).run(). When run() settles, the
// workbench calls window.codeAutomationExit(code), exposed here through Playwright.
// suite/index.js writes mocha's output and a {passed, failed, ...} summary to files named by
// env vars (the extension host inherits the server's environment).
//
// The suite can ask for a screenshot (for the README): it writes SCREENSHOT_REQUEST_FILE, this
// script takes it with page.screenshot and answers by deleting the file. It goes to
// .vscode-test/screenshots/ (ignored by git); UPDATE_SCREENSHOT=1 writes the README's
// docs/images/vscode-extension.png instead, so a test run never changes a tracked file.
//
// The sandbox (home, TMPDIR, profiles, workspace) is made outside the checkout, in a short
// temporary folder: Chromium and the VS Code server put Unix sockets in TMPDIR, and a socket path
// is at most 107 bytes, so a sandbox inside a long checkout path stopped Chromium from starting.
//
// --web runs the same suite in the workbench's web worker extension host instead, where the
// extension's `browser` entry runs (VS Code for the Web): a user setting makes the extension
// "web" kind, so the workbench runs it, and the tests beside it, in the browser; the suite is
// bundled for the browser first (suite/web/build.js) and writes its results into the workspace.
//
// Last line printed: "N passed, N failed". Exit code 0 only if all passed.
// Env: VERBOSE=1, KEEP_SANDBOX=1, TEST_TIMEOUT_MS (default 300000), CHROMIUM_PATH, SEEDS_DIR,
// UPDATE_SCREENSHOT=1.
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');
const util = require('util');
const { spawn } = require('child_process');
const { launchChromium, makeSandbox } = require('./chromium');
const { prepareWorkspace } = require('./workspace');
const { buildWebSuite } = require('./suite/web/build');

const HERE = __dirname;
const ROOT = path.resolve(HERE, '..', '..');
const VSCODE_DIR = path.join(path.dirname(require.resolve('code-server/package.json', { paths: [HERE] })), 'lib', 'vscode');
const SERVER_MAIN = path.join(VSCODE_DIR, 'out', 'server-main.js');
const TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS || 300000);
const VERBOSE = !!process.env.VERBOSE;
const WEB = process.argv.includes('--web');
const EXTENSION_ID = 'fairbalance.fairbalance';
const SCREENSHOT = process.env.UPDATE_SCREENSHOT
  ? path.join(ROOT, 'docs', 'images', 'vscode-extension.png')
  : path.join(ROOT, '.vscode-test', 'screenshots', 'vscode-extension.png');

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const httpOk = (url) =>
  new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });

async function waitForServer(child, url, logTail) {
  const end = Date.now() + 60000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`VS Code server exited (${child.exitCode}):\n${logTail()}`);
    if (await httpOk(url)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`VS Code server did not answer at ${url}:\n${logTail()}`);
}

function checkSetup() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js missing: run npm run build');
  // The server's native addons were built for the Node major code-server names in engines.node.
  const want = String(require(path.join(VSCODE_DIR, '..', '..', 'package.json')).engines.node).replace(/\D.*$/, '');
  const have = process.versions.node.split('.')[0];
  if (want !== have) throw new Error(`code-server needs Node ${want}, this is Node ${have}`);
  if (!fs.existsSync(path.join(VSCODE_DIR, '.offline-setup-done'))) throw new Error('VS Code server not set up: run test/integration/setup.sh');
}

async function main() {
  const t0 = Date.now();
  checkSetup();
  console.log(`extension host: ${WEB ? 'web worker (the browser entry, dist/web/extension.js)' : 'Node (dist/extension.js)'}`);
  const base = path.join(ROOT, '.vscode-test'); // timeout screenshots (ignored by git)
  const sandbox = makeSandbox('fb-vscode-');
  const dirs = {};
  for (const d of ['home', 'tmp', 'user-data', 'extensions', 'chromium-profile']) {
    dirs[d] = path.join(sandbox, d);
    fs.mkdirSync(dirs[d], { recursive: true });
  }
  process.env.TMPDIR = dirs.tmp; // Playwright's, the server's and the extension host's temp files
  const workspace = prepareWorkspace(path.join(sandbox, 'workspace'));
  // The web host's suite can only write through workspace.fs: into the workspace (suite/web/index.js).
  const resultsFile = WEB ? path.join(workspace, '.test-results', 'results.json') : path.join(sandbox, 'results.json');
  const testLogFile = WEB ? path.join(workspace, '.test-results', 'test-output.log') : path.join(sandbox, 'test-output.log');
  const testsPath = WEB ? await buildWebSuite() : path.join(HERE, 'suite', 'index.js');
  const screenshotRequest = path.join(sandbox, 'screenshot-request');
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs['user-data'], 'User', 'settings.json'),
    JSON.stringify({
      'telemetry.telemetryLevel': 'off',
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
      'editor.minimap.enabled': false,
      'editor.wordWrap': 'on', // the screenshot shows whole lines
      'workbench.colorTheme': 'Default Light Modern',
      'chat.commandCenter.enabled': false,
      ...(WEB ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {}),
    }),
  );

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
    EXT_TEST_RESULTS_FILE: resultsFile,
    EXT_TEST_LOG_FILE: testLogFile,
    SCREENSHOT_REQUEST_FILE: screenshotRequest,
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }), // no open-vsx lookups (offline)
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  // VS Code's own server entry (code-server's CLI wrapper rejects --enable-smoke-test-driver,
  // which newer built workbenches need before they honour the test payload).
  const server = spawn(
    process.execPath,
    [
      SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
      '--telemetry-level', 'off', '--disable-workspace-trust', '--enable-smoke-test-driver',
      '--user-data-dir', dirs['user-data'], '--server-data-dir', path.join(sandbox, 'server-data'), '--extensions-dir', dirs.extensions,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }, // own process group: killed as a whole
  );
  const killServer = (sig) => {
    try {
      process.kill(-server.pid, sig);
    } catch {
      /* already gone */
    }
  };

  let browser;
  let exitCode = 1;
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    if (server.exitCode === null) {
      killServer('SIGTERM');
      await new Promise((r) => {
        const k = setTimeout(() => {
          killServer('SIGKILL');
          r();
        }, 5000);
        server.once('exit', () => {
          clearTimeout(k);
          r();
        });
      });
    }
    killServer('SIGKILL'); // leftovers in the group (language servers, watchers)
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanup().then(() => process.exit(130)));

  let serverLog = '';
  const printTestLog = () => {
    try {
      process.stdout.write(fs.readFileSync(testLogFile, 'utf8'));
    } catch {
      /* nothing written */
    }
  };
  try {
    const onLog = (d) => {
      serverLog = (serverLog + d).slice(-20000);
      if (VERBOSE) process.stderr.write(`[server] ${d}`);
    };
    server.stdout.on('data', onLog);
    server.stderr.on('data', onLog);
    await waitForServer(server, `http://${authority}/version`, () => serverLog);
    const tServer = Date.now();

    browser = await launchChromium({ profileDir: dirs['chromium-profile'], home: dirs.home, viewport: { width: 1360, height: 820 } });
    const page = browser.pages()[0] || (await browser.newPage());
    // The checklist must never render document text as HTML: a fixture's title is an <img onerror=alert>.
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    let resolveDone;
    const done = new Promise((resolve) => (resolveDone = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => resolveDone(code));
    let automationLog = '';
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(args || []));
      automationLog = (automationLog + line + '\n').slice(-20000);
      if (VERBOSE) (type === 'error' ? console.error : console.log)(line);
    });
    if (VERBOSE) page.on('console', (m) => process.stderr.write(`[browser:${m.type()}] ${m.text()}\n`));

    // Screenshot requests from the suite (see suite/helpers.js screenshot()).
    let shots = 0;
    const poll = setInterval(async () => {
      if (!fs.existsSync(screenshotRequest) || poll.busy) return;
      poll.busy = true;
      try {
        const kind = fs.readFileSync(screenshotRequest, 'utf8').trim(); // "readme" or "check"
        await new Promise((r) => setTimeout(r, 700)); // let menus and views paint
        if (kind === 'readme') {
          fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
          await page.screenshot({ path: SCREENSHOT });
          shots++;
        }
        // Evidence for the HTML-injection test: no element from the fixture's title exists in the page.
        const injected = await page.locator('img[src="x"]').count();
        if (injected) dialogs.push(`an <img src="x"> from document text is in the page (${injected})`);
      } catch (e) {
        console.error(`screenshot failed: ${e.message}`);
      } finally {
        fs.rmSync(screenshotRequest, { force: true });
        poll.busy = false;
      }
    }, 200);

    const remote = (p) => `vscode-remote://${authority}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(testsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);

    let timer;
    const timeout = new Promise((_, rej) => {
      timer = setTimeout(async () => {
        fs.mkdirSync(base, { recursive: true });
        const shot = path.join(base, `timeout-${Date.now()}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        rej(new Error(`tests did not finish in ${TIMEOUT_MS} ms (screenshot ${shot})`));
      }, TIMEOUT_MS);
    });
    try {
      exitCode = await Promise.race([done, timeout]);
    } catch (e) {
      printTestLog();
      console.error(`--- last workbench/extension-host log lines ---\n${automationLog.split('\n').slice(-40).join('\n')}`);
      throw e;
    } finally {
      clearTimeout(timer);
      clearInterval(poll);
    }
    printTestLog();
    const t1 = Date.now();

    let results;
    try {
      results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    } catch {
      /* no summary */
    }
    if (results && dialogs.length) {
      results.failed++;
      results.failures.push({ title: 'no document text is rendered as HTML', error: `page dialogs/injections: ${dialogs.join('; ')}` });
    }
    console.log(`\nscreenshots: ${shots}${shots ? ` (${path.relative(ROOT, SCREENSHOT)})` : ''}`);
    console.log(`timing: server up ${((tServer - t0) / 1000).toFixed(1)} s, workbench + tests ${((t1 - tServer) / 1000).toFixed(1)} s, total ${((t1 - t0) / 1000).toFixed(1)} s`);
    if (results) {
      for (const f of results.failures) console.log(`FAILED: ${f.title}\n${f.error}`);
      if (results.failed > 0 && exitCode === 0) exitCode = 1;
      if (results.failed === 0 && exitCode !== 0) console.log(`extension host exit code ${exitCode}`);
      console.log(`${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
    } else {
      console.log(`no results file written; extension host exit code ${exitCode}`);
      console.log('0 passed, 1 failed');
      exitCode = 1;
    }
  } catch (err) {
    // The cause first (a launch failure's message starts with it), then where it came from.
    console.error(`ERROR: ${(err && err.message) || err}${err && err.stack ? `\n${err.stack.split('\n').slice(1).join('\n')}` : ''}`);
    exitCode = 1;
    console.log('0 passed, 1 failed');
  } finally {
    await cleanup();
    if (!process.env.KEEP_SANDBOX) fs.rmSync(sandbox, { recursive: true, force: true });
    else console.log(`sandbox kept: ${sandbox}`);
  }
  process.exit(exitCode);
}

main();
