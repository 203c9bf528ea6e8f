#!/usr/bin/env bash
# Runs ctest in a build folder inside a private D-Bus session with an unlocked gnome-keyring
# (the real OS keychain for QtKeychain), and with a throwaway PostgreSQL cluster on loopback.
set -euo pipefail
build=${1:-build}
shift || true
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${RELEVE_IN_SESSION:-}" ]; then
    export RELEVE_IN_SESSION=1
    exec dbus-run-session -- "$here/run-tests.sh" "$build" "$@"
fi

# The keychain: gnome-keyring's secrets component, unlocked with a throwaway password.
export XDG_DATA_HOME=$(mktemp -d) XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
eval "$(echo -n releve-test | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL

# PostgreSQL 15 as the postgres user (it refuses to run as root), on a free loopback port.
pg_dir=""
if [ -x /usr/lib/postgresql/15/bin/initdb ] && [ -z "${RELEVE_NO_POSTGRES:-}" ]; then
    pg_dir=$(mktemp -d)
    chmod 755 "$pg_dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    run_pg() { if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$pg_dir"; su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
    run_pg "/usr/lib/postgresql/15/bin/initdb -D $pg_dir/data -U postgres -A trust >/dev/null"
    run_pg "/usr/lib/postgresql/15/bin/pg_ctl -D $pg_dir/data -o '-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off' -l $pg_dir/log -w start >/dev/null"
    export RELEVE_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/postgres"
    trap 'run_pg "/usr/lib/postgresql/15/bin/pg_ctl -D $pg_dir/data -m immediate stop >/dev/null" || true; rm -rf "$pg_dir"' EXIT
fi

status=0
ctest --test-dir "$build" --output-on-failure --timeout 600 "$@" || status=$?
exit $status
