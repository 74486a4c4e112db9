#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# bench/jmh.sh [JMH options]  --  the micro-benchmarks of docs/performance.md: decode, resample, composite, encode.
# Examples:  bench/jmh.sh                      (all of them, a few minutes)
#            bench/jmh.sh Decode -p path=imageio
#            BINGKAI_BENCH_PHOTO=/work/photos/12mp/p12-01-kleiber.jpg bench/jmh.sh Decode
#            bench/jmh.sh Heic                 (12 MP HEIC made once with heif-enc from /work/photos/12mp)
# Without BINGKAI_BENCH_PHOTO a 12 MP JPEG with sensor-like noise is generated.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
. "$repo/scripts/jdk.sh"
bingkai_find_jdk
cd "$repo"
# A build directory of its own: the JMH annotation processor runs only with -Pjmh, and an ordinary build in
# target/ would otherwise leave test classes without the generated harness.
out="$repo/target-jmh"
./mvnw -q -B -Pjmh -DbuildDir="$out" test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/jmh-classpath.txt" >&2
cp="$out/test-classes:$out/classes:$(cat "$out/jmh-classpath.txt")"
extra=()
[ -n "${BINGKAI_BENCH_PHOTO:-}" ] && extra=(-jvmArgsPrepend "-Dbingkai.bench.photo=$BINGKAI_BENCH_PHOTO")
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main "${extra[@]}" "$@"
