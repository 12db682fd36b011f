#!/usr/bin/env node
'use strict';
// VS Code for the Web, the language server half: dist/web/server.js runs in a Web Worker in
// headless Chromium (playwright-core, Debian's chromium), started as the web extension starts it
// (web/page.html), and plays one LSP session (web/lsp-session.js) over a workspace of every seed
// article, a folder with a config file and one with a broken config file. The Node server
// (dist/server.js --stdio) plays the same session on the same files. Everything they send back
// must be identical: per article the diagnostics (rule ids, ranges, messages, severities, data),
// every quick fix, fix-all, the hover and the checklist summary; the config file's error
// diagnostic; and the config text "Add word" writes. The worker reads the files through the
// page (as the web extension reads them through workspace.fs); the Node server reads the disk.
//
// Last line printed: "N passed, N failed". Exit code 0 only if all passed.
// Env: SEEDS_DIR (default ../shared/corpus/seeds beside the checkout), VERBOSE=1, KEEP_SANDBOX=1.
const assert = require('assert/strict');
const fs = require('fs');
const http = require('http');
const path = require('path');
const { spawn } = require('child_process');
const { pathToFileURL } = require('url');
const { launchChromium, makeSandbox } = require('./chromium');
const session = require('./web/lsp-session');

const HERE = __dirname;
const ROOT = path.resolve(HERE, '..', '..');
const SEEDS = process.env.SEEDS_DIR || path.resolve(ROOT, '..', 'shared', 'corpus', 'seeds');
const VERBOSE = !!process.env.VERBOSE;

/** The workspace both servers see: the seeds, a config folder and a broken-config folder. */
function prepareWorkspace(dir) {
  const seeds = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  if (!seeds.length) throw new Error(`no seed articles in ${SEEDS} (set SEEDS_DIR)`);
  for (const sub of ['seeds', 'cfg', 'broken']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  for (const f of seeds) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, 'seeds', f));
  fs.copyFileSync(path.join(HERE, 'fixtures', 'ketamine.md'), path.join(dir, 'cfg', 'ketamine.md'));
  fs.writeFileSync(path.join(dir, 'cfg', '.fairbalancerc.json'), JSON.stringify({ rules: { 'claim-absolute': 'warn', 'term-misspelled': 'error' }, region: 'UK', locale: 'en-GB' }, null, 2) + '\n');
  fs.copyFileSync(path.join(HERE, 'fixtures', 'ketamine.md'), path.join(dir, 'broken', 'article.md'));
  fs.writeFileSync(path.join(dir, 'broken', '.fairbalancerc.yaml'), 'rules:\n  claim-absolute: [warn\n');
  const uri = (...p) => pathToFileURL(path.join(dir, ...p)).href;
  const article = (...p) => ({ uri: uri(...p), text: fs.readFileSync(path.join(dir, ...p), 'utf8'), languageId: p[p.length - 1].endsWith('.txt') ? 'plaintext' : 'markdown' });
  return {
    seeds,
    workspace: {
      folders: [pathToFileURL(dir).href],
      articles: [...seeds.map((f) => article('seeds', f)), article('cfg', 'ketamine.md'), article('broken', 'article.md')],
      watch: [uri('broken', '.fairbalancerc.yaml')],
      addWord: { uri: uri('cfg', 'ketamine.md'), word: 'ketamin' },
    },
    addWordFile: path.join(dir, 'cfg', '.fairbalancerc.json'),
  };
}

/** The page, the shared session script, the browser bundles and the lexicon, and /fs/ for the workspace. */
function serve(workspaceDir) {
  const files = {
    '/': [path.join(HERE, 'web', 'page.html'), 'text/html'],
    '/lsp-session.js': [path.join(HERE, 'web', 'lsp-session.js'), 'text/javascript'],
    '/dist/web/server.js': [path.join(ROOT, 'dist', 'web', 'server.js'), 'text/javascript'],
    '/dist/lexicon.bin': [path.join(ROOT, 'dist', 'lexicon.bin'), 'application/octet-stream'],
    '/dist/lexicon.json': [path.join(ROOT, 'dist', 'lexicon.json'), 'application/json'],
  };
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let hit = files[url];
    if (!hit && url.startsWith('/fs/')) {
      const p = path.resolve(url.slice(3));
      if ((p + path.sep).startsWith(workspaceDir + path.sep) && fs.existsSync(p) && fs.statSync(p).isFile()) hit = [p, 'text/plain; charset=utf-8'];
    }
    if (!hit) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': hit[1], 'cache-control': 'no-store' });
    fs.createReadStream(hit[0]).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The Node server (dist/server.js --stdio) with LSP's Content-Length framing. */
function nodeServer() {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const rpc = session.endpoint((m) => {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  });
  let buf = Buffer.alloc(0);
  child.stdout.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const head = buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())[1]);
      if (buf.length < head + 4 + length) return;
      const message = JSON.parse(buf.subarray(head + 4, head + 4 + length).toString('utf8'));
      buf = buf.subarray(head + 4 + length);
      rpc.receive(message);
    }
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return { rpc, child, stderr: () => stderr };
}

/** The first place two values differ, as a path and both values (short). */
function firstDifference(a, b, at = '') {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b || Array.isArray(a) !== Array.isArray(b)) {
    const show = (v) => JSON.stringify(v)?.slice(0, 300);
    return `${at || '(value)'}: worker ${show(a)} / node ${show(b)}`;
  }
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[k], b[k], `${at}${Array.isArray(a) ? `[${k}]` : `.${k}`}`);
    if (d) return d;
  }
  return undefined;
}

