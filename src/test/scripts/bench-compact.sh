#!/usr/bin/env bash
# The local archive after a bulk load, and what a full compaction gives back (ArchiveCompactBenchmark).
# Needs no server. Argument: [messages], default 200000.
set -euo pipefail
BENCH_MAIN=ArchiveCompactBenchmark exec bash "$(dirname "$0")/bench-archive.sh" "${1:-200000}"
