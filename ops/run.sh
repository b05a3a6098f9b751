#!/usr/bin/env bash
# Runs the packaged application (./mvnw -pl app -am package -DskipTests first) the quick way: with the
# JVM settings of ops/jvm.options, from the jar extracted by Spring Boot's jarmode tools, with an archive
# of the classes it loads written the first time by a training run: the application starts, reads a few
# of its own pages once ready, then stops (cercle.training-run, README, Benchmarks):
#   - on a JDK 25 or newer, its ahead-of-time cache (JEP 483/514/515: classes loaded and linked, and
#     the methods' profiles): -XX:AOTCacheOutput, then -XX:AOTCache;
#   - on an older JDK, a class data sharing archive (CDS): -XX:ArchiveClassesAtExit, then
#     -XX:SharedArchiveFile.
# Both are redone when the jar changes; each JDK version has its own. CDS=false starts without one;
# JAVA is the java to run (default: java on the PATH); extra JVM options in JAVA_OPTS; the
# application's own options after the script's name:  JAVA=/opt/jdk-25/bin/java ops/run.sh --server.port=8081
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=app/target/cercle.jar
RUN=app/target/run
JAVA=${JAVA:-java}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
[[ -f "$JAR" ]] || { echo "no $JAR: ./mvnw -pl app -am package -DskipTests"; exit 1; }
if [[ ! -f "$RUN/cercle.jar" || "$JAR" -nt "$RUN/cercle.jar" ]]; then
  rm -rf "$RUN"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$RUN" >/dev/null
fi
version=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
if (( ${version%%.*} >= 25 )); then
  cache="$RUN/cercle-$version.aot"
  write=(-XX:AOTCacheOutput="$cache")
  read=(-XX:AOTCache="$cache")
else
  cache="$RUN/cercle-$version.jsa"
  write=(-XX:ArchiveClassesAtExit="$cache")
  read=(-XX:SharedArchiveFile="$cache")
fi
archive=()
# the option once only: given twice, Spring reads "true,true", which is no training run at all
training=(--cercle.training-run=true)
[[ " $* " == *" --cercle.training-run"* ]] && training=()
if [[ "${CDS:-true}" == true ]]; then
  if [[ ! -f "$cache" ]]; then
    echo "writing $cache, the archive of the classes the application loads (once per jar and JDK)..."
    # shellcheck disable=SC2086
    "$JAVA" @ops/jvm.options ${JAVA_OPTS:-} "${write[@]}" -jar "$RUN/cercle.jar" "$@" \
      "${training[@]}" > "$RUN/training.log" 2>&1 \
      || { rm -f "$cache"; echo "training failed (see $RUN/training.log): starting without the archive"; }
  fi
  [[ -f "$cache" ]] && archive=("${read[@]}")
fi
# shellcheck disable=SC2086
exec "$JAVA" @ops/jvm.options ${JAVA_OPTS:-} "${archive[@]}" -jar "$RUN/cercle.jar" "$@"
