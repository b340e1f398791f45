#!/usr/bin/env bash
# End-to-end tests: builds the app with its UI embedded, then drives it over WebDriver under a virtual
# display. Called by test.sh; runs alone after `. scripts/setup.sh; leerteam_setup` as well.
#   bash scripts/e2e.sh [scenario…]      screenshots go to $CARGO_TARGET_DIR/e2e
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
leerteam_setup
ensure_apt_packages "${LEERTEAM_TEST_APT_PACKAGES[@]}"
ensure_tauri_driver

cargo build --locked --quiet -p leerteam-app -p leerteam-cli --features leerteam-app/custom-protocol
out="$CARGO_TARGET_DIR/e2e"
rm -rf "$out"
NO_AT_BRIDGE=1 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24" \
    node tests/e2e/run.mjs "$CARGO_TARGET_DIR/debug/leerteam-app" "$out" "$@"
