#!/usr/bin/env bash
# Cold start: how long the packaged application takes from the java command to answering its readiness probe, on
# an empty H2 database (migrations, initial administrators and all), started as `java -jar` and through bin/rectify
# (class-data archive), three times each. Results: bench/results/cold-start-h2.md
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
bin/rectify prepare >/dev/null   # records the archive once, outside the measurement
plain=(); archived=()
for _ in 1 2 3; do
  plain+=("$(ready_in java -jar "$JAR")")
  archived+=("$(ready_in bin/rectify)")
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
} > bench/results/cold-start-h2.md
cat bench/results/cold-start-h2.md
