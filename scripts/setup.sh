# Sourced by run.sh and test.sh: installs what a fresh Debian 12 machine lacks, and nothing more.
# Safe to source again: every step checks first.

# Build tools, plus `age` and `sqlite3` for the recovery-with-public-tools test and the README's steps.
LEERTEAM_APT_PACKAGES=(build-essential pkg-config curl ca-certificates age sqlite3)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_apt_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "setup: installing ${missing[*]}" >&2
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# Debian 12's own rustc is too old for this workspace (rust-version in Cargo.toml); use rustup's stable.
ensure_rust() {
    [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
    if ! command -v cargo >/dev/null 2>&1; then
        echo "setup: installing the Rust toolchain with rustup" >&2
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component clippy,rustfmt
        . "$HOME/.cargo/env"
    fi
}

leerteam_setup() {
    ensure_apt_packages "${LEERTEAM_APT_PACKAGES[@]}"
    ensure_rust
    # Keep build output outside the checkout so a fresh clone builds warm.
    export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/leerteam/target}"
}
