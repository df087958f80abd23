#!/usr/bin/env bash
# Times the dashboards' statistics, the round summary and the daily reminder run on a generated ledger (default
# 20,000 problems), on H2 and, with RECTIFY_TEST_POSTGRES_URL set, on PostgreSQL.
# Results: bench/results/supervision-<db>-<problems>.md
#   bench/supervision.sh
#   PROBLEMS=50000 bench/supervision.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=SupervisionBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none \
  -Dbench.problems="${PROBLEMS:-20000}" -Dbench.rounds="${ROUNDS:-20}"
cat bench/results/supervision-*-"${PROBLEMS:-20000}".md
