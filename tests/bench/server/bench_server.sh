#!/usr/bin/env bash
# Benchmark of releve-server against what the machine can do without it (STYLE.md, "Tests": not
# part of the test run; prints its figures and ratios). Usage:
#   tests/bench/server/bench_server.sh [build folder, default build] [seconds per run, default 10]
# It starts, on loopback only, a throwaway PostgreSQL 15 cluster (as the postgres user when run by
# root), the Creuse demo territory, one releve-server and one nginx, then measures with wrk:
#   1. GET /v1/changes (authenticated, a coordinator polling with an up-to-date cursor, and a first
#      page of 100 records) against nginx serving the very same bytes as static files;
#   2. POST /v1/mutations (one new availability slot per request) against pgbench running, on the
#      same database, a transaction doing the equivalent SQL (the seq counter's update, the record's
#      insert, the stored answer's insert).
# Needs wrk, nginx, pgbench (scripts/install-deps.sh installs them).
set -euo pipefail
build=${1:-build}
seconds=${2:-10}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
case "$build" in /*) ;; *) build="$root/$build" ;; esac
server="$build/server/releve-server"
for tool in wrk nginx pgbench python3; do
    command -v "$tool" >/dev/null || { echo "bench_server.sh: $tool is missing" >&2; exit 1; }
done
[ -x "$server" ] || { echo "bench_server.sh: build releve-server first ($server)" >&2; exit 1; }
pg_bin=/usr/lib/postgresql/15/bin
threads=2
connections=16

work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -d "$work/pg" ] && run_pg "$pg_bin/pg_ctl -D $work/pg/data -m fast stop >/dev/null" || true
    rm -rf "$work"
}
run_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# PostgreSQL with its default durability (fsync on): what a real deployment pays.
mkdir -p "$work/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
pg_port=$(free_port)
run_pg "$pg_bin/initdb -D $work/pg/data -U postgres -A trust >/dev/null"
run_pg "$pg_bin/pg_ctl -D $work/pg/data -o '-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200' -l $work/pg/log -w start >/dev/null"
run_pg "$pg_bin/createdb -h 127.0.0.1 -p $pg_port -U postgres releve_bench"
db="postgresql://postgres@127.0.0.1:$pg_port/releve_bench"
"$server" seed-demo --db "$db" --accounts-json "$work/accounts.json" 2>/dev/null

"$server" serve --db "$db" --listen 127.0.0.1:0 >"$work/server.out" 2>"$work/server.err" &
pids+=($!)
for _ in $(seq 100); do grep -q "Listening on" "$work/server.out" && break; sleep 0.1; done
base=$(sed -n 's/^Listening on \(http:[^ ]*\)$/\1/p' "$work/server.out")
[ -n "$base" ] || { cat "$work/server.err"; exit 1; }

# Sign in, and fetch the bytes nginx will serve.
python3 - "$base" "$work" <<'PY'
import json, sys, urllib.request
base, work = sys.argv[1], sys.argv[2]
accounts = json.load(open(work + "/accounts.json"))
account = next(a for a in accounts if a["login"] == "coord.gueret")
def call(method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(request) as reply:
        return reply.read()
token = json.loads(call("POST", "/v1/auth/login", {"login": account["login"], "password": account["password"]}))["access_token"]
cursor, page = "", None
while True:
    page = json.loads(call("GET", "/v1/changes?limit=1000&since=" + cursor, token=token))
    cursor = page["cursor"]
    if not page["has_more"]:
        break
poll = call("GET", "/v1/changes?since=" + cursor, token=token)
first = call("GET", "/v1/changes?limit=100", token=token)
staff = None
for change in json.loads(call("GET", "/v1/changes?limit=1000", token=token))["changes"]:
    if change["entity"] == "staff" and change["data"].get("structure_id") == account["structure_id"]:
        staff = change["id"]
        break
import os
os.makedirs(work + "/www", exist_ok=True)
open(work + "/www/poll.json", "wb").write(poll)
open(work + "/www/page.json", "wb").write(first)
open(work + "/token", "w").write(token)
open(work + "/cursor", "w").write(cursor)
open(work + "/staff", "w").write(staff)
PY
chmod -R a+rX "$work/www"
token=$(cat "$work/token")
cursor=$(cat "$work/cursor")
staff=$(cat "$work/staff")

nginx_port=$(free_port)
mkdir -p "$work/nginx/logs"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes $threads;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 1000000;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    default_type application/json;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
    }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
sleep 0.5

# One wrk run: prints "<requests/s> <p50 ms> <p99 ms>".
measure() {
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$@" 2>&1 | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not m: return float("nan")
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if errors: sys.stderr.write("wrk: %s non-2xx answers\n" % errors.group(1))
print(rps.group(1) if rps else "nan", ms("50%"), ms("99%"))'
}
ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print('%.3f' % (a / b) if b else 'nan')" "$1" "$2"; }
line() { printf '%-44s %10.0f req/s   p50 %7.2f ms   p99 %7.2f ms\n' "$1" "$2" "$3" "$4"; }

echo "releve-server benchmark: $threads wrk threads, $connections connections, ${seconds} s per run,"
echo "PostgreSQL 15 (fsync on) on loopback; $(nproc) cores; $(stat -c %s "$work/www/poll.json") B poll, $(stat -c %s "$work/www/page.json") B page"
auth=(-H "Authorization: Bearer $token")
read -r poll_rps poll_p50 poll_p99 < <(measure "${auth[@]}" "$base/v1/changes?since=$cursor")
read -r npoll_rps npoll_p50 npoll_p99 < <(measure "http://127.0.0.1:$nginx_port/poll.json")
read -r page_rps page_p50 page_p99 < <(measure "${auth[@]}" "$base/v1/changes?limit=100")
read -r npage_rps npage_p50 npage_p99 < <(measure "http://127.0.0.1:$nginx_port/page.json")
line "GET /v1/changes (up to date)" "$poll_rps" "$poll_p50" "$poll_p99"
line "nginx, the same bytes" "$npoll_rps" "$npoll_p50" "$npoll_p99"
echo "  ratio feed/nginx (poll): $(ratio "$poll_rps" "$npoll_rps")"
line "GET /v1/changes?limit=100 (first page)" "$page_rps" "$page_p50" "$page_p99"
line "nginx, the same bytes" "$npage_rps" "$npage_p50" "$npage_p99"
echo "  ratio feed/nginx (page of 100): $(ratio "$page_rps" "$npage_rps")"

# Mutations: each request creates one slot, with a fresh mutation id (exactly-once by id alone).
cat >"$work/mutation.lua" <<LUA
local counter = 0
local prefix
function setup(thread) thread:set("tid", math.random(0, 0xfffff)) end
function init(args) math.randomseed(os.time() + tid); prefix = string.format("%05x", tid) end
local function uuid()
    counter = counter + 1
    return string.format("%s%03x-%04x-4%03x-8%03x-%012x", prefix, math.random(0, 0xfff),
        math.random(0, 0xffff), math.random(0, 0xfff), math.random(0, 0xfff), counter)
end
request = function()
    local body = '{"mutations":[{"mutation_id":"' .. uuid() .. '","entity":"availability","id":"'
        .. uuid() .. '","op":"upsert","base_version":0,"data":{"staff_id":"$staff",'
        .. '"start":"2027-03-01T08:00:00Z","end":"2027-03-01T09:00:00Z","kind":"available"}}]}'
    return wrk.format("POST", "/v1/mutations", {["Content-Type"] = "application/json",
        ["Authorization"] = "Bearer $token"}, body)
end
LUA
read -r mut_rps mut_p50 mut_p99 < <(measure -s "$work/mutation.lua" "$base/v1/mutations")

# pgbench: the same writes, straight in SQL, on the same database.
cat >"$work/mutation.sql" <<'SQL'
\set r random(1, 9000000000000000000)
BEGIN;
INSERT INTO counters (name, value) VALUES ('seq', 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value AS seq \gset
INSERT INTO records (entity, id, structure_id, party_id, parent_id, version, deleted, shared, exposed, data, seq, updated_at) VALUES ('availability', 'pgbench-' || :client_id || '-' || :r, 'bench', '', 'bench-staff', 1, 0, 1, 1, '{"id":"x","structure_id":"bench","staff_id":"bench-staff","start":"2027-03-01T08:00:00Z","end":"2027-03-01T09:00:00Z","kind":"available","note":""}', :seq, 0);
INSERT INTO mutation_answers (mutation_id, client_id, seq, account_id, structure_id, answer, at) VALUES ('pgbench-' || :client_id || '-' || :r, '', 0, 'bench', 'bench', '{"status":"applied","version":1}', 0);
COMMIT;
SQL
chmod a+r "$work/mutation.sql"
mkdir -p "$work/pgbench" && chmod 777 "$work/pgbench"
run_pg "cd $work/pgbench && PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=postgres pgbench -n -c $connections -j $threads -T $seconds -f $work/mutation.sql -l releve_bench" >"$work/pgbench.out" 2>&1
read -r pg_tps pg_p50 pg_p99 < <(python3 - "$work/pgbench" "$work/pgbench.out" <<'PY'
import glob, re, sys
latencies = sorted(int(line.split()[2]) for name in glob.glob(sys.argv[1] + "/pgbench_log.*")
                   for line in open(name))
tps = re.search(r"tps = ([\d.]+)", open(sys.argv[2]).read())
pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] / 1000.0
print(tps.group(1) if tps else "nan", pick(0.5), pick(0.99))
PY
)
line "POST /v1/mutations (one slot)" "$mut_rps" "$mut_p50" "$mut_p99"
line "pgbench, the same writes in SQL" "$pg_tps" "$pg_p50" "$pg_p99"
echo "  ratio mutations/pgbench: $(ratio "$mut_rps" "$pg_tps")"
