#!/usr/bin/env bash
# Runs the packaged application (./mvnw -pl app -am package -DskipTests first) the quick way: with the
# JVM settings of ops/jvm.options, from the jar extracted by Spring Boot's jarmode tools, with a class
# data sharing archive (CDS) written the first time by a training run that stops once the application
# context is ready (README, Benchmarks: 13 s to ready from the jar, 8 s this way). Both are redone when
# the jar changes. CDS=false skips the archive; extra JVM options in JAVA_OPTS; the application's own
# options after the script's name:  ops/run.sh --server.port=8081
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=app/target/cercle.jar
RUN=app/target/run
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
[[ -f "$JAR" ]] || { echo "no $JAR: ./mvnw -pl app -am package -DskipTests"; exit 1; }
if [[ ! -f "$RUN/cercle.jar" || "$JAR" -nt "$RUN/cercle.jar" ]]; then
  rm -rf "$RUN"
  java -Djarmode=tools -jar "$JAR" extract --destination "$RUN" >/dev/null
fi
archive=()
if [[ "${CDS:-true}" == true ]]; then
  if [[ ! -f "$RUN/cercle.jsa" ]]; then
    echo "writing the class data sharing archive (once per jar)..."
    # shellcheck disable=SC2086
    java @ops/jvm.options ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$RUN/cercle.jsa" \
      -Dspring.context.exit=onRefresh -jar "$RUN/cercle.jar" "$@" > "$RUN/training.log" 2>&1 \
      || { rm -f "$RUN/cercle.jsa"; echo "training failed (see $RUN/training.log): starting without the archive"; }
  fi
  [[ -f "$RUN/cercle.jsa" ]] && archive=(-XX:SharedArchiveFile="$RUN/cercle.jsa")
fi
# shellcheck disable=SC2086
exec java @ops/jvm.options ${JAVA_OPTS:-} "${archive[@]}" -jar "$RUN/cercle.jar" "$@"
