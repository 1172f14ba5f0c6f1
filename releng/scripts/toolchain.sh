# Sourced by ./mvnw and ./fulcrum: finds a JDK 21+ and a Maven 3.9+.
# Sets FULCRUM_JAVA_HOME and FULCRUM_MVN, or prints why not and returns 1.

FULCRUM_MAVEN_VERSION="${FULCRUM_MAVEN_VERSION:-3.9.11}"
# The JVM options of the command line, used by ./fulcrum and by the scoring benchmark's JVMs,
# which measure what ./fulcrum runs. C1 only: every command is a process of a few seconds,
# over before C2's compilations repay the CPU they take from the two cores; measured in
# docs/performance.md (the first scoring after open and whole commands take far less CPU).
FULCRUM_CLI_JVM_OPTIONS="${FULCRUM_CLI_JVM_OPTIONS:--XX:TieredStopAtLevel=1}"
FULCRUM_CACHE="${FULCRUM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fulcrum}"

fulcrum_java_major() { # $1 = a java executable; prints its feature version
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

fulcrum_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(fulcrum_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      FULCRUM_JAVA_HOME="$candidate"
      FULCRUM_JAVA_MAJOR="$major"
      return 0
    fi
  done
  echo "fulcrum: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*); install one or set JAVA_HOME" >&2
  return 1
}

fulcrum_maven_is_39() { # $1 = an mvn executable
  local v
  v=$(JAVA_HOME="$FULCRUM_JAVA_HOME" "$1" -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -n 1)
  case "$v" in 3.9.*|3.1[0-9].*|4.*) return 0 ;; *) return 1 ;; esac
}

fulcrum_find_maven() {
  local system_mvn cached="$FULCRUM_CACHE/maven/apache-maven-$FULCRUM_MAVEN_VERSION/bin/mvn"
  system_mvn=$(command -v mvn || true)
  if [ -n "$system_mvn" ] && fulcrum_maven_is_39 "$system_mvn"; then
    FULCRUM_MVN="$system_mvn"; return 0
  fi
  if [ ! -x "$cached" ]; then
    if [ -z "$system_mvn" ]; then
      echo "fulcrum: no Maven found; install any Maven 3 (e.g. 'apt-get install maven') so Maven $FULCRUM_MAVEN_VERSION can be fetched" >&2
      return 1
    fi
    echo "fulcrum: bootstrapping Maven $FULCRUM_MAVEN_VERSION into $FULCRUM_CACHE/maven (once)" >&2
    mkdir -p "$FULCRUM_CACHE/maven"
    # The system Maven fetches Maven itself by coordinates from the configured repositories.
    (cd "$FULCRUM_CACHE/maven" && JAVA_HOME="$FULCRUM_JAVA_HOME" "$system_mvn" -q -B \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact="org.apache.maven:apache-maven:$FULCRUM_MAVEN_VERSION:tar.gz:bin" \
      -DoutputDirectory="$FULCRUM_CACHE/maven" >&2) || {
        echo "fulcrum: could not bootstrap Maven $FULCRUM_MAVEN_VERSION with $system_mvn" >&2; return 1; }
  fi
  FULCRUM_MVN="$cached"
}

# The workbench's tests need an X display. Without DISPLAY, fulcrum_start_display installs
# Debian's Xvfb and GTK 3 where missing (and ImageMagick for screenshots; as root or with
# passwordless sudo), starts Xvfb on a display number it picks itself and exports DISPLAY;
# fulcrum_stop_display stops that server again. FULCRUM_NO_XVFB=1 turns this off.
FULCRUM_XVFB_PID=""

fulcrum_missing_debs() { # prints the Debian packages the UI needs that are not installed
  command -v Xvfb > /dev/null 2>&1 || printf 'xvfb '
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0 ' || printf 'libgtk-3-0 '
  command -v import > /dev/null 2>&1 || printf 'imagemagick '
}

fulcrum_install_debs() { # $@ = packages; apt-get waits for other installs holding dpkg's lock
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  command -v apt-get > /dev/null 2>&1 || { echo "fulcrum: no apt-get; install $* yourself" >&2; return 1; }
  echo "fulcrum: installing $* (for the workbench and its tests)" >&2
  local apt="$sudo env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300"
  $apt install --no-install-recommends "$@" > /dev/null 2>&1 \
    || { $apt update > /dev/null 2>&1 && $apt install --no-install-recommends "$@" > /dev/null 2>&1; } \
    || { echo "fulcrum: could not install $*" >&2; return 1; }
}

fulcrum_start_display() {
  [ -z "${DISPLAY:-}" ] && [ -z "${FULCRUM_NO_XVFB:-}" ] || return 0
  local missing
  missing=$(fulcrum_missing_debs)
  [ -z "$missing" ] || fulcrum_install_debs $missing || return 1
  local numberfile
  numberfile=$(mktemp)
  # -displayfd: Xvfb takes the first free display itself and writes its number once it listens.
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3> "$numberfile" > /dev/null 2>&1 &
  FULCRUM_XVFB_PID=$!
  local waited=0
  while [ ! -s "$numberfile" ] && [ "$waited" -lt 100 ] && kill -0 "$FULCRUM_XVFB_PID" 2>/dev/null; do
    sleep 0.1; waited=$((waited + 1))
  done
  if [ ! -s "$numberfile" ]; then
    rm -f "$numberfile"; fulcrum_stop_display
    echo "fulcrum: Xvfb did not start" >&2; return 1
  fi
  export DISPLAY=":$(tr -dc '0-9' < "$numberfile")"
  rm -f "$numberfile"
}

fulcrum_stop_display() {
  if [ -n "$FULCRUM_XVFB_PID" ]; then
    kill "$FULCRUM_XVFB_PID" 2>/dev/null && wait "$FULCRUM_XVFB_PID" 2>/dev/null
    FULCRUM_XVFB_PID=""
  fi
  return 0
}
