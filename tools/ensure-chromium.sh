#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests exists. The tests never download
# Playwright's own browsers: they drive Debian's Chromium (or $CHROMIUM_PATH).
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then
    echo "ensure-chromium: using CHROMIUM_PATH=$CHROMIUM_PATH"
    exit 0
  fi
  echo "ensure-chromium: CHROMIUM_PATH is set to '$CHROMIUM_PATH', which is not an executable file." >&2
  exit 1
fi

if [[ -x /usr/bin/chromium ]]; then
  echo "ensure-chromium: using /usr/bin/chromium"
  exit 0
fi

echo "ensure-chromium: /usr/bin/chromium is missing; installing Debian's chromium package with apt-get…"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: apt-get is not available. Install Chromium yourself and set CHROMIUM_PATH to its executable." >&2
  exit 1
fi

if [[ "$(id -u)" -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "ensure-chromium: not root and sudo is missing; cannot install chromium. Install it, or set CHROMIUM_PATH." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! "${as_root[@]}" apt-get update; then
  echo "ensure-chromium: 'apt-get update' failed; cannot install chromium." >&2
  exit 1
fi
if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; then
  echo "ensure-chromium: 'apt-get install chromium' failed. Install it, or set CHROMIUM_PATH." >&2
  exit 1
fi

if [[ ! -x /usr/bin/chromium ]]; then
  echo "ensure-chromium: chromium was installed but /usr/bin/chromium is still missing." >&2
  exit 1
fi
echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
