#!/usr/bin/env bash
# Builds the self-contained app image, and a .deb when fakeroot is present, from the shaded jar. Run by
# `mvn -Pdist package` (the dist profile in pom.xml; "App image" in README.md). Installs nothing.
#
#   make-image.sh JDK_HOME JAR OUT_DIR VERSION PROJECT_DIR
#
# 1. jpackage --type app-image: a jlink runtime of the modules below plus the jar on the class path (POI's
#    dependencies are automatic modules). Writes OUT_DIR/ree-planner. The launcher bin/ree-planner is then replaced
#    by src/dist/ree-planner.sh, which runs the same java command without jpackage's rpm/dpkg queries.
# 2. Class-data sharing (start-up time, docs/performance.md): a training run of the image lists the classes that
#    opening the window loads (lib/app/ree-planner.classlist), and `java -Xshare:dump` turns the list into
#    lib/app/ree-planner.jsa, which the launcher maps (-XX:SharedArchiveFile) when the image is still where the
#    archive was made (lib/app/ree-planner.jsa.location). Built with a Java 25 or later JDK (JAVA_HOME), a second
#    training run also writes an AOT cache, lib/app/ree-planner.aot, which the launcher then uses instead. The training run opens the window on
#    $DISPLAY, else on a private Xvfb when Xvfb is installed, and closes it once it is laid out; with no display at
#    all it lists the classes of a headless run instead (fewer). An image moved elsewhere starts without the
#    archive (slower, nothing else) until it is made again (README.md).
# 3. A .deb (installs to /opt/ree-planner; its postinst makes the archive for that path) when fakeroot and
#    dpkg-deb are present; skipped with a note otherwise.
set -euo pipefail

jdk=$1 jar=$2 out=$3 version=$4 project=$5
name=ree-planner
vendor="Rare Earth Resilience Planner project"
description="Rare Earth Resilience Planner: where to invest to cut dependence on China for rare earth elements"

# The runtime's modules. `jdeps --ignore-missing-deps --print-module-deps --multi-release 17 target/ree-planner.jar`
# gives java.base, java.security.jgss, java.sql, java.xml.crypto, jdk.jfr, jdk.unsupported and
# jdk.unsupported.desktop (which bring java.desktop, java.datatransfer, java.logging and java.xml); java.management,
# java.naming and java.scripting are added for libraries that look them up at run time (Log4j API, commons-*).
# Numbers are formatted with Locale.ROOT, so jdk.localedata is not needed.
modules=java.base,java.datatransfer,java.desktop,java.logging,java.management,java.naming,java.scripting
modules+=,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop

# The launcher's JVM options (measurements: docs/performance.md, "Memory"). The serial collector with a 32 MB young
# generation keeps the window with a 10,000-run Monte Carlo near 300 MB resident (G1: 400-560 MB) at the same
# start-up time and slider latency; 512 MB of heap still fits the command line's 100,000-run Monte Carlo (256 MB
# does not). Trimming the C heap every 5 s hands back what the JIT compilers and the study freed (about 25 MB).
# Only the C1 compiler ("Start-up"): on two cores the C2 compiler's start-up work competes with the FX thread, and
# without it the window opens ~1.5x sooner while the model, the 10,000-run study and the slider path stay within
# their targets (the model runs ~1.4x slower than with C2, the study in the window about the same).
java_options=(-XX:+UseSerialGC -Xmx512m -Xmn32m -XX:TieredStopAtLevel=1)
trim=-XX:TrimNativeHeapInterval=5000 # JDK 17.0.9 and later; left out for runtimes that do not know it

icon=""
for candidate in "$project/assets/icons/app-256.png" "$project/src/main/resources/org/reeplanner/ui/icons/app-256.png"; do
  if [[ -f $candidate ]]; then icon=$candidate; break; fi
done

if ! command -v objcopy >/dev/null; then
  echo "make-image.sh: jlink needs objcopy (binutils) to strip the runtime: apt-get install -y binutils" >&2
  exit 1
fi

