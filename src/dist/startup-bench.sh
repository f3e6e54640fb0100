#!/usr/bin/env bash
# Start-up and memory measurements for SPEC §6 (docs/performance.md), on a private Xvfb display.
#
#   src/dist/startup-bench.sh [startup|memory] [RUNS]      (from the project root, after `mvn -Pdist package`)
#
# startup (default): process start → main window shown and laid out, RUNS times each (default 15), launching in
#   alternating order:  the app image's launcher vs a bare JavaFX window (src/test/java/.../BareWindow.java) on the
#   image's own runtime, and the jar vs the bare window on the system JDK. Prints medians and the ratios.
# memory: resident memory (VmRSS 10 s after, and the peak VmHWM) of the app image with the window shown and a
#   10,000-run Monte Carlo computed and kept in the process (RUNS times, default 5); for reference also the
#   image's window alone and the bare window on the image's runtime.
# Needs Xvfb (apt-get install -y xvfb xauth libgtk-3-0). The machine should otherwise be idle; the figures are
# medians because shared machines are noisy.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-startup}
image=target/dist/ree-planner
[[ -x $image/bin/ree-planner && -f target/ree-planner.jar ]] || { echo "run mvn -Pdist package first" >&2; exit 1; }
[[ -f target/test-classes/org/reeplanner/startup/StartupHarness.class ]] \
  || { echo "test classes missing: run mvn -Pdist package (without -Dmaven.test.skip)" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "needs Xvfb: apt-get install -y xvfb xauth libgtk-3-0" >&2; exit 1; }

mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath >/dev/null
fx=$(tr ':' '\n' <target/test.classpath | grep -E '/org/openjfx/javafx-(base|graphics|controls)/' | paste -sd:)
bare_cp=target/test-classes:$fx

# A fresh configuration folder: the app must not start from (or change) the user's saved window and preferences.
config=$(mktemp -d)
display=:$((200 + $$ % 500))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; wait 2>/dev/null; rm -rf "$config"' EXIT
sleep 1
export DISPLAY=$display
harness=(java -cp target/test-classes org.reeplanner.startup.StartupHarness)
probe="-Dree.startupProbe=true -Dree.config.dir=$config"

case $mode in
  startup)
    "${harness[@]}" --runs "${2:-15}" \
      --cmd image "JAVA_TOOL_OPTIONS=$probe" "$image/bin/ree-planner" \
      --cmd bare-image "$image/lib/runtime/bin/java" $probe -cp "$bare_cp" org.reeplanner.startup.BareWindow \
      --cmd jar java $probe -jar target/ree-planner.jar \
      --cmd bare-jdk java $probe -cp "$bare_cp" org.reeplanner.startup.BareWindow
    ;;
  memory)
    "${harness[@]}" --memory --settle 10 --runs "${2:-5}" \
      --cmd image-mc10k "JAVA_TOOL_OPTIONS=$probe -Dree.probe.monteCarloRuns=10000" "$image/bin/ree-planner" \
      --cmd image-window "JAVA_TOOL_OPTIONS=$probe" "$image/bin/ree-planner" \
      --cmd bare-window "$image/lib/runtime/bin/java" $probe -cp "$bare_cp" org.reeplanner.startup.BareWindow
    ;;
  *) echo "usage: src/dist/startup-bench.sh [startup|memory] [RUNS]" >&2; exit 2 ;;
esac
