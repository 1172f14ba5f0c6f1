# Sourced by ./mvnw: a private PostgreSQL for the server's tests (docs/server.md, "Tests").
#
# fulcrum_start_postgres starts an unprivileged PostgreSQL cluster in a new temporary folder (not under target/,
# which `mvn clean` empties after this ran; removed again when the build ends) (Debian's
# postgresql package, installed with apt-get where missing, as root or with passwordless sudo),
# on a free loopback port, and exports for the tests:
#   FULCRUM_TEST_POSTGRES_URL   jdbc:postgresql://127.0.0.1:PORT/postgres (user fulcrum, trust auth)
#   FULCRUM_TEST_POSTGRES_CTL   a command line that runs pg_ctl on that cluster (the fault tests stop and start it)
# An existing server given in FULCRUM_TEST_POSTGRES_URL is used as it is (then no CTL: the
# restart test is skipped with a message). FULCRUM_NO_POSTGRES=1 turns all of this off.
# PostgreSQL refuses to run as root: as root the cluster runs as the postgres user.
FULCRUM_PG_CTL_CMD=""
FULCRUM_PG_DIR=""

fulcrum_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

fulcrum_start_postgres() {
  [ -z "${FULCRUM_NO_POSTGRES:-}" ] || return 0
  [ -z "${FULCRUM_TEST_POSTGRES_URL:-}" ] || return 0
  local bin
  bin=$(fulcrum_pg_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    fulcrum_install_debs postgresql || return 1
    bin=$(fulcrum_pg_bin)
  fi
  local dir runas=()
  dir=$(mktemp -d "${TMPDIR:-/tmp}/fulcrum-postgres.XXXXXX") || return 1
  chmod 755 "$dir"
  FULCRUM_PG_DIR="$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
    runas=(runuser -u postgres --)
  fi
  "${runas[@]}" "$bin/initdb" -D "$dir/data" -A trust -U fulcrum -E UTF8 --no-locale > "$dir/initdb.log" 2>&1 \
    || { echo "fulcrum: initdb failed, see $dir/initdb.log" >&2; return 1; }
  local port tries=0
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
    tries=$((tries + 1)); [ "$tries" -lt 50 ] || return 1
  done
  # Settings in the cluster itself, so that the fault tests' pg_ctl restart brings it back on the same port.
  "${runas[@]}" sh -c "printf 'port = %s\nlisten_addresses = %s\nunix_socket_directories = %s\nfsync = on\nmax_connections = 200\n' \
    $port \"'127.0.0.1'\" \"'$dir'\" >> '$dir/data/postgresql.auto.conf'"
  FULCRUM_PG_CTL_CMD="${runas[*]} $bin/pg_ctl -D $dir/data -l $dir/server.log -w"
  $FULCRUM_PG_CTL_CMD start > /dev/null 2>&1 || { echo "fulcrum: PostgreSQL did not start, see $dir/server.log" >&2; return 1; }
  export FULCRUM_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/postgres"
  export FULCRUM_TEST_POSTGRES_CTL="$FULCRUM_PG_CTL_CMD"
}

fulcrum_stop_postgres() {
  if [ -n "$FULCRUM_PG_CTL_CMD" ]; then
    $FULCRUM_PG_CTL_CMD -m immediate stop > /dev/null 2>&1 || true
    FULCRUM_PG_CTL_CMD=""
  fi
  if [ -n "$FULCRUM_PG_DIR" ]; then
    rm -rf "$FULCRUM_PG_DIR"
    FULCRUM_PG_DIR=""
  fi
  return 0
}
