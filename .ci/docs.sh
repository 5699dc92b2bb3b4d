#!/usr/bin/env bash
# Builds the DocC catalog with the toolchain's docc, failing on any warning.
#
#   bash .ci/docs.sh [OUTPUT]    # default output: .build/NewsExtract.doccarchive
#
# 1. `swift build --target NewsExtract` builds the library (incrementally, debug).
# 2. `swift-symbolgraph-extract` writes its public symbol graph from the built module.
# 3. `docc convert` combines the catalog with that symbol graph; `--warnings-as-errors`
#    makes any unresolved link or malformed directive fail the run.
# No plugin package is needed. Open the archive with `docc preview` or serve it statically.
set -euo pipefail
cd "$(dirname "$0")/.."

output="${1:-.build/NewsExtract.doccarchive}"
graphs=".build/docs-symbol-graphs"
tools="$(dirname "$(readlink -f "$(command -v swift)")")"

echo "== swift build --target NewsExtract"
swift build --target NewsExtract 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
bin="$(swift build --show-bin-path)"
triple="$(swift -print-target-info | sed -n 's/^ *"triple": "\(.*\)",*$/\1/p' | head -1)"

echo "== swift-symbolgraph-extract NewsExtract ($triple)"
rm -rf "$graphs"
mkdir -p "$graphs"
"$tools/swift-symbolgraph-extract" \
  -module-name NewsExtract \
  -target "$triple" \
  -I "$bin/Modules" \
  -module-cache-path "$bin/ModuleCache" \
  -minimum-access-level public \
  -omit-extension-block-symbols \
  -output-dir "$graphs"

echo "== docc convert (warnings are errors)"
rm -rf "$output"
"$tools/docc" convert Sources/NewsExtract/NewsExtract.docc \
  --additional-symbol-graph-dir "$graphs" \
  --output-path "$output" \
  --fallback-display-name NewsExtract \
  --fallback-bundle-identifier org.newsextract.NewsExtract \
  --warnings-as-errors
echo "documentation archive: $output"
