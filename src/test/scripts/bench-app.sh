#!/usr/bin/env bash
# The desktop app, one command: starts a throwaway Prosody, builds the jar and the app image,
# prepares a profile (1,000 contacts, 20 conversations, 100,000 messages), then starts the real
# app in fresh JVMs under Xvfb, with `java -jar` and with the app image's launcher (class-data
# archive, C1): time to a shown contact list, idle resident memory, frames while scrolling
# (AppBenchmark). Arguments: [runs], default 5. Extra JVM flags for `java -jar`: BENCH_APP_FLAGS.
source "$(dirname "$0")/bench-common.sh"
mvn -q -o -DskipTests package >/dev/null
bash jpackage/app-image.sh >/dev/null
xvfb=()
[ -n "${DISPLAY:-}" ] || xvfb=(xvfb-run -a -s "-screen 0 1280x800x24")
"${xvfb[@]}" java -cp "$BENCH_CP" -Dbench.appFlags="${BENCH_APP_FLAGS:-}" -Dbench.appImage=target/jpackage/Parley \
  im.parley.bench.AppBenchmark "$BENCH_ENV" "${1:-5}"
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
