#!/usr/bin/env bash
# Installs what Clearpage's build and tests need on a fresh Debian machine: Debian's Chromium (Playwright's own
# browser downloads are not used), Xvfb + openbox + xdotool for the headed keyboard-shortcut tests, speech-dispatcher
# with espeak-ng so the reader's Listen button has a voice to test with, and the npm
# packages pinned by package-lock.json. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium xvfb openbox xdotool fonts-dejavu-core speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
echo "setup: ready ($(/usr/bin/chromium --version 2>/dev/null || echo 'chromium missing'))"
