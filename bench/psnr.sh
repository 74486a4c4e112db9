#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# bench/psnr.sh [PHOTOS]: PSNR of the twibbon's photo area for each decode path against a full-decode reference
# (id.bingkai.bench.PhotoAreaPsnr), as a Markdown section on stdout. PHOTOS as for bench/run.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
PHOTOS="$(realpath "${1:-${BINGKAI_PHOTOS:-/work/photos}}")"
. "$repo/scripts/jdk.sh"
bingkai_find_jdk
cd "$repo"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt >&2
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
mapfile -t photos < <(ls "$PHOTOS"/12mp/*.jpg "$PHOTOS"/48mp/*.jpg 2>/dev/null)
[ ${#photos[@]} -gt 0 ] || { echo "no photos in $PHOTOS/12mp or $PHOTOS/48mp" >&2; exit 2; }
echo "#### Quality: PSNR of the photo area against a full decode"
echo
echo "The benchmark twibbon's 840 px slot (zoom 1.06, turned 3 degrees) rendered from each decode path, compared"
echo "with the same render from a full-resolution decode that the renderer's Lanczos3 reduces in one go. Higher is"
echo "closer; above about 40 dB differences are invisible."
echo
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -Xmx3g -cp "$cp" \
  id.bingkai.bench.PhotoAreaPsnr "${photos[@]}"
