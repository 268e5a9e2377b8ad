#!/usr/bin/env bash
# Debian's Chromium and a Korean font for the browser tests. Playwright's own browser
# download cannot work here (no network beyond package registries), so never `playwright install`.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-nanum >/dev/null 2>&1 || missing+=(fonts-nanum)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "browser tests need: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
