#!/usr/bin/env bash
# MAM catch-up, one command: starts a throwaway Prosody (Prosody only, purged before and after) with
# two fresh accounts a round, runs MamCatchUpBenchmark (Parley's ArchiveSync into an H2 profile and
# Smack 4.4.8's MamManager, each in its own JVM, one after the other, alternating who goes first)
# and stops Prosody. Arguments: [messages] [rounds] [warm-up rounds], default 10000 5 1.
# JVM flags for both receivers: BENCH_JVM_FLAGS (default none).
messages=${1:-10000}
rounds=${2:-5}
warmups=${3:-1}
users="carol:carolpass dave:davepass"
for i in $(seq 1 $((rounds + warmups))); do
  users="$users mamp$i:mamp${i}pass mams$i:mams${i}pass"
done
export PROSODY_USERS=$users
source "$(dirname "$0")/bench-common.sh"
java -cp "$BENCH_CP" -Dbench.jvmFlags="${BENCH_JVM_FLAGS:-}" im.parley.bench.MamCatchUpBenchmark \
  "$BENCH_ENV" "$messages" "$rounds" "$warmups"
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
