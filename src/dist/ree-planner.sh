#!/bin/sh
# Launcher of the Rare Earth Resilience Planner app image (made by src/dist/make-image.sh): runs the image's own
# Java runtime on the app's jar, passing every argument to the app; no arguments open the window. REE_JAVA_OPTIONS
# adds JVM options after the launcher's own, so they can also override them (for example
# REE_JAVA_OPTIONS=-XX:TieredStopAtLevel=4 brings back the C2 compiler).
#
# It stands in for jpackage's native Linux launcher, which on every start asks rpm and dpkg (`dpkg -S`, twice)
# whether it belongs to an installed package: about 130 ms before Java even starts (docs/performance.md).
self=$(readlink -f -- "$0") || exit 1
image=${self%/bin/*}
app=$image/lib/app
# The class-data sharing archive (or AOT cache) names the jar by its absolute path and is useless anywhere else (worse: a
# mismatched archive also turns off the runtime's own one), so it is used only where it was made.
made_for=
[ -r "$app/ree-planner.jsa.location" ] && read -r made_for <"$app/ree-planner.jsa.location"
cds=
if [ "$made_for" = "$image" ]; then
  if [ -f "$app/ree-planner.aot" ]; then
    cds=-XX:AOTCache=$app/ree-planner.aot # Java 25 and later runtimes (make-image.sh)
  elif [ -f "$app/ree-planner.jsa" ]; then
    cds=-XX:SharedArchiveFile=$app/ree-planner.jsa
  fi
fi
# shellcheck disable=SC2086 # REE_JAVA_OPTIONS is a list of options, split at spaces
exec "$image/lib/runtime/bin/java" @JAVA_OPTIONS@ ${cds:+"$cds"} ${REE_JAVA_OPTIONS:-} -Djpackage.app-path="$self" \
  -Djpackage.app-version=@VERSION@ -cp "$app/ree-planner.jar" org.reeplanner.Launcher "$@"
