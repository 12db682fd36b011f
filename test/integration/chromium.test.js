'use strict';
// Issue 17 item 1: from a long checkout path the suite's Chromium could not start ("Socket path
// too long", buried in Playwright's log). The sandbox now lives in a short temporary folder, and
// a launch failure names its cause on its first line. Run by `npm run test:integration` first.
const assert = require('assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { describe, it } = require('node:test');
const { explainLaunchFailure, launchChromium, makeSandbox, SOCKET_PATH_MAX } = require('./chromium');

describe('Chromium for the integration tests', () => {
  it('makes the sandbox where socket paths fit, even when TMPDIR is long', () => {
    const saved = process.env.TMPDIR;
    const long = path.join(os.tmpdir(), 'x'.repeat(80));
    fs.mkdirSync(long, { recursive: true });
    process.env.TMPDIR = long;
    try {
      const dir = makeSandbox('fb-check-');
      fs.rmSync(dir, { recursive: true, force: true });
      assert.ok(path.join(dir, 'tmp', 'vscode-ipc-00000000-0000-0000-0000-000000000000.sock').length <= SOCKET_PATH_MAX, dir);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      fs.rmSync(long, { recursive: true, force: true });
    }
  });

  it('names the cause of a failed launch in its first line', () => {
    const log = '[pid=1][err] [1:1:1201/2.3:FATAL:chrome/browser/process_singleton_posix.cc:315] Socket path too long: /home/runner/x/org.chromium.Chromium.AB12CD/SingletonSocket.\n[pid=1][err] [ERROR:crashpad] open /sys/...';
    assert.match(explainLaunchFailure(new Error(`browserType.launchPersistentContext: Target page, context or browser has been closed\nBrowser logs:\n${log}`), { tmpDir: '/home/runner/x' }), /^Chromium could not start: "Socket path too long: \/home\/runner\/x\/org\.chromium\.Chromium\.AB12CD\/SingletonSocket" \(\d+ bytes; .*TMPDIR is \/home\/runner\/x/);
    assert.match(explainLaunchFailure(new Error('/usr/bin/chromium: error while loading shared libraries: libnss3.so: cannot open shared object file'), { executablePath: process.execPath }), /shared library libnss3\.so is missing/);
    assert.match(explainLaunchFailure(new Error('spawn /nowhere/chromium ENOENT'), { executablePath: '/nowhere/chromium' }), /\/nowhere\/chromium does not exist/);
    assert.match(explainLaunchFailure(new Error('x\n[1:1:FATAL:zygote_host_impl_linux.cc:127] No usable sandbox!'), { executablePath: process.execPath }), /^Chromium could not start: No usable sandbox!/);
  });

  it('a real launch with a TMPDIR too long for its socket fails with that cause', async () => {
    const saved = process.env.TMPDIR;
    const long = path.join('/tmp', 'fb-long-tmpdir-'.padEnd(70, 'x'));
    const profile = fs.mkdtempSync(path.join('/tmp', 'fb-profile-'));
    fs.mkdirSync(long, { recursive: true });
    process.env.TMPDIR = long;
    try {
      await assert.rejects(launchChromium({ profileDir: profile, home: profile }), (e) => {
        assert.match(e.message.split('\n')[0], /^Chromium could not start: "Socket path too long: .*TMPDIR is \/tmp\/fb-long-tmpdir-x+ \(\d+ characters\)/);
        return true;
      });
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      fs.rmSync(long, { recursive: true, force: true });
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
