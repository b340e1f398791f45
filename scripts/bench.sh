#!/usr/bin/env bash
# All benchmarks, in release builds: the vault (`leerteam bench`) and the app's start-up and memory
# against a bare Tauri window, and the learning story PDF against headless Chromium. Figures go to
# stdout, one JSON object a line.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
leerteam_setup
ensure_apt_packages "${LEERTEAM_TEST_APT_PACKAGES[@]}"
ensure_tauri_driver

cargo build --locked --release --quiet -p leerteam-cli
cargo build --locked --release --quiet -p leerteam-app --features custom-protocol --bin leerteam-app --example bare_window
"$CARGO_TARGET_DIR/release/leerteam" bench --json
# The learning story of the richest case against headless Chromium printing the same HTML.
ensure_apt_packages chromium
node scripts/story-bench.mjs "$CARGO_TARGET_DIR/release/leerteam" "$CARGO_TARGET_DIR/bench-story" "${LEERTEAM_BENCH_ROUNDS:-7}"
NO_AT_BRIDGE=1 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24" \
    node tests/e2e/bench.mjs "$CARGO_TARGET_DIR/release/leerteam-app" "$CARGO_TARGET_DIR/release/examples/bare_window" "${LEERTEAM_BENCH_ROUNDS:-7}"
# The 1,000-case vault in the release app: unlock to an interactive list, search, open a case.
NO_AT_BRIDGE=1 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24" \
    node tests/e2e/run.mjs "$CARGO_TARGET_DIR/release/leerteam-app" "$CARGO_TARGET_DIR/bench-e2e" large | grep 'metric:'
