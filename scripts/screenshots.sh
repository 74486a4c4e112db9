#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# scripts/screenshots.sh [PHOTO]  --  retakes every picture in docs/screenshots from the current editor
# (src/test/java/id/bingkai/app/Screenshots.java drives the real window). Needs Xvfb (xvfb-run) and ImageMagick 6
# (import, convert-im6). PHOTO is "friends" by Aitzol Berasategi (docs/screenshots/README.md); the placements in
# Screenshots.java are chosen for it.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$repo/scripts/jdk.sh"
bingkai_find_jdk
photo="${1:-/work/photos/real/r07-friends.jpg}"
if [ ! -f "$photo" ]; then
  echo "usage: scripts/screenshots.sh PHOTO  (friends_by_Aitzol_Berasategi.jpg, see docs/screenshots/README.md)" >&2
  exit 2
fi
for tool in xvfb-run import convert-im6; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (packages xvfb, imagemagick)" >&2; exit 2; }
done
cd "$repo"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/screenshots-classpath.txt >&2
cp="target/test-classes:target/classes:$(cat target/screenshots-classpath.txt)"
# Software rendering, as in the headless UI tests (Xvfb has no GPU).
exec xvfb-run -a -s "-screen 0 1366x768x24" "$JAVA_HOME/bin/java" -Dprism.order=sw --enable-native-access=ALL-UNNAMED \
  -cp "$cp" id.bingkai.app.Screenshots docs/screenshots "$(cd "$(dirname "$photo")" && pwd)/$(basename "$photo")"
