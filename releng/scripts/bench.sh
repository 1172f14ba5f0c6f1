#!/usr/bin/env bash
# Fulcrum's benchmarks (docs/performance.md). Usage:
#   releng/scripts/bench.sh store [PARTICIPANTS RATERS ITEMS RUNS]   save and first open, vs EMF's XMI and binary
#   releng/scripts/bench.sh score [PARTICIPANTS RATERS ITEMS RUNS]   scoring a whole engagement after open
#   releng/scripts/bench.sh import [PARTICIPANTS RATERS ITEMS RUNS]  importing all responses from one wide CSV
#   releng/scripts/bench.sh reports [PARTICIPANTS RATERS ITEMS NAIVE] full individual PDF reports, shared engine vs an engine per report
# Runs the benchmark classes on a plain class path made of the product's jars, so what is
# measured is the code Fulcrum ships. Builds Fulcrum first if it has not been built.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$here/releng/scripts/toolchain.sh"
fulcrum_find_jdk

plugins="$here/releng/org.fulcrum.product/target/products/org.fulcrum.product/linux/gtk/x86_64/plugins"
bench_jar=$(ls "$here"/bundles/org.fulcrum.bench/target/org.fulcrum.bench-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
if [ ! -d "$plugins" ] || [ -z "$bench_jar" ]; then
  echo "bench: building Fulcrum first" >&2
  "$here/mvnw" -B -q -DskipTests verify >&2
  bench_jar=$(ls "$here"/bundles/org.fulcrum.bench/target/org.fulcrum.bench-*.jar | grep -v sources | head -n 1)
fi

newest() { ls "$plugins"/"$1"_*.jar | sort -V | tail -n 1; }
classpath="$bench_jar"
for bundle in org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi org.fulcrum.model org.fulcrum.core org.fulcrum.assessment org.fulcrum.demo org.fulcrum.assessment.character; do
  classpath="$classpath:$(newest "$bundle")"
done

work="${FULCRUM_BENCH_DIR:-$here/target/bench}"
mkdir -p "$work"
case "${1:-store}" in
  store)
    exec "$FULCRUM_JAVA_HOME/bin/java" -cp "$classpath" org.fulcrum.bench.StoreBenchmark "$work/store" \
      "${2:-1000}" "${3:-12}" "${4:-34}" "${5:-5}" ;;
  score)
    exec "$FULCRUM_JAVA_HOME/bin/java" -cp "$classpath" org.fulcrum.bench.ScoringBenchmark "$work/score" \
      "${2:-1000}" "${3:-12}" "${4:-34}" "${5:-20}" ;;
  import)
    exec "$FULCRUM_JAVA_HOME/bin/java" -cp "$classpath" org.fulcrum.bench.ImportBenchmark "$work/import" \
      "${2:-1000}" "${3:-12}" "${4:-34}" "${5:-10}" ;;
  reports)
    # Reports run inside Equinox, as in the product: the bench plugin goes in as a dropin.
    dropins="$work/reports-dropins"
    rm -rf "$dropins" "$work/reports-configuration" && mkdir -p "$dropins" "$work/reports-configuration"
    cp "$bench_jar" "$dropins/"
    # A configuration area of its own, so the product's stays free of the bench plugin.
    cp "$plugins/../configuration/config.ini" "$work/reports-configuration/"
    launcher=$(ls "$plugins"/org.eclipse.equinox.launcher_*.jar | head -n 1)
    exec "$FULCRUM_JAVA_HOME/bin/java" -Djava.awt.headless=true -Dfulcrum.dropins="$dropins" -jar "$launcher" -nosplash \
      -configuration "$work/reports-configuration" -application org.fulcrum.bench.reports "$work/reports" \
      "${2:-500}" "${3:-12}" "${4:-34}" "${5:-20}" ;;
  *)
    echo "bench: unknown benchmark '$1' (known: store, score, import, reports)" >&2; exit 2 ;;
esac
