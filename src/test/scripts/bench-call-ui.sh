#!/usr/bin/env bash
# What the call UI adds, one command: starts a throwaway Prosody, runs CallUiBenchmark (the app's
# call button against CallService alone for set-up; a video call with and without its window for
# CPU) on headless JavaFX (Monocle, software rendering), stops Prosody.
# Arguments: [warm-up rounds] [measured rounds] [CPU seconds per run], default 3 20 20.
source "$(dirname "$0")/bench-common.sh"
java -cp "$BENCH_CP" ${BENCH_JVM_FLAGS:-} -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless \
  -Dprism.order=sw im.parley.bench.CallUiBenchmark "$BENCH_ENV" "${1:-3}" "${2:-20}" "${3:-20}"
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
