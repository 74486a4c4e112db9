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

bingkai_find_jdk() {
  local candidate version major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* \
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
  cat >&2 <<'MSG'
Bingkai needs a JDK 25 and none was found (JAVA_HOME is unset or older; nothing in /usr/lib/jvm).
Install Eclipse Temurin 25 (https://adoptium.net, package temurin-25-jdk) and run again,
or set JAVA_HOME to an installed JDK 25.
MSG
  return 1
}
