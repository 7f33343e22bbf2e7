#!/usr/bin/env bash
# Renders reports/index.html (after README's first command) to docs/index.png with headless Chromium, as the
# README shows it. Needs the Debian packages chromium and fonts-noto-cjk (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
page="$(pwd)/reports/index.html"
[[ -f "$page" ]] || { echo "run README's first command first: $page is missing" >&2; exit 2; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --window-size=1280,1000 --screenshot="$(pwd)/docs/index.png" "file://$page" >/dev/null 2>&1
echo "docs/index.png written"
