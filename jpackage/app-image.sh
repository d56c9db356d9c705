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
# docs/BENCHMARKS.md. The runtime keeps its `java` command: class-archive.sh needs it, and holds
# JavaFX's modules (below).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/parley.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
rm -rf target/jpackage target/jpackage-input target/jpackage-javafx
mkdir -p target/jpackage-input/lib target/jpackage-javafx/natives
cp target/parley.jar jpackage/parley.classlist target/jpackage-input/
# JavaFX goes into the image's Java runtime as modules, the rest onto the class path. JavaFX run
# from the class path is a configuration it warns about at every start, and that warning is
# logged at its toolkit's very start: logging's own start (the JDK opening every jar on the class
# path, looking for a logging backend) then held the toolkit up for about 50 ms.
for jar in target/lib/*.jar; do
  case $(basename "$jar") in
    javafx-*-*-*.jar) cp "$jar" target/jpackage-javafx/ ;; # the platform's jars (javafx-base-21-linux.jar)
    javafx-*.jar) ;;                                      # empty jars that only name the platform's
    *) cp "$jar" target/jpackage-input/lib/ ;;
  esac
done
# JavaFX's native libraries go where JavaFX looks for them when it is part of the runtime: beside
# the runtime's own. Otherwise it would copy them out of its module to ~/.openjfx/cache at a first
# start, and compare them there at every later one (about 20 ms).
for jar in target/jpackage-javafx/*.jar; do
  natives=$(jar tf "$jar" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
  [ -z "$natives" ] || (cd target/jpackage-javafx/natives && jar xf "../$(basename "$jar")" $natives)
done
javafx_modules=$(for jar in target/jpackage-javafx/*.jar; do
  jar --describe-module --file "$jar" | sed -n '1s/@.*//p'
done | paste -sd,)
# Linux: the heap in transparent huge pages where the system offers them (its default "madvise"),
# a fault per 2 MB instead of per 4 kB while the start fills it (about 0.1 s on two virtual cores,
# for about 20 MB more resident; see BENCHMARKS). The option exists on Linux only.
huge=()
[ "$(uname -s)" = Linux ] && huge=(--java-options '-XX:+UseTransparentHugePages')
# The natives inside the JavaFX modules are left out of the runtime: the copies beside it are used.
jpackage --type app-image --name Parley --input target/jpackage-input --main-jar parley.jar \
  --main-class im.parley.Launcher --dest target/jpackage --app-version 0.1.0 \
  --module-path target/jpackage-javafx --add-modules "$(java jpackage/DefaultModules.java),$javafx_modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --exclude-resources=/javafx.*/*.so,/javafx.*/*.dylib,/javafx.*/*.dll" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/parley.jsa' --java-options '-XX:TieredStopAtLevel=1' ${huge[@]+"${huge[@]}"}
case $(uname -s) in
  Linux) runtime_natives=target/jpackage/Parley/lib/runtime/lib ;;
  Darwin) runtime_natives=target/jpackage/Parley.app/Contents/runtime/Contents/Home/lib ;;
  *) runtime_natives=target/jpackage/Parley/runtime/bin ;;
esac
cp target/jpackage-javafx/natives/* "$runtime_natives/"
[ "$(uname -s)" = Linux ] && bash jpackage/linux-launcher.sh target/jpackage/Parley
bash jpackage/class-archive.sh target/jpackage/Parley
echo "app image: target/jpackage/Parley (start it with target/jpackage/Parley/bin/Parley)"
