#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# bench/startup.sh [APP]  --  start-up of the installed editor and of one `render`, beside `java -jar`, in one run.
#
# APP is an installed Bingkai folder (/opt/bingkai, or an unpacked portable .tar.gz); by default the newest
# target/packages/bingkai-*-linux-x64.tar.gz is unpacked into a temporary folder (packaging/build.sh tar.gz makes it).
# Under one Xvfb (1366x768), STARTUP_RUNS (5) times each, alternating:
#   - the installed editor as the desktop starts it (APP/bin/Bingkai: bundled runtime, AOT cache), and
#   - `java -jar target/bingkai.jar` with this machine's JDK 25 (no AOT cache, JavaFX from the Maven jars),
#   - the floor (bench/FxFloor.java): the least JavaFX program that shows a window titled "Bingkai" with one line of
#     text, on the package's own runtime with an AOT cache of its own trained first, so the row says how much of the
#     editor's time is JavaFX's and the JVM's own start-up on this machine,
# each until a window titled "Bingkai..." exists (polled with xdotool every 20 ms), plus the program's own time stamps
# (BINGKAI_STARTUP_TRACE=<the start in epoch ms>, so that they count from the same moment as the window: the window
# mapped, its first frame drawn, the editor drawn in it); every run with a fresh data folder.
# Then `bingkai render` of one 12 MP photo (STARTUP_PHOTO, default the first of /work/photos/12mp) as a whole
# process, installed and `java -jar`, STARTUP_RUNS times each. Prints medians (and min-max) as a Markdown table, with
# the CPU time of each (user + system), which does not depend on what else the machine is doing.
# Needs xvfb-run, xdotool and GNU time.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$repo/scripts/jdk.sh"
bingkai_find_jdk
RUNS=${STARTUP_RUNS:-5}
work=$(mktemp -d -t bingkai-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
app=${1:-}
if [ -z "$app" ]; then
  tgz=$(ls -t "$repo"/target/packages/bingkai-*-linux-x64.tar.gz 2>/dev/null | head -1 || true)
  [ -n "$tgz" ] || { echo "no APP and no target/packages/*.tar.gz: run packaging/build.sh tar.gz" >&2; exit 2; }
  tar -C "$work" -xzf "$tgz"
  app=$(ls -d "$work"/bingkai-*)
fi
for tool in xvfb-run xdotool /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (packages xvfb, xdotool, time)" >&2; exit 2; }
done
[ -f "$repo/target/bingkai.jar" ] || (cd "$repo" && ./mvnw -q -B package -DskipTests) >&2
photo=${STARTUP_PHOTO:-$(ls /work/photos/12mp/*.jpg 2>/dev/null | head -1 || true)}

# window.sh LABEL CMD...: one editor start; appends "LABEL window_ms cpu_ms shown_ms ready_ms" to results.
cat > "$work/window.sh" <<'EOF'
label=$1; shift
data=$(mktemp -d)
start=$(date +%s%N)
BINGKAI_DATA=$data BINGKAI_STARTUP_TRACE=$((start / 1000000)) /usr/bin/time -f '%U %S' -o "$data/time" "$@" > "$data/log" 2>&1 &
pid=$!
window=""
for i in $(seq 1 1500); do
  if xdotool search --name '^Bingkai' >/dev/null 2>&1; then window=$((($(date +%s%N) - start) / 1000000)); break; fi
  sleep 0.02
done
for i in $(seq 1 600); do grep -q "${READY_MARK:-editor ready}" "$data/log" && break; sleep 0.05; done
shown=$(sed -n 's/^startup: \([0-9]*\) ms window shown/\1/p' "$data/log")
ready=$(sed -n 's/^startup: \([0-9]*\) ms editor ready/\1/p' "$data/log")
pkill -TERM -P "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
cpu=$(tail -1 "$data/time" 2>/dev/null | awk '{ printf "%.0f", 1000 * ($1 + $2) }')
echo "$label ${window:--} ${cpu:--} ${shown:--} ${ready:--}" >> "$RESULTS"
rm -rf "$data"
EOF
export RESULTS="$work/results.txt"
: > "$RESULTS"
# The floor, compiled against the Maven JavaFX jars and run on the package's runtime (which has JavaFX in it).
fx=$(ls "$repo"/target/lib/javafx-{base,graphics,controls}-*-linux.jar 2>/dev/null | paste -sd: || true)
floor=()
if [ -n "$fx" ] && [ -x "$app/lib/runtime/bin/java" ] && mkdir -p "$work/floor" \
    && "$JAVA_HOME/bin/javac" -d "$work/floor" --module-path "$fx" --add-modules javafx.graphics \
      "$repo/bench/FxFloor.java" && "$JAVA_HOME/bin/jar" cf "$work/floor.jar" -C "$work/floor" .; then
  # (an AOT cache takes its class path from jars only)
  floor=("$app/lib/runtime/bin/java" -XX:AOTCache="$work/floor.aot" -Xlog:aot=off -Xlog:cds=off -cp "$work/floor.jar"
    FxFloor)
  xvfb-run -a -s '-screen 0 1366x768x24' env FX_FLOOR_EXIT=1 "$app/lib/runtime/bin/java" \
    -XX:AOTCacheOutput="$work/floor.aot" -Xlog:aot=off -Xlog:cds=off -cp "$work/floor.jar" FxFloor >/dev/null 2>&1 \
    || { echo "the JavaFX floor did not run; its row is left out" >&2; floor=(); }
fi
xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
  for ((i = 0; i < $0; i++)); do
    bash "$1/window.sh" installed "$2/bin/Bingkai"
    bash "$1/window.sh" java-jar "$3/bin/java" -Dsun.font.layout.ffm=false -jar "$4/target/bingkai.jar"
    [ $# -gt 4 ] && READY_MARK="window shown" bash "$1/window.sh" fx-floor "${@:5}"
  done' "$RUNS" "$work" "$app" "$JAVA_HOME" "$repo" ${floor[@]+"${floor[@]}"}

if [ -n "$photo" ]; then
  for ((i = 0; i < RUNS; i++)); do
    for kind in installed java-jar; do
      if [ $kind = installed ]; then cmd=("$app/bin/bingkai"); else cmd=("$JAVA_HOME/bin/java" -jar "$repo/target/bingkai.jar"); fi
      /usr/bin/time -f '%e %U %S' -o "$work/time" "${cmd[@]}" render --photo "$photo" --rotate 3 --zoom 1.06 \
        --text "nama=Pegawai Nomor 1" --text "unit=Unit Kerja 1 Kantor Contoh" --quality 90 --force \
        --out "$work/one.jpg" > /dev/null
      awk -v k="render-$kind" '{ printf "%s %.0f %.0f - -\n", k, 1000 * $1, 1000 * ($2 + $3) }' "$work/time" >> "$RESULTS"
    done
  done
fi

# median and range of one column for one label
stat() { awk -v k="$1" -v c="$2" '$1 == k && $c != "-" { print $c }' "$RESULTS" | sort -n | awk '
  { v[++n] = $1 } END { if (!n) { print "-"; exit } m = (n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2)
  printf "%d (%d-%d)", m, v[1], v[n] }'; }
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at the end $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs each"
echo
echo "| start | window exists, ms | window drawn (own stamp), ms | editor drawn (own stamp), ms | CPU ms to then |"
echo "|---|---:|---:|---:|---:|"
for k in installed java-jar fx-floor; do
  case $k in
    installed) name="installed editor (bin/Bingkai, AOT cache)" ;;
    java-jar) name="java -jar target/bingkai.jar" ;;
    fx-floor) [ ${#floor[@]} -gt 0 ] || continue; name="floor: an empty JavaFX window (bench/FxFloor.java, same runtime, own AOT cache)" ;;
  esac
  echo "| $name | $(stat $k 2) | $(stat $k 4) | $(stat $k 5) | $(stat $k 3) |"
done
if [ -n "$photo" ]; then
  echo
  echo "| one render of a 12 MP photo, whole process | wall ms | CPU ms |"
  echo "|---|---:|---:|"
  echo "| installed \`bingkai render\` (AOT cache, C1, serial GC) | $(stat render-installed 2) | $(stat render-installed 3) |"
  echo "| \`java -jar target/bingkai.jar render\` | $(stat render-java-jar 2) | $(stat render-java-jar 3) |"
fi
echo
echo "Median (min-max) of $RUNS. Raw: label window_ms cpu_ms shown_ms ready_ms"
sed 's/^/    /' "$RESULTS"
