#!/usr/bin/env bash
# The local archive at scale, one command: insert rate, then opening and paging a conversation in a
# 1,000,000-message archive (ArchiveBenchmark). Needs no server. Argument: [messages], default 1000000.
# BENCH_MAIN names another benchmark class of im.parley.bench to run the same way (bench-compact.sh does).
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "[bench] load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -Xmx1g ${BENCH_JVM_FLAGS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  im.parley.bench.${BENCH_MAIN:-ArchiveBenchmark} "${1:-1000000}"
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
