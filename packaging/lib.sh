# SPDX-License-Identifier: Apache-2.0
# Functions of packaging/build.sh (sourced; JAVA_HOME set, the working directory is the repository).

# pkg_os: linux, windows or macos
pkg_os() {
  case $(uname -s) in
    Linux) echo linux ;;
    Darwin) echo macos ;;
    MINGW* | MSYS* | CYGWIN*) echo windows ;;
    *) echo "unsupported system $(uname -s)" >&2; return 1 ;;
  esac
}

# pkg_version: the project version as installers want it (0.1.0-SNAPSHOT -> 0.1.0)
pkg_version() {
  local v
  v=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
  echo "${v%%-*}"
}

# pkg_javafx_jmods LIBDIR OUT: a jmod per JavaFX platform jar (javafx-graphics-26.0.2-linux.jar -> javafx.graphics.jmod),
# its native libraries moved out of the classes into the jmod's lib/ (bin/ on Windows). jlink then puts them into the
# runtime's own library folder, where JavaFX finds them: nothing is unpacked into ~/.openjfx/cache at run time. The
# Maven jars without a platform classifier are empty placeholders and are skipped.
pkg_javafx_jmods() {
  local libdir=$1 out=$2 jar name module dir
  mkdir -p "$out"
  for jar in "$libdir"/javafx-*-*-*.jar; do
    name=${jar##*/}
    module=javafx.$(echo "$name" | cut -d- -f2)
    dir="$out/$module"
    mkdir -p "$dir/classes" "$dir/native"
    (cd "$dir/classes" && "$JAVA_HOME/bin/jar" xf "$(cd "$OLDPWD" && realpath "$jar")")
    find "$dir/classes" -maxdepth 1 \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -exec mv {} "$dir/native/" \;
    rm -rf "$dir/classes/META-INF/"*.SF "$dir/classes/META-INF/"*.RSA "$dir/classes/META-INF/"*.EC
    if [ -n "$(ls -A "$dir/native")" ]; then
      "$JAVA_HOME/bin/jmod" create --class-path "$dir/classes" --libs "$dir/native" "$out/$module.jmod"
    else
      "$JAVA_HOME/bin/jmod" create --class-path "$dir/classes" "$out/$module.jmod"
    fi
    rm -rf "$dir"
  done
}

# pkg_layout IMAGE: sets app (the folder of Bingkai.cfg and the jars) and java (the bundled java) for an app image
pkg_layout() {
  case $(pkg_os) in
    linux) app=$1/lib/app java=$1/lib/runtime/bin/java ;;
    windows) app=$1/app java=$1/runtime/bin/java.exe ;;
    macos) app=$1/Contents/app java=$1/Contents/runtime/Contents/Home/bin/java ;;
  esac
}

# pkg_train IMAGE: records the JDK AOT cache of IMAGE, lib/app/bingkai.aot, which both launchers use
# (-XX:AOTCache=$APPDIR/bingkai.aot), with the bundled runtime, the launcher's class path in its order and its JVM
# options, over the hidden `aot-training` command (render, check, frames, lint and a batch through the command line);
# under a display (xvfb-run on Linux) the run then opens the editor until its first frame is shown and closes it, so
# that the editor's start is in the cache as well. One cache only: a second one trained without the editor, for the
# commands, made a render 3 % faster and cost 37 MB (docs/performance.md).
pkg_train() {
  local image app java
  image=$(cd "$1" && pwd) # absolute: the cache records the class path as given
  [ "$(pkg_os)" = windows ] && image=$(cygpath -m "$image") # C:/... for the Windows java
  pkg_layout "$image"
  if [ "$(pkg_os)" = linux ] && command -v xvfb-run >/dev/null; then
    pkg_train_run "$app/bingkai.aot" editor
  elif [ "$(pkg_os)" = linux ]; then
    echo "note: no xvfb-run; the AOT cache covers the commands, not the editor's start" >&2
    pkg_train_run "$app/bingkai.aot" commands
  else
    pkg_train_run "$app/bingkai.aot" editor
  fi
}

