#!/usr/bin/env bash
# Times the rectification report (docx) of a 100-problem inspection over HTTP; with RECTIFY_TEST_POSTGRES_URL set it
# runs on PostgreSQL. Results: bench/results/report-docx-<db>-<problems>.md
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none \
  -Dbench.problems="${PROBLEMS:-100}"
cat bench/results/report-docx-*-"${PROBLEMS:-100}".md
