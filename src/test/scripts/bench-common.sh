# Sourced by the bench-*.sh scripts that need Prosody only (never ejabberd: its fixed Erlang node
# name would stop another checkout's ejabberd). Starts a throwaway Prosody in target/bench-prosody
# (free ports are picked when the defaults are busy), stops it on exit, and compiles the tests.
# After sourcing: $BENCH_ENV (the ports file) and $BENCH_CP (test class path).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
shared=${PARLEY_SHARED:-../shared}
[ -d "$shared/peers" ] || shared=/work/shared
bench_dir=$PWD/target/bench-prosody
# Purged before and after: Prosody's file archive reads a user's whole archive on the first store
# after a start, and the receive benchmark leaves 100,000+ messages there (a 20 s stall).
bash "$shared/peers/stop-prosody.sh" "$bench_dir" --purge >/dev/null 2>&1 || true
trap 'bash "$shared/peers/stop-prosody.sh" "$bench_dir" --purge >/dev/null 2>&1 || true' EXIT
PROSODY_LOG_LEVEL=${PROSODY_LOG_LEVEL:-warn} bash "$shared/peers/start-prosody.sh" "$bench_dir" >/dev/null
BENCH_ENV=$bench_dir/ports.env
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
BENCH_CP=target/test-classes:target/classes:$(cat target/bench-classpath.txt)
echo "[bench] load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
