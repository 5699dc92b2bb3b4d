#!/usr/bin/env bash
# Builds the libFuzzer target (library sources + Fuzz/FuzzTarget.swift, one module, with
# -sanitize=fuzzer,address) into .fuzz/ (ignored by git) and runs it.
#
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags…]     default 60 seconds
#   Fuzz/run.sh 0 .fuzz/artifacts/crash-…              replay one input
#   FUZZ_MAX_LEN=20000 Fuzz/run.sh 600                 longer inputs (default 4096 bytes)
#
# Seeds: Fixtures/pages/*.txt and Fuzz/regressions/*; the growing corpus stays in .fuzz/corpus.
# A finding is saved as .fuzz/artifacts/crash-* (or leak-*, timeout-*, oom-*): copy it to
# Fuzz/regressions/ so `swift test --filter FuzzRegressionTests` replays it for ever.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
scratch=.fuzz
mkdir -p "$scratch/corpus" "$scratch/artifacts"
swiftc="${SWIFTC:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}"

binary="$scratch/newsextract-fuzz"
sources=$(find Sources/NewsExtract -name '*.swift' | sort)
if [[ ! -x "$binary" ]] || [[ -n "$(find Sources/NewsExtract Fuzz -name '*.swift' -newer "$binary")" ]]; then
  echo "== building $binary"
  # shellcheck disable=SC2086
  "$swiftc" -sanitize=fuzzer,address -parse-as-library -O -g \
    -module-name NewsExtractFuzz -module-cache-path "$scratch/module-cache" \
    $sources Fuzz/FuzzTarget.swift -o "$binary"
fi

if [[ "$seconds" == "0" ]]; then
  exec "$binary" "$@"
fi

cp -n Fixtures/pages/*.txt "$scratch/corpus/" 2>/dev/null || true
cp -n Fuzz/regressions/* "$scratch/corpus/" 2>/dev/null || true
echo "== fuzzing for ${seconds}s"
exec "$binary" "$scratch/corpus" -dict=Fuzz/newsextract.dict \
  -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-4096}" -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix="$scratch/artifacts/" -print_final_stats=1 "$@"
