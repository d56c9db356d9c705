#!/usr/bin/env bash
# Idle footprint, one command: starts a throwaway Prosody, runs IdleFootprint (a logged-in Parley
# Account against a logged-in Smack 4.4.8 connection, fresh JVMs, alternating: RSS after GC and the
# live threads), stops Prosody. Arguments: [runs] [settle seconds], default 5 5.
# JVM flags for both: BENCH_JVM_FLAGS (default none).
source "$(dirname "$0")/bench-common.sh"
java -cp "$BENCH_CP" -Dbench.jvmFlags="${BENCH_JVM_FLAGS:-}" im.parley.bench.IdleFootprint \
  "$BENCH_ENV" "${1:-5}" "${2:-5}"
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
