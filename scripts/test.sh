#!/usr/bin/env bash
# Runs every test of Leerteam, after installing what is missing. CI runs exactly this.
#   LEERTEAM_KILL_ROUNDS=1000 bash scripts/test.sh   for the long crash test (default 200 kills)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
leerteam_setup
ensure_apt_packages "${LEERTEAM_TEST_APT_PACKAGES[@]}"

cargo fmt --all --check
cargo clippy --workspace --all-targets --locked --quiet -- -D warnings
# Also writes the IPC types (ts-rs) to ui/src/bindings, from empty so that a type no longer exported
# leaves a deleted file behind; they must match what is committed.
find ui/src/bindings -name '*.ts' -delete
cargo test --workspace --locked
git diff --exit-code --stat -- ui/src/bindings || {
    echo "ui/src/bindings is stale: commit the files cargo test regenerated." >&2
    exit 1
}
untracked=$(git ls-files --others --exclude-standard -- ui/src/bindings)
[ -z "$untracked" ] || { echo "new IPC types not committed: $untracked" >&2; exit 1; }
# What Leerteam writes for other programs, read back by independent readers (pinned, in a venv):
# the calendar files by Python's icalendar and ical, the action lists by openpyxl and csv.
bash scripts/readers/calendar.sh
bash scripts/readers/actions.sh
npm --prefix ui run --silent check
npm --prefix ui test

bash scripts/e2e.sh

# The Debian package: built from the same debug build, and it must carry the app.
(cd src-tauri && ../ui/node_modules/.bin/tauri build --debug --bundles deb --ci >/dev/null)
deb=$(ls -t "$CARGO_TARGET_DIR"/debug/bundle/deb/*.deb | head -n 1)
contents=$(dpkg-deb --contents "$deb")
grep -qE ' (\./)?usr/bin/leerteam-app$' <<<"$contents" || { echo "$deb lacks usr/bin/leerteam-app" >&2; exit 1; }
echo "deb: $(basename "$deb") holds usr/bin/leerteam-app"
