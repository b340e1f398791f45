#!/usr/bin/env bash
# Opens the Leerteam app on the default vault location, after installing what is missing.
#   LEERTEAM_VAULT=DIR bash scripts/run.sh   to start with another vault folder
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
leerteam_setup

cargo build --locked --quiet -p leerteam-app --features custom-protocol
if [ -n "${LEERTEAM_VAULT:-}" ]; then
    export LEERTEAM_VAULT_DIR="$LEERTEAM_VAULT"
fi
exec "$CARGO_TARGET_DIR/debug/leerteam-app"
