#!/usr/bin/env bash
# Replaces jpackage's native launcher of a Linux app image (bin/Parley) with a shell script that
# starts the image's own java with the same class path and options, read from the image's
# Parley.cfg now. jpackage's Linux launcher first asks `rpm -qf` and `dpkg -S` whether a package
# installed it (to find its library), which costs about 0.3 s of every start on a Debian system;
# the script costs a few milliseconds. Windows' and macOS' launchers do no such lookup and stay.
# Usage: jpackage/linux-launcher.sh IMAGE
set -euo pipefail
image=$(cd "$1" && pwd -P)
cfg=$image/lib/app/Parley.cfg
main=$(sed -n 's/^app.mainclass=//p' "$cfg")
# $APPDIR as the script finds it at run time: the archive is refused unless the paths match.
classpath=$(sed -n 's/^app.classpath=\$APPDIR/$app/p' "$cfg" | paste -sd:)
options=$(sed -n 's/^java-options=//p' "$cfg" | sed 's/\$APPDIR/$app/g' | sed 's/.*/"&"/' | paste -sd' ')
{
  echo '#!/bin/sh'
  echo '# Starts Parley with the Java runtime of this app image (made by jpackage/linux-launcher.sh).'
  echo '# Only a link (an installed /usr/bin/parley) needs readlink: each program run costs the start'
  echo '# about 10 ms.'
  echo 'self=$0'
  echo '[ -L "$self" ] && self=$(readlink -f "$self")'
  echo 'case $self in */*) bin=${self%/*} ;; *) bin=. ;; esac'
  echo 'lib=$(cd "$bin/../lib" && pwd -P)'
  echo 'app=$lib/app'
  echo '# GTK need not set up OpenGL: JavaFX does its own, and on a machine without a usable GPU GTK'
  echo '# would load the whole OpenGL stack (about 50 MB with Mesa) for nothing. A value given wins.'
  echo 'export GDK_GL="${GDK_GL:-disable}"'
  echo "exec \"\$lib/runtime/bin/java\" $options -cp \"$classpath\" $main \"\$@\""
} > "$image/bin/Parley"
chmod 755 "$image/bin/Parley"
