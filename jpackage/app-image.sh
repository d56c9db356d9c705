#!/usr/bin/env bash
# Builds a self-contained Parley app image (a folder with its own Java runtime) with the JDK's
# jpackage: target/jpackage/Parley, started with target/jpackage/Parley/bin/Parley. Run after
# `mvn -q -DskipTests package`.
#
# Its launcher starts the JVM with what `java -jar` cannot take from a jar: the class-data
# archive made here by class-archive.sh from jpackage/parley.classlist, on Linux transparent huge
# pages for the heap, and the C1 compiler only
# (on two cores C2 takes one of them through the start, and its compiling costs more frames while
# scrolling than its code saves; the call window's drawing costs the same). See "Desktop app" in
# docs/BENCHMARKS.md. The runtime keeps its `java` command: class-archive.sh needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/parley.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
rm -rf target/jpackage target/jpackage-input
mkdir -p target/jpackage-input
cp target/parley.jar jpackage/parley.classlist target/jpackage-input/
cp -r target/lib target/jpackage-input/lib
# JavaFX's native libraries beside its jars, where JavaFX looks first: otherwise every start
# compares the copies it once extracted to ~/.openjfx/cache with those inside the jars (about
# 20 ms), and a first start writes them there.
for jar in target/jpackage-input/lib/javafx-*-*.jar; do
  natives=$(jar tf "$jar" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
  [ -z "$natives" ] || (cd target/jpackage-input/lib && jar xf "../../../$jar" $natives)
done
# Linux: the heap in transparent huge pages where the system offers them (its default "madvise"),
# a fault per 2 MB instead of per 4 kB while the start fills it (about 0.1 s on two virtual cores,
# for about 20 MB more resident; see BENCHMARKS). The option exists on Linux only.
huge=()
[ "$(uname -s)" = Linux ] && huge=(--java-options '-XX:+UseTransparentHugePages')
jpackage --type app-image --name Parley --input target/jpackage-input --main-jar parley.jar \
  --main-class im.parley.Launcher --dest target/jpackage --app-version 0.1.0 \
  --jlink-options "--strip-debug --no-man-pages --no-header-files" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/parley.jsa' --java-options '-XX:TieredStopAtLevel=1' ${huge[@]+"${huge[@]}"}
[ "$(uname -s)" = Linux ] && bash jpackage/linux-launcher.sh target/jpackage/Parley
bash jpackage/class-archive.sh target/jpackage/Parley
echo "app image: target/jpackage/Parley (start it with target/jpackage/Parley/bin/Parley)"
