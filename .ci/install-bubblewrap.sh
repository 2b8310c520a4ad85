#!/usr/bin/env bash
# Installs bubblewrap (Debian package bubblewrap), with which nk loop's local executor prevents a
# candidate from writing outside its workspace; the tests that need it (LocalExecutorAttackTest,
# LoopUnderAttackTest) are skipped without it. Idempotent: does nothing when bwrap is present.
set -euo pipefail
if command -v bwrap >/dev/null 2>&1; then
  echo "install-bubblewrap: bwrap already installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends bubblewrap
bwrap --version
