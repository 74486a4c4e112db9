#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# packaging/prove-deb.sh [DEB]  --  proves the .deb works as installed, without touching this system:
#   1. installs it with dpkg into a throw-away root (dpkg --root, maintainer scripts run chrootless);
#   2. runs the installed `bingkai --version` and `bingkai render` of a 12 MP photo, with -XX:AOTMode=on, which makes
#      the JVM fail rather than run without the packaged AOT cache (so the cache is proven valid where installed);
#   3. opens the installed editor (bin/Bingkai, as the desktop entry does) under Xvfb and takes a screenshot;
#   4. purges the package and checks that the user's data is untouched and nothing else is left.
# DEB defaults to the newest target/packages/bingkai_*.deb (packaging/build.sh deb makes it). Needs dpkg; the editor
# step needs xvfb-run, xdotool and ImageMagick's import, and is skipped with a note without them. Results, the
# screenshot and logs go to target/packages/proof/. Exit status 0 only if every step that ran passed.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb=${1:-$(ls -t "$repo"/target/packages/bingkai_*_amd64.deb 2>/dev/null | head -1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "no .deb: run packaging/build.sh deb first" >&2; exit 2; }
deb=$(realpath "$deb")
proof="$repo/target/packages/proof"
rm -rf "$proof"
mkdir -p "$proof"
root=$(mktemp -d -t bingkai-root.XXXXXX)
trap 'rm -rf "$root"' EXIT
home="$root/home/siti"
failed=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failed=1; }

# 1. install. --force-depends: the throw-away root has no libraries; the installed program uses this system's.
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$home"
: > "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-script-chrootless --force-depends -i "$deb" > "$proof/install.log" 2>&1 \
  && pass "dpkg -i into $root" || { fail "dpkg -i (see $proof/install.log)"; exit 1; }
app="$root/opt/bingkai"
[ "$(readlink "$root/usr/bin/bingkai")" = /opt/bingkai/bin/bingkai ] && [ -x "$app/bin/bingkai" ] \
  && pass "/usr/bin/bingkai -> /opt/bingkai/bin/bingkai" || fail "/usr/bin/bingkai is missing or wrong"
grep -q '^MimeType=application/x-bingkai-project;application/zip;' "$app"/lib/*.desktop \
  && grep -q '^Exec=/opt/bingkai/bin/Bingkai %f' "$app"/lib/*.desktop \
  && pass "desktop entry opens .bingkai projects and frame-pack .zip files" || fail "desktop entry"
dpkg-deb -f "$deb" Depends | grep -q libturbojpeg0 && dpkg-deb -f "$deb" Recommends | grep -q libheif1 \
  && pass "Depends: libturbojpeg0; Recommends: libheif1" || fail "control file dependencies"

# 2. the command line, as installed (HOME is the throw-away user's)
export HOME="$home" XDG_DATA_HOME="" BINGKAI_JVM_OPTIONS="-XX:AOTMode=on"
version=$("$app/bin/bingkai" --version 2>"$proof/version.err") \
  && pass "bingkai --version with the AOT cache required: $version" || fail "bingkai --version (see $proof/version.err)"
photo="$home/Gambar/foto 12mp.jpg"
mkdir -p "$(dirname "$photo")"
first=$(ls /work/photos/12mp/*.jpg 2>/dev/null | head -1 || true)
if [ -n "$first" ]; then
  cp "$first" "$photo"
else
  "$app/lib/runtime/bin/jshell" --version >/dev/null 2>&1 || true
  convert -size 4000x3000 gradient:orange-navy -quality 90 "$photo" 2>/dev/null \
    || { fail "no 12 MP photo and no ImageMagick to make one"; }
fi
start=$(date +%s%N)
"$app/bin/bingkai" render --photo "$photo" --text "nama=Siti Aminah" --out "$home/Gambar/profil.jpg" \
  > "$proof/render.log" 2>&1 && ms=$((($(date +%s%N) - start) / 1000000)) \
  && [ -s "$home/Gambar/profil.jpg" ] && pass "bingkai render of a 12 MP photo: $ms ms whole process" \
  || fail "bingkai render (see $proof/render.log)"
unset BINGKAI_JVM_OPTIONS

# 3. the editor as the desktop starts it, under Xvfb
if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null && command -v import >/dev/null; then
  cat > "$proof/editor.sh" <<EOF
JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Dprism.order=sw" BINGKAI_STARTUP_TRACE=1 "$app/bin/Bingkai" > "$proof/editor.log" 2>&1 &
pid=\$!
for i in \$(seq 1 1200); do grep -q 'editor ready' "$proof/editor.log" 2>/dev/null && break; sleep 0.1; done
sleep 2
import -window root "$proof/installed-editor.png"
xdotool search --name '^Bingkai' > "$proof/windows.txt" 2>/dev/null || true
kill \$pid; wait \$pid 2>/dev/null || true
EOF
  xvfb-run -a -s '-screen 0 1366x768x24' bash "$proof/editor.sh"
  grep -q 'editor ready' "$proof/editor.log" && [ -s "$proof/windows.txt" ] && [ -s "$proof/installed-editor.png" ] \
    && pass "installed editor opened a window titled Bingkai ($(grep -o '[0-9]* ms editor ready' "$proof/editor.log")); screenshot $proof/installed-editor.png" \
    || fail "installed editor (see $proof/editor.log)"
else
  echo "SKIP: the editor step needs xvfb-run, xdotool and ImageMagick (import)"
fi
[ ! -e "$home/.openjfx" ] && pass "JavaFX unpacked nothing into the user's home (its libraries are in the runtime)" \
  || fail "$home/.openjfx was created"

# 4. remove: the user's files stay exactly as they were, nothing of the package is left
(cd "$home" && find . -type f -exec sha256sum {} + | sort) > "$proof/home-before.txt"
dpkg --root="$root" --force-script-chrootless -P bingkai > "$proof/purge.log" 2>&1 \
  && pass "dpkg -P bingkai" || fail "dpkg -P (see $proof/purge.log)"
(cd "$home" && find . -type f -exec sha256sum {} + | sort) > "$proof/home-after.txt"
cmp -s "$proof/home-before.txt" "$proof/home-after.txt" && [ -s "$proof/home-after.txt" ] \
  && pass "the user's $(wc -l < "$proof/home-after.txt") files are untouched after removal" || fail "user files changed"
left=$(cd "$root" && find . -mindepth 1 \( -path ./var -o -path ./home \) -prune -o -print)
left+=$(cd "$root" && find ./var -mindepth 1 -path ./var/lib/dpkg -prune -o -print | grep -vx './var/lib' || true)
[ -z "$left" ] && pass "nothing else is left in the root after removal" || fail "left behind: $left"
exit $failed
