# SPDX-License-Identifier: Apache-2.0
# Sourced by ./bingkai, ./test and .ci/run: finds a JDK 25 and exports JAVA_HOME, or explains what to install.
# Pure bash (no subshell) while the JDK's `release` file answers: starting a JVM only to ask its version added
# ~35 ms to every ./bingkai command.

# bingkai_release_value JDK KEY VAR: sets VAR to KEY's value in JDK/release (JAVA_VERSION -> 25.0.3); fails if absent.
bingkai_release_value() {
  local line
  [ -r "$1/release" ] || return 1
  while IFS= read -r line || [ -n "$line" ]; do
    if [ "${line%%=*}" = "$2" ]; then
      line=${line#*=}
      line=${line#\"}
      printf -v "$3" '%s' "${line%\"}"
      return 0
    fi
  done < "$1/release"
  return 1
}

# bingkai_java_major JDK: prints the feature version (25 for 25.0.3); asks the JVM when the release file cannot say.
bingkai_java_major() {
  local version
  if bingkai_release_value "$1" JAVA_VERSION version && [[ $version =~ ^([0-9]+) ]]; then
    printf '%s\n' "${BASH_REMATCH[1]}"
    return 0
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
}

# bingkai_find_jdk: exports JAVA_HOME as a JDK 25 or explains on stderr and fails. BINGKAI_JVM_ROOT replaces
# /usr/lib/jvm as the folder of system JDKs (ScriptsJdkTest points it at a folder of fake ones).
bingkai_find_jdk() {
  local candidate version major root
  root=${BINGKAI_JVM_ROOT:-/usr/lib/jvm}
  for candidate in "${JAVA_HOME:-}" "$root"/temurin-25-jdk* "$root"/*-25* "$root"/jdk-25* \
      /opt/java/openjdk /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    if bingkai_release_value "$candidate" JAVA_VERSION version && [[ $version =~ ^([0-9]+) ]]; then
      major=${BASH_REMATCH[1]}
    else
      major=$(bingkai_java_major "$candidate")
    fi
    if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  bingkai_explain_no_jdk >&2
  return 1
}

# bingkai_explain_no_jdk: says, in Indonesian and English, which Java installations were found and why none will do.
bingkai_explain_no_jdk() {
  local candidate major seen="" found=() why_id why_en java_on_path root
  root=${BINGKAI_JVM_ROOT:-/usr/lib/jvm}
  java_on_path=$(command -v java 2>/dev/null || true)
  if [ -n "$java_on_path" ]; then
    java_on_path=$(readlink -f "$java_on_path" 2>/dev/null || printf '%s' "$java_on_path")
    java_on_path=${java_on_path%/bin/java}
  fi
  for candidate in "${JAVA_HOME:-}" "$java_on_path" "$root"/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    candidate=$(cd "$candidate" 2>/dev/null && pwd -P) || continue
    case " $seen " in *" $candidate "*) continue ;; esac
    seen="$seen $candidate"
    major=$(bingkai_java_major "$candidate")
    if [ -z "$major" ]; then
      why_id="versinya tidak terbaca"; why_en="its version cannot be read"
    elif [ "$major" -lt 25 ] 2>/dev/null; then
      why_id="Java $major, terlalu lama (perlu 25)"; why_en="Java $major, too old (25 needed)"
    elif [ ! -x "$candidate/bin/javac" ]; then
      why_id="Java $major tanpa javac (JRE saja, perlu JDK)"; why_en="Java $major without javac (a JRE, a JDK is needed)"
    else
      why_id="Java $major"; why_en="Java $major"
    fi
    found+=("  $candidate: $why_id / $why_en")
  done
  echo "Bingkai memerlukan JDK 25 dan tidak menemukannya. / Bingkai needs a JDK 25 and found none."
  if [ ${#found[@]} -gt 0 ]; then
    echo "Java yang ditemukan / Java found:"
    printf '%s\n' "${found[@]}"
  else
    echo "Tidak ada Java di JAVA_HOME, PATH, atau $root. / No Java in JAVA_HOME, PATH or $root."
  fi
  echo "Pasang Eclipse Temurin 25 (https://adoptium.net, paket temurin-25-jdk) lalu jalankan lagi,"
  echo "atau arahkan JAVA_HOME ke JDK 25 yang sudah terpasang."
  echo "Install Eclipse Temurin 25 (https://adoptium.net, package temurin-25-jdk) and run again,"
  echo "or set JAVA_HOME to an installed JDK 25."
}
