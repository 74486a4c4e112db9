#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# packaging/build.sh [--skip-build] [TYPE...]  --  builds Bingkai's installers into target/packages/ (packaging/README.md).
#
# On Linux TYPEs are deb and tar.gz (default: both); on Windows msi; on macOS dmg (the CI workflow
# .github/workflows/packages.yml runs it there). Every package carries its own Java runtime, made by jlink from the
# JDK 25 that builds it plus JavaFX turned into jmods from the Maven JavaFX jars, and a JDK AOT cache trained on
# that runtime (lib/app/bingkai.aot), which the launchers use. --skip-build reuses target/bingkai.jar and target/lib.
# Needs a JDK 25 (found as ./bingkai finds it); on Linux dpkg-deb (and fakeroot when not root) for the .deb,
# and xvfb-run to train the AOT cache on the editor's start too (without it the cache covers the commands only).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
. scripts/jdk.sh
bingkai_find_jdk
. packaging/lib.sh

skip_build=""
types=()
for arg in "$@"; do
  case $arg in
    --skip-build) skip_build=1 ;;
    -h | --help) sed -n '3,11p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) types+=("$arg") ;;
  esac
done
os=$(pkg_os)
[ ${#types[@]} -gt 0 ] || case $os in
  linux) types=(deb tar.gz) ;;
  windows) types=(msi) ;;
  macos) types=(dmg) ;;
esac

if [ -z "$skip_build" ] || [ ! -f target/bingkai.jar ]; then
  echo "== building target/bingkai.jar" >&2
  ./mvnw -q -B package -DskipTests >&2
fi
version=$(pkg_version)
work=target/packaging
out=target/packages
rm -rf "$work"
mkdir -p "$work" "$out"

echo "== JavaFX jmods from the Maven jars" >&2
pkg_javafx_jmods target/lib "$work/jmods"
echo "== runtime (jlink)" >&2
"$JAVA_HOME/bin/jlink" @packaging/jlink.args --module-path "$work/jmods" --output "$work/runtime"
echo "== application image (jpackage)" >&2
mkdir -p "$work/input/lib"
cp target/bingkai.jar "$work/input/"
for jar in target/lib/*.jar; do
  case ${jar##*/} in javafx-*) ;; *) cp "$jar" "$work/input/lib/" ;; esac # JavaFX lives in the runtime
done
[ "$os" = macos ] && pkg_macos_icns "$work/bingkai.icns"
"$JAVA_HOME/bin/jpackage" --type app-image @packaging/jpackage.args @packaging/launcher.args \
  @"packaging/$os/jpackage-app.args" \
  --app-version "$version" --input "$work/input" --runtime-image "$work/runtime" --dest "$work/image"
if [ "$os" = linux ]; then
  install -m 755 packaging/linux/bingkai "$(pkg_image "$work")/bin/bingkai"
  # jpackage's native launcher runs rpm -qf and dpkg -S at every start (~0.4 s): the editor gets a script instead
  install -m 755 packaging/linux/Bingkai "$(pkg_image "$work")/bin/Bingkai"
fi

for type in "${types[@]}"; do
  case $type in
    deb) pkg_deb "$version" "$work" "$out" ;;
    tar.gz) pkg_tar "$version" "$work" "$out" ;;
    msi | dmg) pkg_native "$type" "$version" "$work" "$out" ;;
    *) echo "unknown package type $type (deb, tar.gz, msi, dmg)" >&2; exit 2 ;;
  esac
done
ls -l "$out" >&2
