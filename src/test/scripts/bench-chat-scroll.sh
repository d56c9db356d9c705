#!/usr/bin/env bash
# Scrolling a 50,000-message conversation, one command, in seconds and without Prosody: the
# conversation view alone over an in-memory archive in a real window (GTK glass under Xvfb when
# there is no DISPLAY, software rendering as in bench-app.sh), scrolled by the app's ScrollProbe
# (ChatScrollBenchmark); prints per run a line of frame intervals and one of the CPU the FX and
# render threads spent a frame (steadier than the intervals when other processes share the cores).
# Arguments: [runs], default 3, each in a fresh JVM.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp=target/test-classes:target/classes:$(cat target/bench-classpath.txt)
xvfb=()
[ -n "${DISPLAY:-}" ] || xvfb=(xvfb-run -a -s "-screen 0 1280x800x24")
echo "[bench] load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for _ in $(seq "${1:-3}"); do
  "${xvfb[@]}" java -cp "$cp" ${BENCH_JVM_FLAGS:-} im.parley.bench.ChatScrollBenchmark 2>/dev/null \
    | grep '^parley-scroll-'
done
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
