#!/usr/bin/env bash
# Cold start: how long the packaged application takes from the java command to answering its readiness probe, on
# an empty H2 database (migrations, initial administrators and all), started as `java -jar` and through bin/rectify
# (class-data archive), three times each, and through bin/rectify on JDK 25 or later (ahead-of-time cache) when
# NEWER_JDK names one (default: the first /usr/lib/jvm/*25* there is). Results: bench/results/cold-start-h2.md
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18083}
./mvnw -q -B -DskipTests package
JAR=$(ls target/rectify-*.jar | grep -v '\.original$' | head -1)
ready_in() { # command...: milliseconds until the readiness probe answers, on a new, empty data folder
  local data started pid
  data=$(mktemp -d)
  started=$(date +%s%N)
  RECTIFY_DATA_DIR="$data" "$@" --server.port="$PORT" >"$data/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; then break; fi
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - started) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
}
NEWER_JDK=${NEWER_JDK:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1 || true)}
# records the archive (and the cache) once, outside the measurement; each JDK keeps its own folder
bin/rectify prepare >/dev/null
if [ -n "$NEWER_JDK" ]; then RECTIFY_CDS_DIR=target/cds-newer JAVA_HOME=$NEWER_JDK bin/rectify prepare >/dev/null; fi
plain=(); archived=(); cached=()
for _ in 1 2 3; do
  plain+=("$(ready_in java -jar "$JAR")")
  archived+=("$(ready_in bin/rectify)")
  if [ -n "$NEWER_JDK" ]; then cached+=("$(ready_in env RECTIFY_CDS_DIR=target/cds-newer JAVA_HOME="$NEWER_JDK" bin/rectify)"); fi
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
{
  echo "# Cold start with an empty H2 database"
  echo
  echo "$(date -u +%Y-%m-%d) · $(nproc) cores · $(java -version 2>&1 | head -1) · from the command to the readiness probe's answer"
  echo
  echo "| start | runs (ms) | median |"
  echo "|---|---|---|"
  echo "| \`java -jar\` | ${plain[*]} | $(median "${plain[@]}") ms |"
  echo "| \`bin/rectify\` (class-data archive) | ${archived[*]} | $(median "${archived[@]}") ms |"
  if [ -n "$NEWER_JDK" ]; then
    echo "| \`bin/rectify\` on $("$NEWER_JDK/bin/java" -version 2>&1 | head -1) (ahead-of-time cache) | ${cached[*]} | $(median "${cached[@]}") ms |"
  fi
} > bench/results/cold-start-h2.md
cat bench/results/cold-start-h2.md
