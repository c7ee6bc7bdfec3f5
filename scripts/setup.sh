#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, if missing, and says what it installs.
# Idempotent: a machine that has everything installs nothing.
# --test adds what only ./test.sh needs: clang and its runtime (libFuzzer, ASan, UBSan), which
# Debian ships in libclang-rt-dev, only a recommendation of clang's; and the openssl command,
# which makes the security matrix's test certificates; clang-format and clang-tidy for the lint
# stages; dpkg-dev and file (dpkg-shlibdeps for CPack), desktop-file-utils and appstream for the
# package check.
# gnome-keyring with D-Bus, so the console's token test saves to a real Secret Service keychain.
# qt6-translations-l10n holds Qt's own translations (standard dialogs in Spanish).
set -euo pipefail

PACKAGES=(
    g++ cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
    libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libgl-dev qt6-translations-l10n
    nodejs npm
    xvfb xauth
)
if [ "${1:-}" = "--test" ]; then
    PACKAGES+=(clang libclang-rt-dev openssl clang-format clang-tidy
               dpkg-dev file desktop-file-utils appstream gnome-keyring dbus)
fi
if [ "${SP_SETUP_EXTRA:-}" != "" ]; then
    read -r -a extra <<<"$SP_SETUP_EXTRA"
    PACKAGES+=("${extra[@]}")
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if [ "$p" = nodejs ] || [ "$p" = npm ]; then
        command -v "${p/nodejs/node}" >/dev/null 2>&1 && continue
    fi
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all build and test packages are present"
    exit 0
fi

echo "setup: installing missing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "setup: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: installed ${missing[*]}"
