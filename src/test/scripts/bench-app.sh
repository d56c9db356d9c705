#!/usr/bin/env bash
# The desktop app, one command: starts a throwaway Prosody, builds the jar, prepares a profile
# (1,000 contacts, 20 conversations, 100,000 messages), then starts the real app in fresh JVMs
# under Xvfb: time to a shown contact list, and idle resident memory (AppBenchmark).
# Arguments: [runs], default 5. Extra JVM flags for the app: BENCH_APP_FLAGS (e.g. AppCDS).
source "$(dirname "$0")/bench-common.sh"
mvn -q -o -DskipTests package >/dev/null
xvfb=()
[ -n "${DISPLAY:-}" ] || xvfb=(xvfb-run -a -s "-screen 0 1280x800x24")
"${xvfb[@]}" java -cp "$BENCH_CP" -Dbench.appFlags="${BENCH_APP_FLAGS:-}" im.parley.bench.AppBenchmark \
  "$BENCH_ENV" "${1:-5}"
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
