#!/usr/bin/env bash
# CI: run the libFuzzer target for a bounded time (default 60 s); fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
exec Fuzz/run.sh "${FUZZ_SECONDS:-60}"
