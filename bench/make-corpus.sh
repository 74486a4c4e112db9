#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# make-corpus.sh OUTDIR
# Rebuilds the twibbon benchmark corpus from Debian (bookworm) packages, deterministically:
#   OUTDIR/real/   10 real photographs copied byte-for-byte out of wallpaper .debs
#   OUTDIR/12mp/   5 phone-like 4000x3000 baseline 4:2:0 q92 JPEGs (one stored sideways with EXIF Orientation=6)
#   OUTDIR/24mp/   2 x 6000x4000 (upscaled real photos)
#   OUTDIR/48mp/   4 x 8000x6000 (upscaled real photos)
#   OUTDIR/frame.png  1080x1080 RGBA frame, transparent rounded-rect hole at 120,60 size 840x840
#   OUTDIR/SOURCES.txt (origin + licence of every file), OUTDIR/SHA256SUMS
# Needs: apt-get (to download the .debs, no install), dpkg-deb, ImageMagick 6 (convert), exiftool.
# Determinism: package versions are pinned below; noise uses a fixed -seed; PNG/JPEG carry no timestamps.
# Same package versions + same ImageMagick/libjpeg build => identical bytes (check SHA256SUMS).
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 OUTDIR" >&2; exit 2; }
OUT=$(realpath -m "$1")
mkdir -p "$OUT"/{debs,x,real,12mp,24mp,48mp}

for t in convert exiftool dpkg-deb; do
  command -v $t >/dev/null || { echo "missing $t: apt-get install -y imagemagick libimage-exiftool-perl" >&2; exit 1; }
done

PKGS=(
  "lomiri-wallpapers-16.04=20.04.0-2"
  "lomiri-wallpapers-20.04=20.04.0-2"
  "mate-backgrounds=1.26.0-1"
  "plasma-workspace-wallpapers=4:5.27.5-2"
)
cd "$OUT/debs"
for p in "${PKGS[@]}"; do
  n=${p%%=*}
  ls ${n}_*.deb >/dev/null 2>&1 || apt-get download "$p" 2>/dev/null || {
    echo "WARN: pinned $p not available, taking current candidate of $n" >&2; apt-get download "$n"; }
done
chmod a+r ./*.deb
for d in ./*.deb; do n=$(basename "$d" .deb); n=${n%%_*}; mkdir -p "$OUT/x/$n"; dpkg-deb -x "$d" "$OUT/x/$n"; done

L16="$OUT/x/lomiri-wallpapers-16.04/usr/share/backgrounds"
L20="$OUT/x/lomiri-wallpapers-20.04/usr/share/backgrounds"
MATE="$OUT/x/mate-backgrounds/usr/share/backgrounds/mate/nature"
PLASMA="$OUT/x/plasma-workspace-wallpapers/usr/share/wallpapers"

# name | source file | package | licence (from the package's debian/copyright or metadata.json)
REAL=(
"r01-kleiber|$L20/Kleiber_by_Lukas_Baubkus.jpg|lomiri-wallpapers-20.04|CC-BY-SA-3.0 (Lukas Baubkus)"
"r02-seeding|$L16/seeding_by_Clements_Engelhardt.jpg|lomiri-wallpapers-16.04|CC0-1.0 (Clemens Engelhardt)"
"r03-dragonfly|$L16/Dragonfly_by_Bolly.jpg|lomiri-wallpapers-16.04|CC-BY-SA-4.0 (Bolly)"
"r04-sunset|$L16/sunset_by_Aitzol_Berasategi.jpg|lomiri-wallpapers-16.04|CC-BY-4.0 (Aitzol Berasategi)"
"r05-bridge|$L16/Bridge_by_Sander_Klootwijk.jpg|lomiri-wallpapers-16.04|CC-BY-SA-4.0 (Sander Klootwijk)"
"r06-wine|$L16/Wine_by_Jakkub_Mede.jpg|lomiri-wallpapers-16.04|CC-BY-4.0 (Jakub Mede)"
"r07-friends|$L16/friends_by_Aitzol_Berasategi.jpg|lomiri-wallpapers-16.04|CC-BY-4.0 (Aitzol Berasategi)"
"r08-ladybird|$MATE/LadyBird.jpg|mate-backgrounds|GPL-2+ (Charles Barbin)"
"r09-storm|$MATE/Storm.jpg|mate-backgrounds|GPL-2+ (see package copyright)"
"r10-path|$PLASMA/Path/contents/images/2560x1600.jpg|plasma-workspace-wallpapers|LGPL-3 per metadata.json (Risto Saukonpaa); GPL-2+ per debian/copyright"
)
: > "$OUT/SOURCES.txt"
declare -A SRC
for e in "${REAL[@]}"; do
  IFS='|' read -r name f pkg lic <<<"$e"
  cp "$f" "$OUT/real/$name.jpg"; SRC[$name]="$OUT/real/$name.jpg"
  printf '%s\treal/%s.jpg\t%s\t%s\t%s\n' "$(identify -format '%wx%h' "$f")" "$name" "$pkg" "${f#$OUT/x/*/}" "$lic" >> "$OUT/SOURCES.txt"
