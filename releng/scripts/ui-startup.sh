#!/usr/bin/env bash
# Start-up of the workbench (docs/performance.md), each run in a new JVM on a fresh Xvfb display:
#   first window: from the JVM's start to the main window shown and painted;
#   open: from asking the navigator to open a PARTICIPANTS x 12 x 34 engagement (made by the
#   store benchmark) to the engagement shown expanded in the navigator.
# Usage: releng/scripts/ui-startup.sh [RUNS] [PARTICIPANTS]      (defaults: 7 runs, 1000 participants)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$here/releng/scripts/toolchain.sh"
fulcrum_find_jdk
runs="${1:-7}"
participants="${2:-1000}"
work="${FULCRUM_BENCH_DIR:-$here/target/bench}/ui-startup"
mkdir -p "$work"

engagements="$work/engagements"
big="$engagements/bench-$participants.fulcrum"
if [ ! -f "$big" ]; then
  echo "ui-startup: making a $participants-participant engagement with the store benchmark" >&2
  FULCRUM_BENCH_DIR="$work/make" "$here/releng/scripts/bench.sh" store "$participants" 12 34 1 > /dev/null
  mkdir -p "$engagements"
  # Copied through the store's own save, so that it has the load cache a saved file has.
  cp "$work/make/store/bench.fulcrum" "$big"
  FULCRUM_NO_REBUILD=1 "$here/fulcrum" check "$big" > /dev/null 2>&1 || true
fi

unset DISPLAY
fulcrum_start_display
trap fulcrum_stop_display EXIT
echo "# Workbench start-up, $runs runs each, DISPLAY=$DISPLAY (Xvfb); $(uptime | sed 's/^ *//')"
measure() { # $1 = label, $2... = extra system properties; prints one line per run
  local run report started ended
  for run in $(seq 1 "$runs"); do
    report="$work/report-$run.txt"
    rm -f "$report"
    started=$(date +%s%N)
    FULCRUM_NO_REBUILD=1 FULCRUM_WORKBENCH_STATE="$work/state" \
      FULCRUM_UI_VMARGS="-Dfulcrum.startup.report=$report -Dfulcrum.startup.exit=true $*" \
      "$here/fulcrum" ui "$engagements" > "$work/run-$run.log" 2>&1
    ended=$(date +%s%N)
    echo "$label run $run: $(tr '\n' ' ' < "$report")process $(( (ended - started) / 1000000 )) ms"
  done
}
label="first-window" measure
label="open-$participants" measure "-Dfulcrum.startup.open=$big"
