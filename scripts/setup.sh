# Sourced by run.sh and test.sh: installs what a fresh Debian 12 machine lacks, and nothing more.
# Safe to source again: every step checks first.

# Build tools and the desktop shell's libraries (Tauri 2 on WebKitGTK 4.1), `age` and `sqlite3` for the
# recovery-with-public-tools test and the README's steps, Node.js for the UI.
LEERTEAM_APT_PACKAGES=(build-essential pkg-config curl ca-certificates file age sqlite3
    libwebkit2gtk-4.1-dev libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev)
# For the end-to-end tests: a virtual display, a session bus, WebKit's WebDriver, PDF and image tools.
# qpdf checks the story PDFs; xdotool types into the GTK save dialog in the end-to-end test; zbarimg
# reads the recovery sheet's QR code back.
LEERTEAM_TEST_APT_PACKAGES=(xvfb xauth dbus-daemon webkit2gtk-driver poppler-utils imagemagick qpdf xdotool zbar-tools)

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

# Vite 8 needs Node 20.19 or newer; Debian 12's own nodejs is 18, so a newer one must be on PATH.
ensure_node() {
    if command -v node >/dev/null 2>&1 && node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a==20&&b>=19)?0:1)'; then
        return
    fi
    ensure_apt_packages nodejs npm
    node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a==20&&b>=19)?0:1)' || {
        echo "setup: Node.js 20.19 or newer is needed for the UI build; found $(node --version)." >&2
        echo "setup: install a newer Node.js (for example from Debian backports or nodejs.org) and run again." >&2
        exit 1
    }
}

# The UI's packages at the versions in package-lock.json; then the built UI that the app embeds.
# `npm install` rather than `npm ci`: the lock file records only this platform's build of the Tauri
# CLI, which `npm ci` rejects as out of sync.
ensure_ui() {
    if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
        npm --prefix ui install --no-fund --no-audit --loglevel=error
    fi
    npm --prefix ui run --silent build >/dev/null
}

# tauri-driver 2.x (the registry's newest is a 3.0 alpha), built once into cargo's bin folder.
ensure_tauri_driver() {
    if ! command -v tauri-driver >/dev/null 2>&1; then
        echo "setup: installing tauri-driver 2" >&2
        cargo install tauri-driver --version '^2' --locked --quiet
    fi
}

# A Python venv at $1 with the pinned packages of requirements file $2, made or remade when the
# file changes (a stamp holds its hash). Debian 12 needs python3-venv for it.
ensure_venv() {
    local venv="$1" requirements="$2"
    local stamp="$venv/.leerteam-requirements.sha256" want
    want="$(sha256sum "$requirements" | cut -d' ' -f1)"
    if [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && "$venv/bin/python" -c '' 2>/dev/null; then
        return 0
    fi
    if ! "$venv/bin/python" -c '' 2>/dev/null; then
        rm -rf "$venv"
        mkdir -p "$(dirname "$venv")"
        if ! python3 -m venv "$venv" >&2; then
            echo "setup: python3 -m venv failed; installing python3-venv" >&2
            rm -rf "$venv"
            ensure_apt_packages python3-venv
            python3 -m venv "$venv" >&2
        fi
    fi
    echo "setup: installing $(basename "$(dirname "$requirements")")'s Python packages into $venv" >&2
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements" >&2
    echo "$want" > "$stamp"
}

leerteam_setup() {
    ensure_apt_packages "${LEERTEAM_APT_PACKAGES[@]}"
    ensure_rust
    ensure_node
    ensure_ui
    # Keep build output outside the checkout so a fresh clone builds warm.
    export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/leerteam/target}"
}
