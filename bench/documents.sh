#!/usr/bin/env bash
# Times the ledger workbook's export and import of 50,000 rows and samples the heap; with
# RECTIFY_TEST_POSTGRES_URL set it runs on PostgreSQL; HEAP=256m bounds the heap. Results:
# bench/results/ledger-workbook-<db>-<rows>.md
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=DocumentBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none \
  -Dbench.rows="${ROWS:-50000}" -DargLine="-Xmx${HEAP:-1g}"
cat bench/results/ledger-workbook-*-"${ROWS:-50000}".md
