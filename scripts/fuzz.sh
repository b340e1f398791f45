#!/usr/bin/env bash
# Runs one fuzz target (fuzz/fuzz_targets/TARGET.rs) under libFuzzer for SECONDS (default 60), on the
# nightly toolchain with cargo-fuzz; prints executions and coverage at the end. Without a nightly
# toolchain it says so and exits 0: the same invariants run on stable as property tests in the
# test command. A finding is written to fuzz/artifacts/TARGET/; make it a regression test.
#   bash scripts/fuzz.sh TARGET [SECONDS]      bash scripts/fuzz.sh --list
set -euo pipefail
cd "$(dirname "$0")/.."
targets=$(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v '^leerteam-fuzz$')
if [[ "${1:-}" == "--list" || -z "${1:-}" ]]; then
    echo "fuzz targets:"; echo "$targets" | sed 's/^/  /'
    [[ -n "${1:-}" ]] && exit 0 || exit 2
fi
target=$1
seconds=${2:-60}
if ! grep -qx "$target" <<<"$targets"; then
    echo "fuzz.sh: no target $target (bash scripts/fuzz.sh --list)" >&2
    exit 2
fi
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    echo "fuzz.sh: skipped: no nightly toolchain (rustup toolchain install nightly); the property tests cover these invariants on stable"
    exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz"
    cargo install cargo-fuzz --locked --quiet
fi
# Seeds: the fixtures the tests use, copied once into the target's corpus.
corpus="fuzz/corpus/$target"
mkdir -p "$corpus"
if [[ -z "$(ls -A "$corpus")" ]]; then
    case "$target" in
        case_import) cp tests/fixtures/cases/*.json "$corpus"/ ;;
        practice_pack) cp crates/room/packs/*.json "$corpus"/ ;;
        # The development halves only: the held-out halves are never opened by tools.
        scanner|story_pdf|calendar) python3 - "$corpus" tests/fixtures/privacy/dev*.json <<'PY'
import json, sys
out, files = sys.argv[1], sys.argv[2:]
for f in files:
    data = json.load(open(f, encoding="utf-8"))
    texts = [s["text"] for s in data.get("sentences", [])][:40]
    for i, text in enumerate(texts):
        open(f"{out}/{f.rsplit('/', 1)[-1]}-{i}", "w", encoding="utf-8").write(text)
PY
            ;;
        keys) printf 'AGE-SECRET-KEY-1QQQQ\n' > "$corpus/key"; printf 'age1qqqq\n' > "$corpus/recipient" ;;
        *) printf 'age-encryption.org/v1\n' > "$corpus/header" ;;
    esac
fi
# Its own build directory: the sanitizer build must not replace the stable one.
export CARGO_TARGET_DIR="${LEERTEAM_FUZZ_TARGET_DIR:-$HOME/.cache/leerteam/fuzz-target}"
cd fuzz
exec cargo +nightly fuzz run "$target" "../$corpus" -- -max_total_time="$seconds" -timeout="${LEERTEAM_FUZZ_TIMEOUT:-10}" -print_final_stats=1 -rss_limit_mb=4096
