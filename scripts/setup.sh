#!/usr/bin/env bash
# Installs what ClaimLens needs on a fresh Debian machine with Node 20: Debian's Chromium (for the
# demo and the end-to-end tests) and the exact npm packages of the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium
fi
npm ci --no-audit --no-fund
