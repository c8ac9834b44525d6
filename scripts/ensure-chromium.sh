#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the browser tests: installs it as root, else stops with how to.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (apt-get install -y chromium)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "migstat: the browser tests need Chromium; install it with: sudo apt-get install -y chromium" >&2
exit 1