# pkg_train_run OUT WHAT: one training run (pkg_layout's app and java set) into the cache OUT; WHAT is commands or
# editor (the commands, then the editor under xvfb-run on Linux)
pkg_train_run() {
  local out=$1 what=$2 line cp="" opts=() sep=: section=""
  [ "$(pkg_os)" = windows ] && sep=";"
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    case $line in
      '['*) section=$line ;;
      app.classpath=*) cp+="${cp:+$sep}${line#app.classpath=}" ;;
      java-options=*)
        [ "$section" = "[JavaOptions]" ] || continue
        case ${line#java-options=} in -XX:AOTCache=*) continue ;; esac
        opts+=("${line#java-options=}") ;;
    esac
  done < "$app/Bingkai.cfg"
  opts=("${opts[@]//\$APPDIR/$app}")
  local run=("$java" -XX:AOTCacheOutput="$out" "${opts[@]}" -cp "${cp//\$APPDIR/$app}" id.bingkai.Main
    aot-training)
  rm -f "$out"
  # The editor keeps its preferences and autosave in a folder of its own during training, not the builder's.
  local data
  data=$(mktemp -d)
  if [ "$what" = commands ]; then
    BINGKAI_DATA=$data timeout 900 "${run[@]}"
  elif [ "$(pkg_os)" = linux ]; then
    BINGKAI_DATA=$data BINGKAI_AOT_EDITOR=1 xvfb-run -a -s '-screen 0 1366x768x24' timeout 900 "${run[@]}"
  else
    BINGKAI_DATA=$data BINGKAI_AOT_EDITOR=1 "${run[@]}"
  fi
  rm -rf "$data"
  [ -f "$out" ] || { echo "AOT training made no cache $out" >&2; return 1; }
  echo "AOT cache ${out##*/} ($what): $(du -h "$out" | cut -f1)" >&2
}

# pkg_image WORK: the application image jpackage made (its launcher, lib/app, the runtime)
pkg_image() {
  case $(pkg_os) in
    macos) echo "$1/image/Bingkai.app" ;;
    *) echo "$1/image/Bingkai" ;;
  esac
}

# pkg_trained WORK: trains the AOT cache in the application image once
pkg_trained() {
  local image app java
  image=$(pkg_image "$1")
  pkg_layout "$image"
  [ -f "$app/bingkai.aot" ] || pkg_train "$image"
}

# pkg_tar VERSION WORK OUT: the portable bingkai-VERSION-linux-x64.tar.gz of the trained application image, with
# bin/bingkai (the command line) beside bin/Bingkai (the editor). tar keeps the files' times, which the AOT cache
# checks; the cache is valid wherever the folder is unpacked.
pkg_tar() {
  local version=$1 work=$2 out=$3 image
  image=$(pkg_image "$work")
  pkg_trained "$work"
  echo "== $out/bingkai-$version-linux-x64.tar.gz" >&2
  tar -C "$(dirname "$image")" --owner=0 --group=0 --numeric-owner --transform "s,^Bingkai,bingkai-$version," \
    -czf "$out/bingkai-$version-linux-x64.tar.gz" Bingkai
}

# pkg_deb VERSION WORK OUT: jpackage makes the .deb from the application image (control file with the library
# dependencies it finds plus ours, desktop entry, file types, maintainer scripts from packaging/linux/resources).
# jpackage copies files with new modification times and the JVM ignores an AOT cache whose class-path jars changed
# time, so the .deb is then unpacked, the trained image copied over its tree with the original times (adding
# bingkai.aot), /usr/bin/bingkai added as a file of the package (dpkg removes it with the package), and packed again.
pkg_deb() {
  local version=$1 work=$2 out=$3 image tree deb size
  image=$(pkg_image "$work")
  pkg_trained "$work"
  echo "== $out/bingkai_${version}_amd64.deb" >&2
  rm -rf "$work/jpackage-deb"
  "$JAVA_HOME/bin/jpackage" --type deb @packaging/jpackage.args @packaging/linux/jpackage-package.args \
    --app-version "$version" --app-image "$image" --dest "$work/jpackage-deb"
  deb=$(ls "$work"/jpackage-deb/*.deb)
  tree="$work/deb"
  rm -rf "$tree"
  dpkg-deb -R "$deb" "$tree"
  cp -a "$image/." "$tree/opt/bingkai/"
  mkdir -p "$tree/usr/bin"
  ln -sfn /opt/bingkai/bin/bingkai "$tree/usr/bin/bingkai"
  size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
  sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$tree/DEBIAN/control"
  dpkg-deb --root-owner-group -Zxz -b "$tree" "$out/bingkai_${version}_amd64.deb" >&2
}

# pkg_native TYPE VERSION WORK OUT: msi (Windows, needs WiX) or dmg (macOS) from the trained application image
pkg_native() {
  local type=$1 version=$2 work=$3 out=$4 os
  os=$(pkg_os)
  pkg_trained "$work"
  echo "== $type" >&2
  "$JAVA_HOME/bin/jpackage" --type "$type" @packaging/jpackage.args @"packaging/$os/jpackage-package.args" \
    --app-version "$version" --app-image "$(pkg_image "$work")" --dest "$out"
}

# pkg_macos_icns OUT: the macOS icon from packaging/icons/bingkai.png (sips and iconutil come with macOS)
pkg_macos_icns() {
  local set="$1.iconset" size
  mkdir -p "$set"
  for size in 16 32 128 256; do
    sips -z $size $size packaging/icons/bingkai.png --out "$set/icon_${size}x${size}.png" >/dev/null
    sips -z $((size * 2)) $((size * 2)) packaging/icons/bingkai.png --out "$set/icon_${size}x${size}@2x.png" >/dev/null
  done
  iconutil -c icns "$set" -o "$1"
}
