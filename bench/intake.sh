#!/usr/bin/env bash
# Times reading large documents through POST /api/v1/documents/parse: a 100-page docx (and the same as PDF and .doc
# where LibreOffice is installed), a 300-page docx, a 19.9 MB text and a 4 MB text on one line.
# Results: bench/results/intake-parse.md
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=IntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none \
  -DargLine="-Xmx${HEAP:-1g}"
cat bench/results/intake-parse.md
