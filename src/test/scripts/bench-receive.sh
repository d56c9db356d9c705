#!/usr/bin/env bash
# Steady-state receive CPU, one command: starts a throwaway Prosody, runs ReceiveBenchmark (a Parley
# Account receiver and a Smack 4.4.8 receiver, each in its own JVM, fed by one sender, interleaved),
# stops Prosody. Arguments: [warm-up messages] [batch] [rounds], default 20000 10000 7.
# JVM flags for both receivers: BENCH_JVM_FLAGS (default none).
source "$(dirname "$0")/bench-common.sh"
java -cp "$BENCH_CP" -Dbench.jvmFlags="${BENCH_JVM_FLAGS:-}" im.parley.bench.ReceiveBenchmark \
  "$BENCH_ENV" "${1:-20000}" "${2:-10000}" "${3:-7}"
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
