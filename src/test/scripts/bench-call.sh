#!/usr/bin/env bash
# Call benchmark, one command: starts the throwaway servers, runs CallBenchmark (two Parley
# sessions calling each other through Prosody on loopback), stops the servers.
# Arguments go to the harness: [warm-up calls] [measured calls].
set -euo pipefail
cd "$(dirname "$0")/../../.."
dir=target/bench-servers
shared=${PARLEY_SHARED:-../shared}
trap 'bash src/test/scripts/servers.sh stop "$dir" "$shared" >/dev/null 2>&1 || true' EXIT
PROSODY_LOG_LEVEL=${PROSODY_LOG_LEVEL:-info} bash src/test/scripts/servers.sh start "$dir" "$shared" >/dev/null
mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=im.parley.bench.CallBenchmark \
  -Dexec.args="$dir/prosody/ports.env ${1:-3} ${2:-20}"
