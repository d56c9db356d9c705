#!/usr/bin/env bash
# Makes the class-data archive (AppCDS) of a Parley app image where the image now is: the
# classes a start-up loads, parsed and laid out once, mapped by every later start (about 1 s
# faster on two cores). Java 17 refuses an archive once its jars are in another folder than at
# the dump, so it cannot be shipped: app-image.sh runs this, and an installer runs it again
# after copying the image into place. The launcher's options name the archive; a missing or
# refused one is ignored by the JVM (a plain, slower start).
# Usage: jpackage/class-archive.sh [IMAGE], default target/jpackage/Parley (Linux, macOS's
# Parley.app or Windows' layout; the last two have not been run).
set -euo pipefail
image=${1:-"$(dirname "$0")/../target/jpackage/Parley"}
image=$(cd "$image" && pwd -P)
sep=:
if [ -d "$image/lib/app" ]; then
  app=$image/lib/app java=$image/lib/runtime/bin/java
elif [ -d "$image/Contents/app" ]; then
  app=$image/Contents/app java=$image/Contents/runtime/Contents/Home/bin/java
else
  app=$image/app java=$image/runtime/bin/java.exe sep=';'
fi
cfg=$(ls "$app"/*.cfg | head -1)
# The class path exactly as the launcher will pass it: the archive is refused otherwise.
classpath=$(grep '^app.classpath=' "$cfg" | sed "s|^app.classpath=\\\$APPDIR|$app|" | paste -sd "$sep")
rm -f "$app/parley.jsa"
# Left out: the media libraries (libjitsi, ice4j, and the Kotlin and config libraries they use)
# and the search index (Lucene). They load from their jars when first used, both off the start's
# path (the media warm-up, the search index opened once the window shows): every start relocates
# and touches the whole archive, and these are a quarter of it.
grep -v -E '^(@lambda-proxy )?(kotlin|com/typesafe|org/jitsi|org/ice4j|org/apache/lucene|im/parley/media)/' \
  "$app/parley.classlist" > "$app/parley.start.classlist"
"$java" -Xshare:dump -XX:SharedClassListFile="$app/parley.start.classlist" -XX:SharedArchiveFile="$app/parley.jsa" \
  -cp "$classpath" >/dev/null
echo "class-data archive: $app/parley.jsa ($(du -h "$app/parley.jsa" | cut -f1))"
