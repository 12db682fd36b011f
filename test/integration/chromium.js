'use strict';
// Debian's Chromium through playwright-core, for both launchers (the VS Code suite and the
// browser worker test): a sandbox whose Unix socket paths fit, and, when Chromium does not start,
// its real cause on the first line instead of deep in Playwright's launch log.
const fs = require('fs');
const os = require('os');
const path = require('path');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** A Unix socket path is at most 107 bytes (sun_path is 108 with its NUL). */
const SOCKET_PATH_MAX = 107;
/**
 * The longest socket name put in TMPDIR: Chromium's "/org.chromium.Chromium.XXXXXX/SingletonSocket"
 * (45 bytes); the VS Code server's "/vscode-ipc-<uuid>.sock" is 52.
 */
const LONGEST_SOCKET_NAME = 52;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * A fresh sandbox folder for one run, outside the checkout: the checkout's path can be long
 * (a CI runner's is 41 characters and up), and Chromium and the VS Code server make sockets in
 * the TMPDIR set inside it. Throws, naming the path, when even that is too long.
 */
function makeSandbox(prefix) {
  const fits = (base) => Buffer.byteLength(path.join(base, `${prefix}XXXXXX`, 'tmp')) + LONGEST_SOCKET_NAME <= SOCKET_PATH_MAX;
  const base = [os.tmpdir(), '/tmp'].find(fits);
  if (!base) throw new Error(`no temporary folder short enough for Unix sockets: ${os.tmpdir()} (set TMPDIR to a path of at most ${SOCKET_PATH_MAX - LONGEST_SOCKET_NAME - prefix.length - 11} characters)`);
  return fs.mkdtempSync(path.join(base, prefix));
}

const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** The cause of a failed launch, in one line, from Playwright's error and Chromium's log. */
function explainLaunchFailure(error, { executablePath = CHROMIUM, tmpDir = process.env.TMPDIR || os.tmpdir() } = {}) {
  const text = strip(String((error && error.message) || error));
  const tooLong = /Socket path too long: (\S+?)\.?(?:\s|$)/.exec(text);
  if (tooLong) {
    return `Chromium could not start: "Socket path too long: ${tooLong[1]}" (${Buffer.byteLength(tooLong[1])} bytes; a Unix socket path is at most ${SOCKET_PATH_MAX}). TMPDIR is ${tmpDir} (${tmpDir.length} characters): use a shorter one.`;
  }
  if ((/ENOENT/.test(text) && text.includes(executablePath)) || !fs.existsSync(executablePath)) {
    return `Chromium could not start: ${executablePath} does not exist (apt-get install chromium, or set CHROMIUM_PATH).`;
  }
  const lib = /error while loading shared libraries: ([^:\s]+)/.exec(text);
  if (lib) return `Chromium could not start: the shared library ${lib[1]} is missing (install Debian's chromium package with its dependencies).`;
  const fatal = /FATAL:[^\]]*\]\s*([^\n]+)/.exec(text) || /\b(?:ERROR|Error):[^\]]*\]\s*((?:No usable sandbox|Running as root|Missing X server)[^\n]*)/.exec(text);
  if (fatal) return `Chromium could not start: ${fatal[1].trim()}`;
  return `Chromium could not start: ${text.split('\n')[0]}`;
}

/**
 * launchPersistentContext with the arguments both launchers use. On failure the error's message
 * starts with the cause (explainLaunchFailure); Playwright's full log follows it.
 */
async function launchChromium({ profileDir, home, viewport }) {
  const { chromium } = require('playwright-core');
  try {
    return await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      ...(viewport ? { viewport } : {}),
      env: { ...process.env, HOME: home },
      args: ARGS,
    });
  } catch (e) {
    const wrapped = new Error(`${explainLaunchFailure(e)}\n--- Playwright's launch log ---\n${strip(String(e.message || e))}`);
    wrapped.cause = e;
    throw wrapped;
  }
}

module.exports = { CHROMIUM, SOCKET_PATH_MAX, makeSandbox, explainLaunchFailure, launchChromium };
