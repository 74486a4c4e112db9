# SPDX-License-Identifier: Apache-2.0
# Sourced by ./bingkai, ./test and .ci/run: finds a JDK 25 and exports JAVA_HOME, or explains what to install.
bingkai_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p'
}
bingkai_find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* \
      /opt/java/openjdk /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    local major
    major=$(bingkai_java_major "$candidate")
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
