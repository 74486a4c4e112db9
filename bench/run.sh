#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# bench/run.sh [PHOTOS]  --  the batch benchmark of docs/performance.md, rerunnable by anyone.
#
# PHOTOS is a folder with 12mp/ and/or 48mp/ JPEGs and a 1080x1080 frame.png with a hole at 120,60 840x840, as
# bench/make-corpus.sh makes it (default: $BINGKAI_PHOTOS, else /work/photos). For each set it writes a CSV of
# $BENCH_N rows (the photos repeated), then makes the same 1080x1080 q90 composite (photo cover-fitted into the
# hole with a 3 degree turn, frame over it, two text lines) with:
#   bingkai batch (libjpeg-turbo through FFM, the default), bingkai batch with -Dbingkai.turbojpeg=off (ImageIO),
#   libvips C API in one process and in one process per core, ImageMagick (one convert per photo),
#   and the floor: libjpeg-turbo decode at the smallest DCT scale that still covers the slot (shorter side >= 891 px:
#   the 840 px hole x zoom 1.06) + encode only, one process per core.
# Tools that are missing are skipped. Results: $BENCH_WORK/results.tsv, the table and chart in
# docs/performance.md (between the bench markers) and docs/performance-chart.{png,svg}.
# Environment: BENCH_N (100), BENCH_IM_N (20: ImageMagick is slow, it runs on the first N photos),
#   BENCH_THREADS (cores), BENCH_REPEAT (3: best of N runs, the same for every tool), BENCH_WORK (a temporary folder),
#   BENCH_SETS ("12mp 48mp"), BENCH_DOC (docs/performance.md; "-" writes no doc).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
PHOTOS="$(realpath "${1:-${BINGKAI_PHOTOS:-/work/photos}}")"
N=${BENCH_N:-100}
IM_N=${BENCH_IM_N:-20}
CORES=$(nproc)
THREADS=${BENCH_THREADS:-$CORES}
REPEAT=${BENCH_REPEAT:-3}
SETS=${BENCH_SETS:-"12mp 48mp"}
DOC=${BENCH_DOC:-$repo/docs/performance.md}
WORK=${BENCH_WORK:-$(mktemp -d -t bingkai-bench.XXXXXX)}
mkdir -p "$WORK"
WORK="$(realpath "$WORK")"

[ -f "$PHOTOS/frame.png" ] || { echo "no $PHOTOS/frame.png: make a photo set with bench/make-corpus.sh DIR" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 2; }

. "$repo/scripts/jdk.sh"
bingkai_find_jdk
echo "building bingkai.jar and its AOT cache ..." >&2
(cd "$repo" && ./mvnw -q -B package -DskipTests) >&2
BINGKAI="$repo/bingkai"
"$BINGKAI" --version >&2   # records the JDK AOT cache once, outside the timings, as a user's first run would

# The frame pack: the benchmark manifest plus the photo set's frame.png.
PACK="$WORK/pack"
mkdir -p "$PACK"
cp "$here/pack/manifest.json" "$PACK/" && cp "$PHOTOS/frame.png" "$PACK/"

