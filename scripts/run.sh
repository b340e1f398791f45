#!/usr/bin/env bash
# Runs Leerteam on the default vault location, after installing what is missing.
# Until the desktop app lands (issue #3) this creates a vault with a demo case and lists it.
#   LEERTEAM_VAULT=DIR bash scripts/run.sh   to use another vault folder
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
leerteam_setup

cargo build --locked --quiet -p leerteam-cli
leerteam="$CARGO_TARGET_DIR/debug/leerteam"
vault="${LEERTEAM_VAULT:-${XDG_DATA_HOME:-$HOME/.local/share}/nl.leerteam.app/vault}"

if [ ! -f "$vault/identity.age" ]; then
    echo "Creating a new vault in $vault"
    "$leerteam" vault init "$vault"
    "$leerteam" case add "$vault" --kind incident --title "Voorbeeld: val tijdens de nachtdienst" --ward "Interne geneeskunde" >/dev/null
fi
"$leerteam" vault verify "$vault"
"$leerteam" case list "$vault"