mkdir -p "$out"
out=$(realpath "$out")
image=$out/$name
rm -rf "$image" "$out/input" "$out/deb-stage" "$out"/*.deb
mkdir -p "$out/input"
cp "$jar" "$out/input/$name.jar"

args=(--name "$name" --app-version "$version" --vendor "$vendor" --description "$description")
[[ -n $icon ]] && args+=(--icon "$icon")
"$jdk/bin/jpackage" --type app-image --dest "$out" --input "$out/input" \
  --main-jar "$name.jar" --main-class org.reeplanner.Launcher --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" "${args[@]}"
rm -rf "$out/input"
if "$image/lib/runtime/bin/java" "$trim" -version >/dev/null 2>&1; then
  java_options+=("$trim")
fi
# Java 24 and later runtimes warn on every start that JavaFX loads its native libraries and that its renderer uses
# sun.misc.Unsafe, both by design in JavaFX 21; these two options allow it quietly.
if "$image/lib/runtime/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
  java_options+=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
fi
# The shell launcher replaces jpackage's native one (and its library and configuration file, which only it reads).
sed -e "s|@JAVA_OPTIONS@|${java_options[*]}|" -e "s|@VERSION@|$version|" "$project/src/dist/ree-planner.sh" \
  >"$image/bin/$name"
chmod 755 "$image/bin/$name"
rm -f "$image/lib/libapplauncher.so" "$image/lib/app/$name.cfg"
# Only used with heaps over 32 GB, which the launcher's -Xmx rules out.
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"

# --- 2. class-data sharing archive (and, on Java 25 and later runtimes, an AOT cache) ---
app=$image/lib/app
launcher=$image/bin/$name
list=$app/$name.classlist
log=$out/cds-training.log
# A throwaway configuration folder: the training run must not read or write the user's preferences.
probe="-Dree.startupProbe=true -Dree.probe.monteCarloRuns=500 -Dree.probe.exit=true -Dree.config.dir=$out/cds-config"
train_window() { # DISPLAY JVM-OPTIONS: opens the window, runs a small study, closes it; output added to $log
  local run=$out/training-run.log status=0
  DISPLAY=$1 JAVA_TOOL_OPTIONS="$2 $probe" timeout 120 "$launcher" >"$run" 2>&1 || status=$?
  cat "$run" >>"$log"
  if [[ $status -eq 0 ]] && grep -q "ree-probe: monte carlo done" "$run"; then status=0; else status=1; fi
  rm -f "$run"
  return $status
}
: >"$log"
window="" xvfb="" trained=""
if [[ -n ${DISPLAY:-} ]] && train_window "$DISPLAY" "-XX:DumpLoadedClassList=$list"; then
  window=$DISPLAY trained="the window on $DISPLAY"
elif command -v Xvfb >/dev/null; then
  display=:$((300 + RANDOM % 600))
  Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  train_window "$display" "-XX:DumpLoadedClassList=$list" && window=$display trained="the window on a private Xvfb"
fi
if [[ -z $trained ]]; then
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Dree.config.dir=$out/cds-config" timeout 120 "$launcher" run \
    "$project/sample-data/scenarios/seed-baseline.json" >>"$log" 2>&1 \
    && trained="a headless run (no display: the window's own classes are not in the archive)"
fi
made=""
if [[ -n $trained ]] && "$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" \
    -XX:SharedArchiveFile="$app/$name.jsa" -cp "$app/$name.jar" >>"$log" 2>&1; then
  made=yes
  echo "make-image.sh: class-data archive ($(du -h "$app/$name.jsa" | cut -f1)) from $trained"
else
  rm -f "$list" "$app/$name.jsa"
  echo "make-image.sh: no class-data archive (see $log); the image works without, only starts slower"
fi
# An AOT cache (JEP 483/514: classes loaded and linked, and method profiles, from a training run of the window)
# replaces the archive where the runtime has them; Java 17 does not (docs/performance.md, start-up).
if [[ -n $window ]] && "$image/lib/runtime/bin/java" -XX:AOTMode=off -version >/dev/null 2>&1; then
  if train_window "$window" "-XX:AOTCacheOutput=$app/$name.aot" && [[ -f $app/$name.aot ]]; then
    made=yes
    rm -f "$app/$name.jsa" # the launcher takes the cache instead; the .deb makes its own archive from the list
    echo "make-image.sh: AOT cache ($(du -h "$app/$name.aot" | cut -f1)) from $trained"
  else
    rm -f "$app/$name.aot"
    echo "make-image.sh: no AOT cache (see $log); the class-data archive is used instead"
  fi
fi
[[ -n $xvfb ]] && { kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; }
rm -rf "$out/cds-config"
if [[ -n $made ]]; then
  echo "$image" >"$app/$name.jsa.location"
fi
echo "make-image.sh: app image $image ($(du -sh "$image" | cut -f1)); launcher $launcher"

# --- 3. .deb ---
if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
  mkdir -p "$out/deb-stage"
  cp -a "$image" "$out/deb-stage/"
  # Our prerm follows JDK 17's jpackage template; later JDKs (22+) name its helper-script placeholders differently,
  # and a placeholder left unreplaced would fail the script.
  resources=$out/deb-resources
  templates=$out/deb-templates
  rm -rf "$resources" "$templates"
  cp -r "$project/src/dist/deb" "$resources"
  if "$jdk/bin/jimage" extract --dir "$templates" --include 'regex:.*/template\.prerm' "$jdk/lib/modules" 2>/dev/null \
      && grep -rqs COMMON_SCRIPTS "$templates"; then
    sed -i 's/^UTILITY_SCRIPTS$/package_type=deb\nCOMMON_SCRIPTS\nDESKTOP_SCRIPTS/' "$resources/prerm"
  fi
  # made for /opt/ree-planner by postinst (the archive; an AOT cache needs a training run of the window)
  rm -f "$out/deb-stage/$name/lib/app/$name.jsa"* "$out/deb-stage/$name/lib/app/$name.aot"
  "$jdk/bin/jpackage" --type deb --app-image "$out/deb-stage/$name" --dest "$out" "${args[@]}" \
    --install-dir /opt --resource-dir "$resources" --linux-package-name "$name" \
    --linux-package-deps libgtk-3-0 --linux-app-category science --linux-menu-group "Office;Science;" --linux-shortcut \
    --linux-deb-maintainer "maintainers@reeplanner.invalid"
  rm -rf "$out/deb-stage" "$resources" "$templates"
  echo "make-image.sh: package $(ls "$out"/*.deb)"
else
  echo "make-image.sh: no .deb: it needs fakeroot and dpkg-deb (apt-get install -y fakeroot)"
fi
