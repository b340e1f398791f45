#!/usr/bin/env bash
# Runs every test of Leerteam, after installing what is missing. CI runs exactly this.
#   LEERTEAM_KILL_ROUNDS=1000 bash scripts/test.sh   for the long crash test (default 200 kills)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
leerteam_setup

cargo fmt --all --check
cargo clippy --workspace --all-targets --locked --quiet -- -D warnings
cargo test --workspace --locked
