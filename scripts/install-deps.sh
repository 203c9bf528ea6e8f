#!/usr/bin/env bash
# Installs, from Debian 12's packages, what building, running and testing Relève needs.
# Only packages that are missing are installed; safe to run again.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    # Qt 6.4 and QtKeychain (README.md, "Dependencies")
    qt6-base-dev qt6-positioning-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libgl-dev
    # password hashing (Argon2id) and random tokens on the server
    libsodium-dev
    # tests: PDF text, PostgreSQL, the OS keychain, screenshots
    poppler-utils postgresql sqlite3 gnome-keyring dbus dbus-x11 xvfb xauth fonts-dejavu-core
    # server tests: the libFuzzer target (clang with its compiler-rt runtime), HTTPS certificates
    clang libclang-rt-14-dev openssl
    # server benchmark (tests/bench/server): load generator and the static-file reference
    wrk nginx-light
    # reports and installers (issue 9): iCalendar read back by another parser, the DEB package
    # (dpkg-shlibdeps), AppStream and desktop-file validation, the Windows installer script
    python3 python3-icalendar dpkg-dev appstream desktop-file-utils nsis
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
