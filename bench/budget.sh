#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# bench/budget.sh [PHOTOS] [SET]  --  where a batch's CPU goes, to check docs/performance.md's budget yourself.
#
# 1. libjpeg-turbo's decode time per DCT scale on the set's photos (bench/decode-scales.c, one thread): what any
#    tool pays to read these photos before it has done anything else.
# 2. `./bingkai batch` over $BENCH_N rows (the bench/run.sh job) with the JIT compiler's own time (-XX:+CITime) and,
#    when `perf` is installed (Debian: linux-perf) and allowed, the CPU split by library and the hottest symbols.
# PHOTOS as for bench/run.sh (default /work/photos), SET 12mp or 48mp (default 12mp). Prints to standard output.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
PHOTOS="$(realpath "${1:-${BINGKAI_PHOTOS:-/work/photos}}")"
SET=${2:-12mp}
N=${BENCH_N:-100}
WORK=$(mktemp -d -t bingkai-budget.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mapfile -t photos < <(ls "$PHOTOS/$SET"/*.jpg)
[ ${#photos[@]} -gt 0 ] || { echo "no JPEGs in $PHOTOS/$SET" >&2; exit 2; }
[ -f "$PHOTOS/frame.png" ] || { echo "no $PHOTOS/frame.png: make a photo set with bench/make-corpus.sh DIR" >&2; exit 2; }

lib=$(ls /usr/lib/*-linux-gnu/libturbojpeg.so.0 /usr/lib64/libturbojpeg.so.0 2>/dev/null | head -1 || true)
if command -v cc >/dev/null && [ -n "$lib" ]; then
  cc -O2 -o "$WORK/decode-scales" "$here/decode-scales.c" "$lib"
  echo "## libjpeg-turbo decode, one thread, ms per photo ($SET, ${#photos[@]} photos)"
  "$WORK/decode-scales" 3 "${photos[@]}"
  echo
else
  echo "(skipping the decode table: needs a C compiler and libturbojpeg0)"
fi

mkdir -p "$WORK/pack"
cp "$here/pack/manifest.json" "$PHOTOS/frame.png" "$WORK/pack/"
{
  echo "nip;nama;unit;foto"
  for ((i = 0; i < N; i++)); do
    printf '1980%06d;Pegawai Nomor %d;Unit Kerja %d Kantor Contoh;%s\n' "$i" "$i" $((i % 7 + 1)) "${photos[i % ${#photos[@]}]}"
  done
} > "$WORK/people.csv"
"$repo/bingkai" --version > /dev/null  # builds the jar and records the AOT cache outside the measurement
batch() {
  rm -rf "$WORK/out"
  "$repo/bingkai" batch "$WORK/people.csv" --out "$WORK/out" --pack "$WORK/pack" --rotate 3 --zoom 1.06 \
    --width 1080 --quality 90 --name "{nip}" "$@"
}
echo "## ./bingkai batch, $N rows of $SET"
JDK_JAVA_OPTIONS="-XX:+UnlockDiagnosticVMOptions -XX:+CITime" /usr/bin/time -f 'wall %e s, CPU %U s user + %S s system' \
  bash -c "$(declare -f batch); WORK=$WORK repo=$repo; batch" > "$WORK/citime.txt" 2>&1 || { cat "$WORK/citime.txt"; exit 1; }
grep -E "^wall" "$WORK/citime.txt"
grep -E "Total compilation time|^  C[12] \{" "$WORK/citime.txt" | sed 's/nmethods_size.*//'
echo
if command -v perf >/dev/null && perf record -q -o "$WORK/probe.data" -- true >/dev/null 2>&1; then
  echo "## CPU by library (perf, all threads; [JIT] is Java code compiled at run time)"
  JDK_JAVA_OPTIONS="-XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit" \
    perf record -q -F 499 -o "$WORK/perf.data" -- bash -c "$(declare -f batch); WORK=$WORK repo=$repo; batch" \
    > /dev/null 2>&1
  perf report -i "$WORK/perf.data" --sort dso --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -8
  echo
  echo "## Hottest symbols"
  perf report -i "$WORK/perf.data" --sort dso,sym --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -12
  find /tmp -maxdepth 1 -name 'perf-*.map' -newer "$WORK/people.csv" -delete  # the JVM's symbol maps for perf
else
  echo "(skipping the CPU split: perf is not installed or not allowed here — Debian: apt-get install linux-perf)"
fi
