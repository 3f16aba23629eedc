#!/usr/bin/env bash
# The preview under load: 50 readers at once and 200 open pages waiting for reloads, round after
# round, with an article edited every round. Prints requests, errors (must be 0), reloads heard,
# and the heap after a full collection per round (must not keep growing). Not part of the tests.
#
#   bench/serve-load.sh [N] [CLIENTS] [STREAMS] [ROUNDS]      defaults: 1000 50 200 6
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
n=${1:-1000}
jar=$root/target/briefing.jar
classes=$root/target/bench-classes
work=${BENCH_DIR:-$root/target/bench}
[ -f "$jar" ] || mvn -q -B package -DskipTests
mkdir -p "$classes" "$work"
javac -nowarn -d "$classes" -cp "$jar" "$root"/src/bench/java/briefing/bench/*.java
corpus=$work/load-$n
rm -rf "$corpus"
java -cp "$classes:$jar" briefing.bench.CorpusGenerator "$n" "$corpus" > /dev/null
java -Xmx512m -cp "$classes:$jar" briefing.bench.ServeLoad "$corpus/briefing/content" "${2:-50}" "${3:-200}" "${4:-6}"
