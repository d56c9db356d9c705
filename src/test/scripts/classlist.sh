#!/usr/bin/env bash
# Regenerates jpackage/parley.classlist, the classes the app image's class-data archive holds
# (see jpackage/class-archive.sh), from a real start of the app on a throwaway Prosody under Xvfb
# (ClassListTraining). Run it when start-up's classes change much: stale lines are skipped by the
# dump, new classes are only loaded the slow way; ClassListTest fails when most are stale.
source "$(dirname "$0")/bench-common.sh"
mvn -q -o -DskipTests package >/dev/null
xvfb=()
[ -n "${DISPLAY:-}" ] || xvfb=(xvfb-run -a -s "-screen 0 1280x800x24")
"${xvfb[@]}" java -cp "$BENCH_CP" im.parley.bench.ClassListTraining "$BENCH_ENV" jpackage/parley.classlist
