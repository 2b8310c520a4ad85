#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver (Debian packages chromium, chromium-driver) for the
# bank browser test (nk-server BankBrowserTest). Idempotent: does nothing when both are present.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "install-browser: chromium and chromedriver already installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver
chromium --version
chromedriver --version
