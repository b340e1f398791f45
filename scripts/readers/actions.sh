#!/usr/bin/env bash
# Reads the action lists `leerteam export-actions` writes back with independent readers
# (check_actions.py: openpyxl for the workbook, Python's csv module for both CSV dialects), on the
# rich case with diacritics, quotes, separators and a participant's name planted in its
# experiments. The readers live in a venv under ~/.cache/leerteam (requirements.txt, pinned).
# Usage: bash scripts/readers/actions.sh [path/to/leerteam]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
leerteam="${1:-${CARGO_TARGET_DIR:-$HOME/.cache/leerteam/target}/debug/leerteam}"
venv="${LEERTEAM_READERS_VENV:-$HOME/.cache/leerteam/readers-venv}"
. "$root/scripts/setup.sh"
ensure_venv "$venv" "$here/requirements.txt"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$venv/bin/python" - "$root/tests/fixtures/cases/rich-case.json" "$work/case.json" <<'PY'
import json, sys
case = json.load(open(sys.argv[1], encoding="utf-8"))
experiments = case["case"]["experiments"]
experiments[0]["action"] = "Dubbele controle bij één patiënt: café-overleg; “het idee”, ‘s nachts, 1,5 mg"
name = next(p["name"] for p in case["case"]["participants"] if p.get("name"))
experiments[1]["action"] = f"{name} belt de apotheek.\r\nDaarna: \"terugkoppeling\" aan het team"
experiments[1]["owner_role"] = "=HYPERLINK(\"x\")"
json.dump(case, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
export LEERTEAM_PASSPHRASE="action list check passphrase"
"$leerteam" vault init "$work/vault" --work-factor 10 --recovery-key-out "$work/recovery.txt" > /dev/null
id="$("$leerteam" case import "$work/vault" "$work/case.json")"
"$leerteam" export-actions "$work/vault" "$id" --out "$work/list.xlsx" > /dev/null
"$leerteam" export-actions "$work/vault" "$id" --out "$work/list.csv" > /dev/null
"$leerteam" export-actions "$work/vault" "$id" --out "$work/list-nl.csv" --dutch-excel > /dev/null
"$venv/bin/python" "$here/check_actions.py" "$work/case.json" "$work/list.xlsx" "$work/list.csv" "$work/list-nl.csv"
