#!/usr/bin/env bash
# Sets up the venv for the DEDUCE comparison runner (run_deduce.py) and prints its python's path
# as the last line on stdout. Idempotent: a stamp holding the hash of requirements.txt skips the work.
# DEDUCE builds its lookup cache inside its package folder, so the warm-up below keeps it in the venv.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${LEERTEAM_DEDUCE_VENV:-$HOME/.cache/leerteam/deduce-venv}"
stamp="$venv/.leerteam-requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"

if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || ! "$venv/bin/python" -c '' 2>/dev/null; then
    if ! "$venv/bin/python" -c '' 2>/dev/null; then
        rm -rf "$venv"
        mkdir -p "$(dirname "$venv")"
        if ! python3 -m venv "$venv" >&2; then
            echo "setup: python3 -m venv failed; installing python3-venv" >&2
            rm -rf "$venv"
            apt-get update -qq >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >&2
            python3 -m venv "$venv" >&2
        fi
    fi
    echo "setup: installing DEDUCE into $venv" >&2
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt" >&2
    echo "setup: building DEDUCE's lookup cache (first load only, 2-3 minutes)" >&2
    "$venv/bin/python" -c 'from deduce import Deduce; Deduce()' >&2
    echo "$want" > "$stamp"
fi

echo "$venv/bin/python"
