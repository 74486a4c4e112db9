#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Mutation testing (PIT) of the core, one package at a time, niced: the machine is shared. Not part of ./test.
#   scripts/mutation.sh                       every core package below, one after the other
#   scripts/mutation.sh id.bingkai.core.batch one package
#   BINGKAI_PIT_BUILD=/tmp/pit scripts/mutation.sh ...   build elsewhere than target/ (keeps working on the tree)
# Each report lands in target/pit-reports/<package>/ (index.html, mutations.xml); the last line of each run is
# PIT's summary, with the test strength (killed / covered mutants) that docs/testing.md tabulates.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/jdk.sh"
bingkai_find_jdk
cd "$here"
packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then
  packages=(id.bingkai.core.batch id.bingkai.core.io.export id.bingkai.core.io.project id.bingkai.core.guideline
            id.bingkai.core.io.pack id.bingkai.core.io.image id.bingkai.core.render)
fi
build=(-DbuildDir="${BINGKAI_PIT_BUILD:-$here/target}")
./mvnw -q -B -o test-compile "${build[@]}"
for package in "${packages[@]}"; do
  echo "== $package"
  nice -n 15 ./mvnw -B -o -Pmutation org.pitest:pitest-maven:mutationCoverage -Dpit.package="$package" "${build[@]}" \
    | grep -E '^>> |Generated|Killed|Test strength|No coverage|ERROR' || true
done
