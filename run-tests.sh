#!/usr/bin/env bash
# The project's test command (README; CI runs exactly this). It runs `mvn -B verify`: every module's
# tests, the portal's suite on an H2 file database. As root with Debian's apt (CI, a fresh machine) it
# first installs chromium, chromium-driver and PostgreSQL if missing and starts a throwaway PostgreSQL
# server; the portal's suite then runs a second time against it and its browser test must run (a
# failure to set them up fails the run). Elsewhere it says what it leaves out.
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
  for attempt in 1 2 3; do
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver postgresql >/dev/null; then
      return 0
    fi
    echo "run-tests.sh: apt failed (attempt $attempt of 3)"
    sleep 10
  done
  return 1
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
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  # Root with apt (CI, a fresh machine): the PostgreSQL run and the browser test are part of the suite.
  { have_tools || install_tools; } || { echo "run-tests.sh: could not install chromium and PostgreSQL" >&2; exit 1; }
  start_postgres || { echo "run-tests.sh: could not start PostgreSQL (port $pg_port taken?)" >&2; exit 1; }
  echo "run-tests.sh: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $pg_port; $(chromium --version)"
  maven_args+=(-Dportal.postgres.url="jdbc:postgresql://127.0.0.1:$pg_port/talentmatch" -Dportal.browser.required=true)
else
  echo "run-tests.sh: WARNING: not root with apt: the portal's suite runs on H2 only, its browser test only if chromium is installed"
fi

mvn "${maven_args[@]}"