done

# phone-like JPEG: cover-crop to WxH, light seeded sensor-like noise (so bytes/pixel resemble a phone file),
# baseline, 4:2:0, q92, metadata stripped, then a small EXIF block (Make/Model/Orientation) via exiftool.
phone() { # src dst WxH seed orientation(1|6)
  local src=$1 dst=$2 geo=$3 seed=$4 ori=$5 rot=()
  [ "$ori" = 6 ] && rot=(-rotate -90)   # pixels stored sideways; Orientation=6 tells viewers to turn them 90 CW
  convert "$src" -filter Lanczos -resize "$geo^" -gravity center -extent "$geo" +repage \
    -seed "$seed" -attenuate 0.35 +noise Gaussian "${rot[@]}" \
    -strip -interlace none -sampling-factor 2x2,1x1,1x1 -quality 92 "$dst"
  exiftool -q -overwrite_original -n -Make=BenchCorpus -Model=phone-like -Orientation="$ori" "$dst"
  printf '%s\t%s\tderived from %s (resize%s, seed %s, Orientation=%s)\tsame licence as source\n' \
    "$(identify -format '%wx%h' "$dst")" "${dst#$OUT/}" "${src#$OUT/}" "" "$seed" "$ori" >> "$OUT/SOURCES.txt"
}
phone "${SRC[r01-kleiber]}"   "$OUT/12mp/p12-01-kleiber.jpg"   4000x3000 1 1
phone "${SRC[r02-seeding]}"   "$OUT/12mp/p12-02-seeding.jpg"   4000x3000 2 1
phone "${SRC[r03-dragonfly]}" "$OUT/12mp/p12-03-dragonfly.jpg" 4000x3000 3 1
phone "${SRC[r04-sunset]}"    "$OUT/12mp/p12-04-sunset.jpg"    4000x3000 4 1
phone "${SRC[r06-wine]}"      "$OUT/12mp/p12-05-wine-orient6.jpg" 3000x4000 5 6
phone "${SRC[r04-sunset]}"    "$OUT/24mp/p24-01-sunset.jpg"    6000x4000 6 1
phone "${SRC[r05-bridge]}"    "$OUT/24mp/p24-02-bridge.jpg"    6000x4000 7 1
phone "${SRC[r01-kleiber]}"   "$OUT/48mp/p48-01-kleiber.jpg"   8000x6000 8 1
phone "${SRC[r02-seeding]}"   "$OUT/48mp/p48-02-seeding.jpg"   8000x6000 9 1
phone "${SRC[r03-dragonfly]}" "$OUT/48mp/p48-03-dragonfly.jpg" 8000x6000 10 1
phone "${SRC[r05-bridge]}"    "$OUT/48mp/p48-04-bridge.jpg"    8000x6000 11 1

# frame: red gradient, transparent rounded-rect hole (slot 840x840 at +120+60), white rim, gold rule above the text band
convert -size 1080x1080 gradient:'#d7141a'-'#5a0010' \
  \( -size 1080x1080 xc:white -fill black -draw "roundrectangle 120,60 959,899 60,60" \) \
  -alpha off -compose CopyOpacity -composite -compose Over \
  -fill none -stroke white -strokewidth 10 -draw "roundrectangle 115,55 964,904 64,64" \
  -stroke '#f2c200' -strokewidth 6 -draw "line 160,930 920,930" \
  -strip -depth 8 -define png:exclude-chunks=date,time "PNG32:$OUT/frame.png"
printf '1080x1080\tframe.png\tgenerated by make-corpus.sh\tCC0\n' >> "$OUT/SOURCES.txt"

rm -rf "$OUT/x"   # keep the .debs (cache for reruns); remove extracted trees
( cd "$OUT" && find real 12mp 24mp 48mp frame.png -type f | sort | xargs sha256sum > SHA256SUMS )
cat "$OUT/SOURCES.txt"
echo "corpus ready in $OUT"
