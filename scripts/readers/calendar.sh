#!/usr/bin/env bash
# Reads the calendar files Leerteam writes back with two independent parsers (check_ics.py):
# the committed golden file, and the files `leerteam calendar` writes for the rich case in NL
# and EN. The parsers live in a venv under ~/.cache/leerteam made on first run (requirements.txt,
# pinned). Usage: bash scripts/readers/calendar.sh [path/to/leerteam]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
leerteam="${1:-${CARGO_TARGET_DIR:-$HOME/.cache/leerteam/target}/debug/leerteam}"
venv="${LEERTEAM_READERS_VENV:-$HOME/.cache/leerteam/readers-venv}"
. "$root/scripts/setup.sh"
ensure_venv "$venv" "$here/requirements.txt"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export LEERTEAM_PASSPHRASE="calendar check passphrase"
"$leerteam" vault init "$work/vault" --work-factor 10 --recovery-key-out "$work/recovery.txt" > /dev/null
id="$("$leerteam" case import "$work/vault" "$root/tests/fixtures/cases/rich-case.json")"
"$leerteam" calendar "$work/vault" "$id" --out "$work/case-nl.ics" --lang nl > /dev/null
"$leerteam" calendar "$work/vault" "$id" --out "$work/case-en.ics" --lang en > /dev/null
"$leerteam" calendar "$work/vault" --out "$work/reviews.ics" > /dev/null
# The rich case: two dated sessions and one open experiment with a review date.
"$venv/bin/python" "$here/check_ics.py" \
    "$root/tests/fixtures/calendar/reviews-en.ics:12" \
    "$work/case-nl.ics:3" "$work/case-en.ics:3" "$work/reviews.ics:1"
