#!/usr/bin/env bash
# Installs the Debian packages some tests need, those not installed yet, in one apt-get run:
#   chromium, chromium-driver  the bank browser test (nk-server BankBrowserTest)
#   bubblewrap                 nk loop's write prevention (LocalExecutorAttackTest, LoopUnderAttackTest)
# Without them those tests are skipped (the browser test fails under CI). Idempotent.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-packages: chromium, chromedriver and bwrap already installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
chromium --version
chromedriver --version
bwrap --version
