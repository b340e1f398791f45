#!/usr/bin/env bash
# Sets up the venv for the DEDUCE comparison runner (run_deduce.py) and prints its python's path
# as the last line on stdout. Idempotent (scripts/setup.sh ensure_venv). DEDUCE builds its lookup
# cache inside its package folder, so the warm-up below keeps it in the venv, once per install.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/../setup.sh"
venv="${LEERTEAM_DEDUCE_VENV:-$HOME/.cache/leerteam/deduce-venv}"
ensure_venv "$venv" "$here/requirements.txt"
if [ "$(cat "$venv/.leerteam-deduce-cache" 2>/dev/null)" != "$(cat "$venv/.leerteam-requirements.sha256")" ]; then
    echo "setup: building DEDUCE's lookup cache (first load only, 2-3 minutes)" >&2
    "$venv/bin/python" -c 'from deduce import Deduce; Deduce()' >&2
    cp "$venv/.leerteam-requirements.sha256" "$venv/.leerteam-deduce-cache"
fi

echo "$venv/bin/python"
