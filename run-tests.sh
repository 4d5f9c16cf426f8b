#!/usr/bin/env bash
# The project's test command (README; CI runs exactly this). It runs `mvn -B verify`: every module's
# tests, the portal's suite on an H2 file database. Where it can (as root with Debian's apt), it first
# installs chromium, chromium-driver and PostgreSQL, starts a throwaway PostgreSQL server, and then the
# portal's suite runs a second time against it and its browser test is required to run.
set -euo pipefail
cd "$(dirname "$0")"

maven_args=(-B verify)
pg_bin=""
pg_data=""

stop_postgres() {
  if [[ -n "$pg_data" ]]; then
    su postgres -c "$pg_bin/pg_ctl -D $pg_data -m fast -w stop" >/dev/null 2>&1 || true
    rm -rf "$pg_data"
  fi
}
trap stop_postgres EXIT

have_tools() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}

install_tools() {
  echo "run-tests.sh: installing chromium, chromium-driver and postgresql from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver postgresql >/dev/null
}

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_data=$(mktemp -d /tmp/talentmatch-pg.XXXXXX)
  # Chained: inside an if, errexit does not stop a function halfway.
  chown postgres "$pg_data" \
    && su postgres -c "$pg_bin/initdb -D $pg_data -A trust -U postgres" >/dev/null \
    && su postgres -c "$pg_bin/pg_ctl -D $pg_data -o '-p $pg_port -k /tmp -c listen_addresses=127.0.0.1' -l $pg_data/server.log -w start" >/dev/null \
    && su postgres -c "psql -h /tmp -p $pg_port -U postgres -qc 'CREATE DATABASE talentmatch'"
}

pg_port=55432
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null && { have_tools || install_tools; } && start_postgres; then
  echo "run-tests.sh: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $pg_port; $(chromium --version)"
  maven_args+=(-Dportal.postgres.url="jdbc:postgresql://127.0.0.1:$pg_port/talentmatch" -Dportal.browser.required=true)
else
  # Never fail the build for the machine's packages: say plainly what does not run.
  echo "run-tests.sh: WARNING: no chromium/PostgreSQL set up (not root, no apt, or the install failed):"
  echo "run-tests.sh: the portal's suite runs on H2 only, its browser test only if chromium is installed"
fi

mvn "${maven_args[@]}"