async function main() {
  const t0 = Date.now();
  if (!fs.existsSync(path.join(ROOT, 'dist', 'web', 'server.js'))) throw new Error('dist/web/server.js missing: run npm run build');
  const sandbox = makeSandbox('fb-web-');
  const dirs = {};
  for (const d of ['home', 'tmp', 'profile', 'ws']) fs.mkdirSync((dirs[d] = path.join(sandbox, d)), { recursive: true });
  process.env.TMPDIR = dirs.tmp;
  const { seeds, workspace, addWordFile } = prepareWorkspace(fs.realpathSync(dirs.ws));
  const server = await serve(fs.realpathSync(dirs.ws));
  let browser;
  let passed = 0;
  let failed = 0;
  const check = (title, fn) => {
    try {
      fn();
      passed++;
      console.log(`  ✔ ${title}`);
    } catch (e) {
      failed++;
      console.log(`  ✖ ${title}\n      ${e.message.split('\n').join('\n      ')}`);
    }
  };
  try {
    // The browser first: the Node server's "Add word" writes to the disk both read.
    browser = await launchChromium({ profileDir: dirs.profile, home: dirs.home });
    const page = browser.pages()[0] || (await browser.newPage());
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      // (The page's reads of absent config files are 404s, which Chromium logs as errors.)
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
      if (VERBOSE) console.error(`[page:${m.type()}] ${m.text()}`);
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    const tWeb = Date.now();
    const web = await page.evaluate((ws) => window.runSession(ws), workspace);
    const webMs = Date.now() - tWeb;

    const tNode = Date.now();
    const node = nodeServer();
    const nodeResult = await session.run(node.rpc, workspace);
    await new Promise((r) => (node.child.exitCode !== null ? r() : node.child.once('exit', r)));
    const nodeMs = Date.now() - tNode;
    const nodeWritten = { [pathToFileURL(addWordFile).href]: fs.readFileSync(addWordFile, 'utf8') };

    console.log(`Chromium ${/(?:HeadlessChrome|Chrome)\/([\d.]+)/.exec(userAgent)?.[1] ?? userAgent}: dist/web/server.js in a Web Worker; Node ${process.version}: dist/server.js --stdio`);
    console.log(`${seeds.length} seed articles + a config folder + a broken-config folder; worker session ${webMs} ms (${web.reads} file reads through the page), node session ${nodeMs} ms\n`);
    check('the worker started without errors', () => assert.deepEqual([...web.errors, ...pageErrors], []));
    check('same capabilities and server info', () => assert.deepEqual({ c: web.capabilities, s: web.serverInfo }, { c: nodeResult.capabilities, s: nodeResult.serverInfo }));
    for (const [i, a] of nodeResult.articles.entries()) {
      const w = web.articles[i];
      const name = path.relative(dirs.ws, new URL(a.uri).pathname);
      const rules = [...new Set(a.diagnostics.map((d) => d.code))].sort().join(', ');
      check(`${name}: ${a.diagnostics.length} diagnostics (${rules}) with the same rule ids, ranges and messages`, () => {
        assert.ok(a.diagnostics.length > 0, 'the Node server found something');
        const key = (d) => ({ code: d.code, range: d.range, message: d.message, severity: d.severity });
        assert.deepEqual(w.diagnostics.map(key), a.diagnostics.map(key), firstDifference(w.diagnostics.map(key), a.diagnostics.map(key)));
        assert.deepEqual(w.diagnostics, a.diagnostics, firstDifference(w.diagnostics, a.diagnostics));
      });
      const fixes = a.quickFixes.reduce((n, q) => n + q.length, 0);
      const fixAllEdits = a.fixAll[0]?.edit.documentChanges[0].edits.length ?? 0;
      check(`${name}: the same ${fixes} quick fixes, fix-all (${fixAllEdits} edit${fixAllEdits === 1 ? '' : 's'}), hover and checklist (${a.summary.summary.topics.length} topics)`, () => {
        const pick = (x) => ({ quickFixes: x.quickFixes, fixAll: x.fixAll, hover: x.hover, summary: x.summary });
        assert.deepEqual(pick(w), pick(a), firstDifference(pick(w), pick(a)));
      });
    }
    check('the broken config file gets the same error diagnostic', () => {
      const uri = workspace.watch[0];
      assert.equal(nodeResult.configDiagnostics[uri]?.length, 1, 'the Node server reported it');
      assert.deepEqual(web.configDiagnostics, nodeResult.configDiagnostics, firstDifference(web.configDiagnostics, nodeResult.configDiagnostics));
    });
    check('the config file was read through the page and applied (region UK, term-misspelled at error)', () => {
      const cfg = web.articles.find((a) => a.uri.endsWith('/cfg/ketamine.md'));
      assert.ok(cfg.diagnostics.some((d) => d.code === 'term-misspelled' && d.severity === 1), 'term-misspelled is an error there');
      assert.ok(web.reads > 0);
    });
    check('"Add word" writes the same config text', () => assert.deepEqual(web.written, nodeWritten, firstDifference(web.written, nodeWritten)));
    check('the same messages to the user and the log (none)', () => {
      assert.deepEqual(web.messages, nodeResult.messages);
      assert.deepEqual(nodeResult.messages, []);
    });
    if (VERBOSE) console.error(node.stderr());
  } catch (e) {
    failed++;
    console.error(`ERROR: ${(e && e.message) || e}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    server.close();
    if (!process.env.KEEP_SANDBOX) fs.rmSync(sandbox, { recursive: true, force: true });
    else console.log(`sandbox kept: ${sandbox}`);
  }
  console.log(`\ntiming: total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed || !passed ? 1 : 0);
}

main();
