#!/usr/bin/env bash
# Builds the Debian package from an already built tree with cpack (no second build), unpacks it
# with dpkg -x into a temporary root and checks it from there: --version of the three programs
# (the project version), the console's headless demo, desktop-file-validate and appstreamcli.
# Usage: check-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "check-package: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' -print -quit)
[ -n "$deb" ] || fail "cpack made no .deb"
echo "package: $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6sql6-sqlite; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done

root="$work/root"
dpkg -x "$deb" "$root"
bin="$root/usr/bin"
share="$root/usr/share"
id=com.smarterproctoring.ProctorConsole
for f in "$bin/sp-proctor-console" "$bin/spsync" "$bin/sp-sync-emulator" \
    "$share/applications/$id.desktop" "$share/icons/hicolor/scalable/apps/$id.svg" \
    "$share/metainfo/$id.metainfo.xml" "$share/man/man1/spsync.1" \
    "$share/man/man1/sp-sync-emulator.1"; do
    [ -e "$f" ] || fail "missing from the package: ${f#"$root"}"
done

# Run from an empty directory with a private HOME: nothing may come from the source tree.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" && cd "$work"
for prog in sp-proctor-console spsync sp-sync-emulator; do
    out=$("$bin/$prog" --version)
    [ "$out" = "$prog $version" ] || fail "$prog --version printed '$out', not '$prog $version'"
    echo "$out"
done
"$bin/sp-proctor-console" --headless-demo --timeout 60 >"$work/demo.log" 2>&1 \
    || { cat "$work/demo.log" >&2; fail "the installed console's headless demo failed"; }
echo "headless demo: ok"

desktop-file-validate "$share/applications/$id.desktop"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml"
grep -q "release version=\"$version\"" "$share/metainfo/$id.metainfo.xml" \
    || fail "metainfo does not name release $version"
echo "check-package: ok"
