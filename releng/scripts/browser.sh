# Sourced by ./mvnw: what the server's browser test needs (docs/server.md, "Tests").
#
# fulcrum_prepare_browser installs Debian's chromium and chromium-driver with apt-get where
# missing (as root or with passwordless sudo) and axe-core (the accessibility checker, a
# single script file) with npm into the user's cache (~/.cache/fulcrum/browser; outside target/, which
# `mvn clean` empties after this ran), once, and exports for the tests:
#   FULCRUM_TEST_CHROMEDRIVER  the chromedriver executable
#   FULCRUM_TEST_CHROMIUM      the chromium executable
#   FULCRUM_TEST_AXE           axe.min.js
# FULCRUM_NO_BROWSER=1 turns this off (the browser test then fails and says so, unless it is also skipped).
FULCRUM_AXE_VERSION=4.11.0

fulcrum_prepare_browser() {
  [ -z "${FULCRUM_NO_BROWSER:-}" ] || return 0
  local missing=""
  command -v chromium > /dev/null 2>&1 || missing="chromium "
  command -v chromedriver > /dev/null 2>&1 || missing="${missing}chromium-driver"
  [ -z "$missing" ] || fulcrum_install_debs $missing || return 1
  local dir="$FULCRUM_CACHE/browser/axe-core-$FULCRUM_AXE_VERSION"
  if [ ! -f "$dir/package/axe.min.js" ]; then
    command -v npm > /dev/null 2>&1 || fulcrum_install_debs npm || return 1
    mkdir -p "$dir"
    (cd "$dir" && npm pack "axe-core@$FULCRUM_AXE_VERSION" --silent > /dev/null 2>&1 && tar xzf "axe-core-$FULCRUM_AXE_VERSION.tgz") \
      || { echo "fulcrum: could not fetch axe-core $FULCRUM_AXE_VERSION with npm" >&2; return 1; }
  fi
  export FULCRUM_TEST_CHROMEDRIVER="$(command -v chromedriver)"
  export FULCRUM_TEST_CHROMIUM="$(command -v chromium)"
  export FULCRUM_TEST_AXE="$dir/package/axe.min.js"
}
