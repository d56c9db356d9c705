#!/usr/bin/env bash
# The call window's drawing alone, one command, no server: CallWindowDrawBenchmark (two 320x240
# 15 frames/s test patterns in the window against the same frames with no window) on headless
# JavaFX (Monocle, software rendering).
# Arguments: [rounds] [seconds per run] [window width] [window height], default 3 30 560 460
# (after one untimed 30 s run with the window: the JIT compiles the drawing paths in it).
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "[bench] load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" ${BENCH_JVM_FLAGS:-} \
  -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  im.parley.bench.CallWindowDrawBenchmark "${1:-3}" "${2:-30}" "${3:-560}" "${4:-460}"
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
