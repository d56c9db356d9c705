#!/usr/bin/env bash
# Cold one-shot send, one command: builds target/parley.jar, starts a throwaway Prosody, runs
# OneShotSendBenchmark (`java -jar target/parley.jar cli ... send` against a minimal Smack 4.4.8
# one-shot, fresh JVMs, alternating, under /usr/bin/time), and the same send through the app image's
# launcher (jpackage/app-image.sh: its class-data archive and C1), stops Prosody. Arguments: [runs],
# default 15. JVM flags for `java -jar` and Smack: BENCH_JVM_FLAGS (default none). With PARLEY_CDS=1
# a further variant runs `java -jar` with an AppCDS archive made first by one dump run
# (-XX:ArchiveClassesAtExit).
source "$(dirname "$0")/bench-common.sh"
mvn -q -o -DskipTests package >/dev/null
bash jpackage/app-image.sh >/dev/null
# Smack's own jars only (smack-*, jxmpp, minidns), plus the harness class.
smack_cp=target/test-classes:$(tr ':' '\n' < target/bench-classpath.txt | grep -E '/org/(igniterealtime/smack|jxmpp|minidns)/' | paste -sd:)
extra=()
if [ "${PARLEY_CDS:-0}" = 1 ]; then
  source "$BENCH_ENV"
  rm -f target/parley-cds.jsa
  PARLEY_PASSWORD=alicepass java -XX:ArchiveClassesAtExit=target/parley-cds.jsa -jar target/parley.jar cli \
    --jid alice@localhost --host 127.0.0.1 --port "$C2S_PORT" --trust "$CA_CERT" send bob@localhost warm-up 2>/dev/null
  extra=("cds=-XX:SharedArchiveFile=target/parley-cds.jsa")
fi
java -cp "$BENCH_CP" -Dbench.jvmFlags="${BENCH_JVM_FLAGS:-}" -Dbench.appImage=target/jpackage/Parley \
  im.parley.bench.OneShotSendBenchmark \
  "$BENCH_ENV" "${1:-15}" "$smack_cp" "${extra[@]}"
echo "[bench] load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
