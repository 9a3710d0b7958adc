#!/usr/bin/env bash
# `make demo`: run the product as an operator would (`rapport up` on the shipped demo site,
# config/demo.yaml, with the example plugins) in a temporary data directory; drive a simulated
# front desk through the capture agent; show alerts arriving in `rapport alerts`, the
# supervisor restarting a plugin killed with kill -9, `rapport status` and the Prometheus
# metrics; stop everything.
set -euo pipefail
RAPPORT=${1:-.build/debug/rapport}
HERE=$(cd "$(dirname "$0")/.." && pwd)
DATA=$(mktemp -d /tmp/rapport-demo.XXXXXX)
SPOOL="$DATA/desk-3/spool.sqlite"
pids=()
up=""
cleanup() {
    # rapport up first (it stops its plugins, then the bus), then the followers.
    if [ -n "$up" ]; then kill -TERM "$up" 2>/dev/null || true; wait "$up" 2>/dev/null || true; fi
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$DATA"
}
trap cleanup EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
desk() { "$RAPPORT" capture "$@" --data-dir "$DATA" --spool "$SPOOL" --location store-12 --desk 3 --agent a-17; }
running() { "$RAPPORT" status --data-dir "$DATA" --interval 0 --json 2>/dev/null | python3 -c '
import json, sys
s = json.load(sys.stdin)["supervisor"] or {"processes": []}
print(sum(p["state"] == "running" for p in s["processes"]))'; }

# The shipped demo site, plus a metrics: section on a free loopback port.
METRICS_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
CONFIG="$DATA/demo.yaml"
{ cat "$HERE/config/demo.yaml"; printf '\nmetrics:\n  listen: 127.0.0.1:%s\n  spools: [%s]\n' "$METRICS_PORT" "$SPOOL"; } > "$CONFIG"

step "rapport up: the bus, then the example plugins (config/demo.yaml, metrics on 127.0.0.1:$METRICS_PORT; data in $DATA)"
"$RAPPORT" up --config "$CONFIG" --data-dir "$DATA" --plugins-dir "$HERE/plugins" --log-level notice \
    > >(sed -u 's/^/  up     │ /') 2>&1 &
up=$!
for _ in $(seq 100); do [ "$(running)" = 3 ] && break; sleep 0.1; done
"$RAPPORT" status --data-dir "$DATA" --interval 0 || true

step "A manager follows the alerts (rapport alerts, in the background)"
"$RAPPORT" alerts --data-dir "$DATA" --from-start | sed -u 's/^/  alerts │ /' &
pids+=($!)
sleep 0.5

step "Desk 3 at store-12 serves Zoë Ångström (rapport capture: spooled on disk, then sent)"
desk interaction-started --interaction i-1001 --customer-id c-301 --customer-name "Zoë Ångström" --agent-name "Sam Patel"
desk utterance --customer-id c-301 --interaction i-1001 --speaker agent --text "Good morning Zoë, how can I help?"
desk utterance --customer-id c-301 --interaction i-1001 --speaker customer --text "I was promised a call back on Monday and nobody called."
desk complaint-received --customer-id c-301 --customer-name "Zoë Ångström" --interaction i-1001 \
    --text "Promised a call back on Monday; nobody called." --severity high
desk feedback --source comment-card --comment "Friendly staff, but the queue took ages." --csat 3 --interaction i-1001
desk interaction-ended --customer-id c-301 --interaction i-1001 --outcome "complaint logged, manager to call"
"$RAPPORT" capture status --spool "$SPOOL"

step "An alert arrives at once; the complaint is still open 8 s later, so it escalates"
sleep 9

step "A plugin crashes (kill -9): the supervisor starts it again, and nothing is lost"
victim=$("$RAPPORT" status --data-dir "$DATA" --interval 0 --json | python3 -c '
import json, sys
print(next(p["pid"] for p in json.load(sys.stdin)["supervisor"]["processes"] if p["id"] == "complaint-alerts#1"))')
kill -9 "$victim"
desk complaint-received --customer-id c-302 --customer-name "Kwame Mensah" --text "Card machine charged me twice." --severity high
for _ in $(seq 50); do [ "$(running)" = 3 ] && break; sleep 0.2; done
sleep 2
"$RAPPORT" status --data-dir "$DATA" --interval 1 || true

step "What Prometheus scrapes (GET http://127.0.0.1:$METRICS_PORT/metrics, a few lines of it)"
python3 - "$METRICS_PORT" <<'PY' || true
import sys, urllib.request
text = urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/metrics", timeout=5).read().decode()
wanted = ("rapport_ingest_events_total", "rapport_rejections_total", "rapport_group_commits_total", "rapport_fsync_seconds_count",
          "rapport_group_lag_events", "rapport_group_lag_seconds", "rapport_plugin_restarts_total", "rapport_capture_spool_pending")
for line in text.splitlines():
    if line.startswith(wanted):
        print("  metrics │", line)
PY

step "The python-counter plugin's summary for its 10-second window"
sleep 4

step "Stopping (SIGTERM to rapport up: plugins first, then the bus)"
kill -TERM "$up"
wait "$up" || true
up=""
echo "done: every event above was on disk (fsynced) before the bus acknowledged it."
