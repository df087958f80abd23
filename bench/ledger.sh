#!/usr/bin/env bash
# Times the ledger API on a generated inspection (default 5,000 problems), on H2 and, with
# RECTIFY_TEST_POSTGRES_URL set, on PostgreSQL. Results: bench/results/ledger-<db>-<problems>.md
#   bench/ledger.sh                 # 5,000 problems
#   PROBLEMS=50000 bench/ledger.sh  # a city-scale ledger
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=LedgerBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none \
  -Dbench.problems="${PROBLEMS:-5000}" -Dbench.rounds="${ROUNDS:-30}"
cat bench/results/ledger-*-"${PROBLEMS:-5000}".md
