#!/usr/bin/env bash
# The README's start command: installs what is missing (as root), builds,
# and starts ADP on the embedded default. With a display it opens
# adp-desktop, which runs its own adp-server on this computer with a demo
# project and signs you in. Without a display it runs adp-server in the
# foreground and prints where it listens and how to sign in.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${ADP_BUILD_DIR:-$ROOT/build}
source "$ROOT/packaging/dev/deps.sh"

adp_install_deps
adp_build "$ROOT" "$BUILD" >/dev/null
echo "Built ADP in $BUILD/bin"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${ADP_HEADLESS:-0}" != 1 ]; then
  exec "$BUILD/bin/adp-desktop" --local "$@"
fi

LISTEN=${ADP_LISTEN:-127.0.0.1:8470}
echo "No display: starting adp-server alone (embedded SQLite in ${ADP_DATA_DIR:-~/.local/share/adp})."
echo "Sign in from another terminal with:"
echo "  $BUILD/bin/adp login --server http://$LISTEN --username admin --password-stdin"
echo "using the password printed below on the first start. Stop with Ctrl+C."
exec "$BUILD/bin/adp-server" --listen "$LISTEN" --demo "$@"
