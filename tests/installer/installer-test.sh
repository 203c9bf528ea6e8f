#!/usr/bin/env bash
# The installer tests (tests/installer/CMakeLists.txt):
#   installer-test.sh metadata|nsis|deb <source dir> <build dir>
# Exit 0 when the check passes, 77 when it cannot run here (skipped), anything else on failure.
set -euo pipefail
what=$1
src=$2
build=$3
work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing (scripts/install-deps.sh installs $2)"; }

case "$what" in
metadata)
    need appstreamcli appstream
    need desktop-file-validate desktop-file-utils
    # --no-net: the URLs are not fetched (CI may have no network); everything else is checked.
    appstreamcli validate --no-net --explain "$src/installer/linux/fr.releve.Releve.metainfo.xml"
    desktop-file-validate "$src/installer/linux/fr.releve.Releve.desktop"
    # The metadata names the desktop file and the icon the package installs.
    grep -q '<launchable type="desktop-id">fr.releve.Releve.desktop</launchable>' \
        "$src/installer/linux/fr.releve.Releve.metainfo.xml" || fail "launchable"
    grep -q '^Icon=fr.releve.Releve$' "$src/installer/linux/fr.releve.Releve.desktop" || fail "icon"
    [ -f "$src/resources/icons/fr.releve.Releve.svg" ] || fail "icon file"
    echo "PASS metadata"
    ;;

nsis)
    need makensis nsis
    # A placeholder payload shaped like windeployqt's output.
    payload="$work/payload"
    mkdir -p "$payload/platforms" "$payload/sqldrivers"
    for f in releve.exe releve-server.exe Qt6Core.dll Qt6Widgets.dll platforms/qwindows.dll \
        sqldrivers/qsqlite.dll; do
        printf 'placeholder %s\n' "$f" >"$payload/$f"
    done
    out="$work/releve-test-setup.exe"
    # -WX: a warning is an error, so that the script stays clean.
    makensis -V4 -WX -DPAYLOAD_DIR="$payload" -DVERSION=0.1.0 -DOUTFILE="$out" \
        "$src/installer/windows/releve.nsi" >"$work/makensis.log" ||
        { cat "$work/makensis.log"; fail "makensis"; }
    [ "$(head -c 2 "$out")" = "MZ" ] || fail "not a Windows executable"
    for f in releve.exe releve-server.exe qwindows.dll qsqlite.dll; do
        grep -q "File: \"$f\"" "$work/makensis.log" || fail "$f not in the installer"
    done
    grep -q 'WriteUninstaller' "$work/makensis.log" || fail "no uninstaller"
    echo "PASS nsis ($(stat -c %s "$out") bytes)"
    ;;

deb)
    if [ "$(id -u)" -ne 0 ]; then
        echo "SKIP: dpkg -i needs root (CI runs the tests as root)"
        exit 77
    fi
    if dpkg-query -W -f='${Status}' releve 2>/dev/null | grep -q "install ok installed"; then
        echo "SKIP: a releve package is already installed on this machine; not replacing it"
        exit 77
    fi
    need cpack cmake
    need dpkg-shlibdeps dpkg-dev
    [ -x "$build/app/releve" ] && [ -x "$build/server/releve-server" ] ||
        fail "build releve and releve-server first"
    installed=0
    trap 'if [ $installed = 1 ]; then dpkg --purge releve >/dev/null 2>&1 || true; fi; cleanup' EXIT

    # CPack from the build folder: it installs what is already built (no rebuild).
    start=$(date +%s)
    (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") \
        >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
    deb=$(ls "$work"/out/releve_*.deb)
    echo "built $(basename "$deb") in $(($(date +%s) - start)) s, $(stat -c %s "$deb") bytes"
    dpkg-deb --info "$deb" | grep -E "Package|Version|Depends"
    dpkg-deb --contents "$deb" >"$work/contents"
    for f in ./usr/bin/releve ./usr/bin/releve-server \
        ./usr/lib/systemd/system/releve-server.service \
        ./usr/share/applications/fr.releve.Releve.desktop \
        ./usr/share/metainfo/fr.releve.Releve.metainfo.xml \
        ./usr/share/icons/hicolor/scalable/apps/fr.releve.Releve.svg \
        ./usr/share/releve/releve-server.default ./usr/share/releve/openapi.json; do
        grep -q " $f\$" "$work/contents" || { cat "$work/contents"; fail "$f not in the package"; }
    done

    DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" || fail "dpkg -i"
    installed=1
    version=$(grep -m1 -oP 'project\(Releve VERSION \K[0-9.]+' "$src/CMakeLists.txt")
    client=$(/usr/bin/releve --version)
    server=$(/usr/bin/releve-server --version)
    echo "releve --version: $client"
    echo "releve-server --version: $server"
    [[ "$client" == *"$version"* ]] || fail "releve --version does not say $version"
    [[ "$server" == *"$version"* ]] || fail "releve-server --version does not say $version"
    # The package's postinst created the service account and the unit's settings.
    getent passwd releve >/dev/null || fail "no releve system user"
    [ -f /etc/default/releve-server ] || fail "no /etc/default/releve-server"

    dpkg --purge releve >/dev/null || fail "dpkg --purge"
    installed=0
    [ ! -e /usr/bin/releve ] && [ ! -e /usr/bin/releve-server ] || fail "files left after removal"
    [ ! -e /etc/default/releve-server ] || fail "/etc/default/releve-server left after purge"
    echo "PASS deb"
    ;;
*)
    fail "unknown check $what"
    ;;
esac
