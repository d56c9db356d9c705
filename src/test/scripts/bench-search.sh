#!/usr/bin/env bash
# Archive search, one command: H2's native full-text index against Parley's LuceneSearchIndex over the
# same synthetic archive (SearchBenchmark). No server. Arguments: [messages] [engines] [work dir],
# default 1000000 lucene,h2 target/bench-search; 100000 for a quick run.
# JVM flags: BENCH_JVM_FLAGS (default -Xmx2g); -Dbench.queries=N, -Dbench.h2Budget=S go there too.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "[bench] load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# shellcheck disable=SC2086
java ${BENCH_JVM_FLAGS:--Xmx2g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  im.parley.bench.SearchBenchmark "$@"
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