# C helpers, built against the runtime libraries only (no -dev packages needed).
lib() { ls /usr/lib/*-linux-gnu/"$1" /usr/lib64/"$1" /usr/lib/"$1" 2>/dev/null | head -1; }
VIPS_BATCH="" FLOOR=""
if command -v cc >/dev/null; then
  if [ -n "$(lib libvips.so.42)" ] && [ -n "$(lib libgobject-2.0.so.0)" ]; then
    cc -O2 -o "$WORK/vips-batch" "$here/vips-batch.c" "$(lib libvips.so.42)" "$(lib libgobject-2.0.so.0)" \
      && VIPS_BATCH="$WORK/vips-batch"
  fi
  if [ -n "$(lib libturbojpeg.so.0)" ]; then
    cc -O2 -o "$WORK/floor" "$here/floor.c" "$(lib libturbojpeg.so.0)" && FLOOR="$WORK/floor"
  fi
fi
# The photo's shorter side as the benchmark's slot needs it: the 840 px hole cover-fitted at zoom 1.06.
FLOOR_NEED=$(awk 'BEGIN { x = 840 * 1.06; print (x == int(x) ? x : int(x) + 1) }')
CONVERT=""
for c in magick /usr/bin/convert convert; do
  if command -v "$c" >/dev/null && file -L "$(command -v "$c")" | grep -q ELF; then CONVERT="$(command -v "$c")"; break; fi
done

RESULTS="$WORK/results.tsv"
printf 'tool\tset\timages\tseconds\tms_per_image\timages_per_s\tcpu_ms_per_image\tpeak_rss_mb\tload\n' > "$RESULTS"
echo "start $(cut -d' ' -f1-3 /proc/loadavg)" > "$WORK/load.txt"

# timed TOOL SET IMAGES CMD...: best wall time of $REPEAT runs, its CPU time (user + sys, all processes), peak RSS
# (largest single process) in MB, and the 1-minute load average after the run (the machine may be shared).
timed() {
  local tool=$1 set=$2 images=$3; shift 3
  local best="" cpu="" rss=0 i t u s m
  for ((i = 0; i < REPEAT; i++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$@" > "$WORK/last.log" 2>&1 \
      || { echo "FAILED: $tool $set (see $WORK/last.log)" >&2; tail -5 "$WORK/last.log" >&2; return 0; }
    read -r t u s m < <(tail -1 "$WORK/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; cpu=$(awk "BEGIN{print $u + $s}"); fi
    (( m > rss )) && rss=$m
  done
  awk -v tool="$tool" -v set="$set" -v n="$images" -v s="$best" -v cpu="$cpu" -v rss="$rss" \
      -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
    printf "%s\t%s\t%d\t%.2f\t%.0f\t%.2f\t%.0f\t%.0f\t%s\n", tool, set, n, s, 1000 * s / n, n / s, 1000 * cpu / n,
      rss / 1024, load }' >> "$RESULTS"
  tail -1 "$RESULTS" >&2
}

for set in $SETS; do
  [ -d "$PHOTOS/$set" ] || { echo "skipping $set: no $PHOTOS/$set" >&2; continue; }
  mapfile -t photos < <(ls "$PHOTOS/$set"/*.jpg)
  [ ${#photos[@]} -gt 0 ] || continue
  dir="$WORK/$set"
  rm -rf "$dir"; mkdir -p "$dir"
  {
    echo "nip;nama;unit;foto"
    for ((i = 0; i < N; i++)); do
      printf '1980%06d;Pegawai Nomor %d;Unit Kerja %d Kantor Contoh;%s\n' "$i" "$i" $((i % 7 + 1)) "${photos[i % ${#photos[@]}]}"
    done
  } > "$dir/people.csv"
  for ((i = 0; i < N; i++)); do
    printf '%s\tPegawai Nomor %d\tUnit Kerja %d Kantor Contoh\n' "${photos[i % ${#photos[@]}]}" "$i" $((i % 7 + 1))
  done > "$dir/list.tsv"
  cat "${photos[@]}" > /dev/null   # warm the page cache: every tool reads from memory

  batch() { # OUT: ./bingkai batch as a user runs it (JDK_JAVA_OPTIONS may add JVM options)
    rm -rf "$1"
    "$BINGKAI" batch "$dir/people.csv" --out "$1" --pack "$PACK" --rotate 3 --zoom 1.06 --width 1080 \
      --quality 90 --threads "$THREADS" --name "{nip}"
  }
  export -f batch; export BINGKAI PACK THREADS dir
  timed "bingkai batch, $THREADS threads (libjpeg-turbo via FFM)" "$set" "$N" bash -c 'batch "$dir/bingkai"'
  timed "bingkai batch, $THREADS threads (ImageIO fallback)" "$set" "$N" \
    env JDK_JAVA_OPTIONS=-Dbingkai.turbojpeg=off bash -c 'batch "$dir/bingkai-imageio"'

  if [ -n "$VIPS_BATCH" ]; then
    mkdir -p "$dir/vips1" "$dir/vips2"
    timed "libvips C API, 1 process" "$set" "$N" "$VIPS_BATCH" "$PACK/frame.png" "$dir/vips1" "$dir/list.tsv"
    split -n "l/$CORES" -d "$dir/list.tsv" "$dir/part."
    timed "libvips C API, $CORES processes" "$set" "$N" bash -c '
      for p in "$0"/part.*; do mkdir -p "$0/vips2/${p##*.}"; "$1" "$2" "$0/vips2/${p##*.}" "$p" & done; wait' \
      "$dir" "$VIPS_BATCH" "$PACK/frame.png"
  fi

  if [ -n "$CONVERT" ]; then
    mkdir -p "$dir/im"
    head -n "$IM_N" "$dir/list.tsv" > "$dir/list-im.tsv"
    timed "ImageMagick, one convert per photo" "$set" "$(wc -l < "$dir/list-im.tsv")" bash -c '
      n=0
      while IFS=$'"'\t'"' read -r photo name unit; do
        n=$((n + 1))
        "$1" -size 1080x1080 xc:black \
          \( -define jpeg:size=1782x1782 "$photo" -auto-orient -resize 891x891^ -gravity center -extent 891x891 \
             -background black -rotate 3 -gravity center -extent 840x840 \) \
          -gravity northwest -geometry +120+60 -composite "$2" -composite \
          -gravity north -fill white -font DejaVu-Sans-Bold -pointsize 30 -annotate +0+950 "$name" \
          -font DejaVu-Sans -pointsize 22 -annotate +0+1008 "$unit" \
          -strip -quality 90 "$0/im/$(printf %05d $n).jpg"
      done < "$0/list-im.tsv"' "$dir" "$CONVERT" "$PACK/frame.png"
  fi

  if [ -n "$FLOOR" ]; then
    mkdir -p "$dir/floor"
    cut -f1 "$dir/list.tsv" > "$dir/floor.txt"
    split -n "l/$CORES" -d "$dir/floor.txt" "$dir/fpart."
    timed "floor: libjpeg-turbo decode at the smallest DCT scale covering the slot + encode, $CORES processes" \
      "$set" "$N" bash -c '
      for p in "$0"/fpart.*; do mapfile -t f < "$p"; "$1" "$2" "$0/floor" "${f[@]}" & done; wait' "$dir" "$FLOOR" \
      "$FLOOR_NEED"
  fi
done

# One render of one 12 MP photo as a whole process (JVM start-up included), best of 5, with and without the
# AOT cache, against libvips doing the same composite in a whole process.
first=$(ls "$PHOTOS"/12mp/*.jpg 2>/dev/null | head -1 || true)
if [ -n "$first" ]; then
  single="$WORK/single"
  mkdir -p "$single/vips"
  printf '%s\tPegawai Nomor 1\tUnit Kerja 1 Kantor Contoh\n' "$first" > "$single/list.tsv"
  render1() {
    "$BINGKAI" render --photo "$1" --pack "$PACK" --rotate 3 --zoom 1.06 --text nama="Pegawai Nomor 1" \
      --text unit="Unit Kerja 1 Kantor Contoh" --quality 90 --force --out "$2"
  }
  export -f render1
  REPEAT=5 timed "bingkai render, whole process (AOT cache)" "one 12mp" 1 bash -c 'render1 "$0" "$1"' \
    "$first" "$single/one.jpg"
  REPEAT=5 timed "bingkai render, whole process (no AOT cache)" "one 12mp" 1 env BINGKAI_AOT=0 \
    bash -c 'render1 "$0" "$1"' "$first" "$single/one.jpg"
  [ -n "$VIPS_BATCH" ] && REPEAT=5 timed "libvips C API, whole process" "one 12mp" 1 \
    "$VIPS_BATCH" "$PACK/frame.png" "$single/vips" "$single/list.tsv"
fi

# PSNR of the photo area against a full-decode, high-quality-downscale reference (see docs/performance.md)
if [ "${BENCH_PSNR:-1}" = 1 ]; then
  "$here/psnr.sh" "$PHOTOS" > "$WORK/psnr.md" 2> "$WORK/psnr.log" || echo "PSNR run failed: $WORK/psnr.log" >&2
fi

echo "end $(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/load.txt"
[ "$DOC" = "-" ] && { cat "$RESULTS"; exit 0; }
"$here/report.sh" "$RESULTS" "$DOC" "$WORK/psnr.md" "$WORK/load.txt"
echo "results: $RESULTS; written to $DOC" >&2
