#!/usr/bin/env bash
# Builds a self-contained Parley app image (a folder with its own Java runtime) with the JDK's
# jpackage: target/jpackage/Parley. Run after `mvn -q -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/parley.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
rm -rf target/jpackage target/jpackage-input
mkdir -p target/jpackage-input
cp target/parley.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/lib
jpackage --type app-image --name Parley --input target/jpackage-input --main-jar parley.jar \
  --main-class im.parley.Launcher --dest target/jpackage --app-version 0.1.0
echo "app image: target/jpackage/Parley"
