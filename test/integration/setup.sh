#!/usr/bin/env bash
# Installs what the integration suite needs, offline except for the npm registry:
# code-server's bundled VS Code server (without its postinstall, which downloads from GitHub
# and refuses to run as root), playwright-core and mocha. System packages (chromium, ripgrep,
# libkrb5-dev, build-essential, pkg-config, python3) come from apt; .ci/run installs them.
# --browser-only: playwright-core and Chromium only (the browser worker test, npm run test:web).
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")"
browser_only=false
[ "${1:-}" = --browser-only ] && browser_only=true

needed="chromium rg pkg-config make"
$browser_only && needed=chromium
for cmd in $needed; do
  command -v "$cmd" >/dev/null || { echo "setup: missing '$cmd' (apt-get install -y chromium ripgrep pkg-config build-essential libkrb5-dev python3)" >&2; exit 1; }
done

if [ ! -f node_modules/.fairbalance-setup-done ] || [ package-lock.json -nt node_modules/.fairbalance-setup-done ]; then
  npm ci --ignore-scripts --no-audit --no-fund
fi
if $browser_only; then
  touch node_modules/.fairbalance-setup-done
  echo "setup: playwright-core $(node -p "require('./node_modules/playwright-core/package.json').version"), $(chromium --version 2>/dev/null || echo chromium)"
  exit 0
fi

want=$(node -p "require('./node_modules/code-server/package.json').engines.node.replace(/\\D.*$/, '')")
have=$(node -p "process.versions.node.split('.')[0]")
[ "$want" = "$have" ] || { echo "setup: code-server wants Node $want, this is Node $have" >&2; exit 1; }

VSC=node_modules/code-server/lib/vscode
if [ ! -f "$VSC/.offline-setup-done" ]; then
  # What code-server's postinstall.sh does, minus the downloads: install VS Code's own
  # production deps, then build every native addon (all but @vscode/ripgrep, whose install
  # downloads rg from GitHub; Debian's rg is copied in below).
  (cd "$VSC" && npm install --omit=dev --ignore-scripts --no-audit --no-fund)
  pkgs=$(cd "$VSC" && node -e '
    const fs = require("fs"), path = require("path");
    const out = [];
    const visit = (dir, name) => {
      const pj = path.join(dir, "package.json");
      if (!fs.existsSync(pj)) return;
      const s = JSON.parse(fs.readFileSync(pj, "utf8")).scripts || {};
      if ((s.preinstall || s.install || s.postinstall || fs.existsSync(path.join(dir, "binding.gyp"))) && name !== "@vscode/ripgrep") out.push(name);
    };
    for (const e of fs.readdirSync("node_modules")) {
      if (e.startsWith(".")) continue;
      if (e.startsWith("@")) for (const s of fs.readdirSync(path.join("node_modules", e))) visit(path.join("node_modules", e, s), e + "/" + s);
      else visit(path.join("node_modules", e), e);
    }
    console.log(out.join(" "));')
  echo "setup: building native addons: $pkgs"
  # npm_config_yes: node-pty's install runs `npx node-gyp`, which this machine's npmrc would cancel.
  # shellcheck disable=SC2086
  (cd "$VSC" && npm_config_yes=true npm rebuild $pkgs)
  touch "$VSC/.offline-setup-done"
fi
if [ -d "$VSC/node_modules/@vscode/ripgrep" ]; then
  mkdir -p "$VSC/node_modules/@vscode/ripgrep/bin"
  cp -f "$(command -v rg)" "$VSC/node_modules/@vscode/ripgrep/bin/rg"
fi
grep -q symlink_asar node_modules/code-server/postinstall.sh && ln -sfn node_modules "$VSC/node_modules.asar"
ln -sfn code-linux.sh "$VSC/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VSC/bin/helpers/browser.sh"
if [ ! -f "$VSC/extensions/.offline-setup-done" ]; then
  (cd "$VSC/extensions" && npm install --omit=dev --no-audit --no-fund >/dev/null)
  touch "$VSC/extensions/.offline-setup-done"
fi
touch node_modules/.fairbalance-setup-done
echo "setup: VS Code $(node -p "require('./$VSC/package.json').version") server ready (code-server $(node -p "require('./node_modules/code-server/package.json').version"), Node $(node --version))"
