#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# scripts/kiosk-screenshots.sh [PHOTO]  --  retakes docs/screenshots/kiosk-*.png: every kiosk screen in portrait
# 1080x1920 and landscape 1920x1080 and 1366x768 (src/test/java/id/bingkai/kiosk/ui/KioskScreenshots.java drives the
# real kiosk window under Xvfb). Needs xvfb-run and ImageMagick's import.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$repo/scripts/jdk.sh"
bingkai_find_jdk
photo="${1:-}"
for tool in xvfb-run import; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (packages xvfb, imagemagick)" >&2; exit 2; }
done
cd "$repo"
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/screenshots-classpath.txt >&2
cp="target/test-classes:target/classes:$(cat target/screenshots-classpath.txt)"
out="${KIOSK_SHOTS:-docs/screenshots}"
for layout in portrait:1080x1920 landscape:1920x1080 small:1366x768; do
  name="${layout%%:*}"; size="${layout#*:}"
  xvfb-run -a -s "-screen 0 ${size}x24" "$JAVA_HOME/bin/java" -Dprism.order=sw --enable-native-access=ALL-UNNAMED \
    -cp "$cp" id.bingkai.kiosk.ui.KioskScreenshots "$out" "$name" "${KIOSK_LANG:-id}" ${photo:+"$photo"}
done
