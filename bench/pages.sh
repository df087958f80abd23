#!/usr/bin/env bash
# Times every page of the demo data: the server's answer over HTTP and the browser's load in Chromium.
# Results: bench/results/pages-h2.md
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=PagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none
cat bench/results/pages-h2.md
