#!/usr/bin/env bash
# Rebuilds crates/story/lexicon/world-*.txt from Faker (pinned), in a venv this script makes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${XDG_CACHE_HOME:-$HOME/.cache}/leerteam/faker-venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q faker==37.4.0
"$venv/bin/python" "$here/world_names.py" "$here/../../crates/story/lexicon"
cp "$("$venv/bin/python" -c 'import faker, pathlib; print(pathlib.Path(faker.__file__).parent.parent)')"/faker-37.4.0.dist-info/licenses/LICENSE* \
  "$here/../../crates/story/lexicon/FAKER-LICENSE.txt" 2>/dev/null || true
