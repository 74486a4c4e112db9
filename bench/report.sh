#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# bench/report.sh RESULTS.tsv DOC.md [PSNR.md]: puts the results table, the machine it ran on and a chart into DOC
# between "<!-- bench:begin -->" and "<!-- bench:end -->" (appended when the markers are missing). The chart is a
# PNG made with gnuplot when it is installed, otherwise an SVG written here; it lands beside DOC.
set -euo pipefail
RESULTS=$1
DOC=$2
PSNR=${3:-}
LOADS=${4:-}
docdir="$(dirname "$DOC")"
mkdir -p "$docdir"
machine() {
  local cpu mem os jdk
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
  mem=$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
  os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")
  jdk=$("${JAVA_HOME:-/usr}/bin/java" -version 2>&1 | sed -n 2p)
  echo "- CPU: ${cpu:-unknown}, $(nproc) cores available; RAM ${mem:-unknown}; ${os:-$(uname -sr)}"
  echo "- Java: ${jdk:-unknown}; libjpeg-turbo $(dpkg-query -W -f '${Version}' libturbojpeg0 2>/dev/null || echo '?');" \
       "libvips $(vips --version 2>/dev/null | sed 's/vips-//' || echo '?');" \
       "ImageMagick $( (convert -version 2>/dev/null || true) | sed -n 's/^Version: ImageMagick \([^ ]*\).*/\1/p')"
  if [ -n "$LOADS" ] && [ -s "$LOADS" ]; then
    echo "- Load average (1, 5, 15 min) at the $(paste -sd' ' "$LOADS" | sed 's/ end /; at the end /')." \
         "The machine is shared: a load above 0 means other work took CPU from every row; the CPU column is" \
         "the tools' own user + system time and does not depend on that."
  fi
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
}

table() {
  echo "| tool | set | images | ms/image | images/s | CPU ms/image | peak RSS MB (largest process) | load after |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  tail -n +2 "$RESULTS" | awk -F'\t' '{ printf "| %s | %s | %d | %s | %s | %s | %s | %s |\n", $1, $2, $3, $5, $6, $7,
    $8, $9 }'
}

# The targets per set: at least 2x the throughput of libvips in one process, within 2x of the floor (the floor decoding
# at the smallest DCT scale that covers the slot, issue 14; it was 1.5x of a 1/4-scale floor before).
targets() {
  echo "| set | bingkai ms/image | libvips 1 process | ratio (target >= 2) | floor | bingkai / floor (target <= 2) |"
  echo "|---|---:|---:|---:|---:|---:|"
  tail -n +2 "$RESULTS" | awk -F'\t' '
    $1 ~ /^bingkai batch.*libjpeg-turbo/ { b[$2] = $5; order[++n] = $2 }
    $1 ~ /^libvips C API, 1 process/ { v[$2] = $5 }
    $1 ~ /^floor/ { f[$2] = $5 }
    END {
      for (i = 1; i <= n; i++) { s = order[i]
        vr = (v[s] > 0 ? sprintf("%.2fx %s", v[s] / b[s], (v[s] / b[s] >= 2 ? "met" : "NOT met")) : "-")
        fr = (f[s] > 0 ? sprintf("%.2fx %s", b[s] / f[s], (b[s] / f[s] <= 2 ? "met" : "NOT met")) : "-")
        printf "| %s | %s | %s | %s | %s | %s |\n", s, b[s], (v[s] ? v[s] : "-"), vr, (f[s] ? f[s] : "-"), fr }
    }'
  tail -n +2 "$RESULTS" | awk -F'\t' '
    $1 ~ /^bingkai render, whole process \(AOT/ { r = $5 }
    $1 ~ /^bingkai render, whole process \(no AOT/ { r0 = $5 }
    $1 ~ /^libvips C API, whole process/ { v = $5 }
    END { if (r && v) printf "\nOne 12 MP render as a whole process: bingkai %s ms with the AOT cache (%s ms without), libvips %s ms: target (under 400 ms) %s.\n", r, r0, v, (r < 400 ? "met" : "NOT met") }'
}

chart_png() { # OUT.png
  local data="$1.dat"
  # one row per tool, one column per set: ms/image
  awk -F'\t' 'NR > 1 { order[++n] = $1; v[$1 "|" $2] = $5; if (!($2 in sets)) { sets[$2] = 1; cols[++c] = $2 } }
    END {
      printf "tool"; for (j = 1; j <= c; j++) printf "\t%s", cols[j]; printf "\n"
      for (i = 1; i <= n; i++) { t = order[i]; if (seen[t]++) continue
        printf "\"%s\"", t; for (j = 1; j <= c; j++) { x = v[t "|" cols[j]]; printf "\t%s", (x == "" ? "-" : x) }; printf "\n" }
    }' "$RESULTS" > "$data"
  gnuplot <<GP
set terminal pngcairo size 1000,520 font "DejaVu Sans,10"
set output "$1"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set datafile missing "-"
set datafile separator "\t"
set ylabel "ms per image (lower is better)"
set xtics rotate by -25 scale 0 font ",9"
set key top left
set grid ytics
set title "Batch of 1080x1080 twibbons: ms per image"
set bmargin 9
plot for [col=2:*] "$data" using col:xtic(1) title columnheader(col)
GP
  rm -f "$data"
}

chart_svg() { # OUT.svg: horizontal bars, one per (tool, set)
  awk -F'\t' 'NR > 1 { n++; label[n] = $1 " - " $2; ms[n] = $5 + 0; if (ms[n] > max) max = ms[n] }
    END {
      w = 1000; left = 430; bar = 18; gap = 8; h = 60 + n * (bar + gap)
      printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", w, h
      printf "<text x=\"10\" y=\"20\" font-size=\"14\">Batch of 1080x1080 twibbons: ms per image (lower is better)</text>\n"
      for (i = 1; i <= n; i++) {
        y = 40 + (i - 1) * (bar + gap); len = (max > 0 ? ms[i] / max * (w - left - 80) : 0)
        colour = (label[i] ~ /^bingkai/ ? "#EC5425" : (label[i] ~ /^floor/ ? "#888888" : "#FAB92C"))
        printf "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", left - 8, y + 13, label[i]
        printf "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n", left, y, len, bar, colour
        printf "<text x=\"%.1f\" y=\"%d\">%d</text>\n", left + len + 6, y + 13, ms[i]
      }
      print "</svg>"
    }' "$RESULTS" > "$1"
}

if command -v gnuplot >/dev/null; then
  chart="performance-chart.png"
  chart_png "$docdir/$chart"
  rm -f "$docdir/performance-chart.svg"
else
  chart="performance-chart.svg"
  chart_svg "$docdir/$chart"
  rm -f "$docdir/performance-chart.png"
fi

section="$(mktemp)"
{
  echo "<!-- bench:begin (written by bench/run.sh; edit around it, not inside) -->"
  echo
  machine
  echo
  table
  echo
  targets
  echo
  echo "![ms per image, lower is better]($chart)"
  if [ -n "$PSNR" ] && [ -s "$PSNR" ]; then
    echo
    cat "$PSNR"
  fi
  echo
  echo "<!-- bench:end -->"
} > "$section"

if [ -f "$DOC" ] && grep -q '<!-- bench:begin' "$DOC"; then
  awk -v section="$section" '
    /<!-- bench:begin/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0; next }
    !skip { print }' "$DOC" > "$DOC.tmp" && mv "$DOC.tmp" "$DOC"
else
  { [ -f "$DOC" ] && cat "$DOC" && echo; cat "$section"; } > "$DOC.tmp" && mv "$DOC.tmp" "$DOC"
fi
rm -f "$section"
