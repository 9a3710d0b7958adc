#!/usr/bin/env bash
# `make demo`: run the product as an operator would (`rapport up` on the shipped demo site,
# config/demo.yaml, with the example plugins, the promise tracker, the name-usage checker and
# the feedback aggregator) in a temporary data directory; drive simulated front desks through
# the capture agent; show alerts arriving in `rapport alerts` (a promise due soon, then overdue;
# a promise said but not logged; an unhappy customer's survey at once, and its follow-up), the
# name-usage checker deciding each interaction and its rate re-judged as the window moves on,
# comment cards tagged with themes, the supervisor
# restarting a plugin killed with kill -9, `rapport status`, the Prometheus metrics, and the
# monthly reports; stop everything.
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
desk24() { "$RAPPORT" capture "$@" --data-dir "$DATA" --spool "$SPOOL" --location store-24 --desk 1 --agent a-21; }
PLUGINS_UP=6  # the bus and five plugins
running() { "$RAPPORT" status --data-dir "$DATA" --interval 0 --json 2>/dev/null | python3 -c '
import json, sys
s = json.load(sys.stdin)["supervisor"] or {"processes": []}
print(sum(p["state"] == "running" for p in s["processes"]))'; }

# The shipped demo site, plus a metrics: section on a free loopback port.
METRICS_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
CONFIG="$DATA/demo.yaml"
{ cat "$HERE/config/demo.yaml"; printf '\nmetrics:\n  listen: 127.0.0.1:%s\n  spools: [%s]\n' "$METRICS_PORT" "$SPOOL"; } > "$CONFIG"

step "rapport up: the bus, then the plugins (config/demo.yaml, metrics on 127.0.0.1:$METRICS_PORT; data in $DATA)"
"$RAPPORT" up --config "$CONFIG" --data-dir "$DATA" --plugins-dir "$HERE/plugins" --log-level notice \
    > >(sed -u 's/^/  up     │ /') 2>&1 &
up=$!
for _ in $(seq 100); do [ "$(running)" = "$PLUGINS_UP" ] && break; sleep 0.1; done
"$RAPPORT" status --data-dir "$DATA" --interval 0 || true

step "A manager follows the alerts (rapport alerts, in the background)"
# Its own pid in pids (not sed's), so the clean-up stops the follower itself.
"$RAPPORT" alerts --data-dir "$DATA" --from-start > >(sed -u 's/^/  alerts │ /') &
pids+=($!)
sleep 0.5

step "Desk 1 at store-24 (open around the clock) promises Adaeze Okafor a call back, due in 16 s"
due=$(date -u -d '+16 seconds' +%Y-%m-%dT%H:%M:%SZ)
desk24 interaction-started --interaction i-2001 --customer-id c-401 --customer-name "Adaeze Okafor" --agent-name "Priya Shah"
desk24 promise-made --promise p-2001 --interaction i-2001 --customer-id c-401 --customer-name "Adaeze Okafor" \
    --what "call back with the repair quote" --due "$due"
desk24 promise-made --promise p-2002 --interaction i-2001 --customer-id c-401 --customer-name "Adaeze Okafor" \
    --what "email the warranty terms" --due "$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)"
desk24 promise-kept --customer-id c-401 --promise p-2002
desk24 interaction-ended --customer-id c-401 --interaction i-2001
echo "  (the tracker raises promise.due-soon 8 s of opening time before $due, promise.overdue at it)"

step "Desk 3 at store-12 serves Zoë Ångström (rapport capture: spooled on disk, then sent)"
desk interaction-started --interaction i-1001 --customer-id c-301 --customer-name "Zoë Ångström" --agent-name "Sam Patel"
desk utterance --customer-id c-301 --interaction i-1001 --speaker agent --text "Good morning Zoë, how can I help?"
desk utterance --customer-id c-301 --interaction i-1001 --speaker customer --text "I was promised a call back on Monday and nobody called."
# The agent promises something and never logs it: the tracker hears it and, 3 s after the
# interaction ends, raises promise.unlogged.
desk utterance --customer-id c-301 --interaction i-1001 --speaker agent --text "I'm so sorry. I'll ring you back by Friday with the manager's answer."
desk complaint-received --customer-id c-301 --customer-name "Zoë Ångström" --interaction i-1001 \
    --text "Promised a call back on Monday; nobody called." --severity high
desk feedback --source comment-card --comment "Friendly staff, but the queue took ages." --csat 3 --interaction i-1001
desk interaction-ended --customer-id c-301 --interaction i-1001 --outcome "complaint logged, manager to call"
"$RAPPORT" capture status --spool "$SPOOL"

step "Desk 3 serves four more customers; did the agent call each by name? (name-usage decides 2 s after each end)"
served() {  # interaction, customer id, customer name, then agent lines ("-" alone: none, only the tick)
    local id=$1 cid=$2 name=$3; shift 3
    desk interaction-started --interaction "$id" --customer-id "$cid" --customer-name "$name" --agent-name "Sam Patel" >/dev/null
    for line in "$@"; do
        if [ "$line" = "-" ]; then desk name-used --customer-id "$cid" --interaction "$id" >/dev/null
        else desk utterance --customer-id "$cid" --interaction "$id" --speaker agent --text "$line" >/dev/null; fi
    done
    desk interaction-ended --customer-id "$cid" --interaction "$id" >/dev/null
    echo "  $id  $name: ${*}"
}
served i-1002 c-303 "Will Turner" "I will check the stock for you." "Will, your order is ready to collect."
served i-1003 c-304 "Grace Obi" "There's a grace period of fourteen days." "Anything else today?"
served i-1004 c-305 "Mark Jones" "-"
served i-1005 c-306 "Hope Adeyemi" "I hope that helps, see you soon."

step "An alert arrives at once; the complaint is still open 8 s later, so it escalates"
sleep 9

step "name-usage's verdicts (rapport.name.checked): the transcript decides, or the tick alone when there is none"
"$RAPPORT" read --data-dir "$DATA" --type rapport.name.checked --json | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)["event"]["data"]
    how = "transcript" if d.get("transcript") else "tick alone"
    print("  %s: used=%-5s forms=%s agent_turns=%d (%s)" % (d["interaction"], str(d["used"]).lower(), json.dumps(d["forms"], ensure_ascii=False), d["agent_turns"], how))'

step "Comment cards and surveys: an unhappy customer's survey raises feedback.detractor at once"
desk feedback --source comment-card --comment "Spotless shop, and the staff knew their stuff." --channel front-desk
desk feedback --source survey --csat 4 --nps 9 --ces 6 --channel phone
survey=$(desk feedback --source survey --csat 1 --nps 2 --ces 2 --channel front-desk --customer-id c-302 \
    --comment "Waited 40 minutes and nobody said sorry." --respondent-id c-302 --respondent-name "Kwame Mensah" \
    --respondent-contact "+44 7700 900123" --json)
echo "$survey" | sed 's/^/  /'
desk feedback --source employee --csat 2 --comment "The rota changes too late for us to plan."
desk feedback --source employee --csat 4 --comment "Great team, and the new tills are quick."
sleep 1
echo "  rapport.feedback.tagged, one per comment (themes from the shipped lexicon and learned reader):"
"$RAPPORT" read --data-dir "$DATA" --type rapport.feedback.tagged --json | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)["event"]["data"]
    print("   ", d["feedback"]["id"][:13], json.dumps(d["themes"], sort_keys=True), "lexicon", d["lexicon"], "model", d.get("model", "none"))'

step "The location calls Kwame back: rapport.customer.contacted resolves the detractor alert"
feedback_id=$(echo "$survey" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
desk customer-contacted --customer-id c-302 --feedback-source /locations/store-12/desks/3 --feedback-id "$feedback_id" \
    --channel phone --note "apologised; booked him in first thing tomorrow"
sleep 1

step "The month's feedback report (rapport report feedback, read-only on the plugin's state)"
"$RAPPORT" report feedback --data-dir "$DATA" --config "$CONFIG" --month "$(TZ=Europe/London date +%Y-%m)" | sed 's/^/  /'

step "A plugin crashes (kill -9): the supervisor starts it again, and nothing is lost"
victim=$("$RAPPORT" status --data-dir "$DATA" --interval 0 --json | python3 -c '
import json, sys
print(next(p["pid"] for p in json.load(sys.stdin)["supervisor"]["processes"] if p["id"] == "complaint-alerts#1"))')
kill -9 "$victim"
desk complaint-received --customer-id c-302 --customer-name "Kwame Mensah" --text "Card machine charged me twice." --severity high
for _ in $(seq 50); do [ "$(running)" = "$PLUGINS_UP" ] && break; sleep 0.2; done
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

step "The promise to Adaeze Okafor was due soon, then overdue (alerts above); it is kept late now"
while [ "$(date -u +%s)" -le "$(date -u -d "$due" +%s)" ]; do sleep 0.5; done
sleep 1
desk24 promise-kept --customer-id c-401 --promise p-2001
sleep 1.5

step "Credibility this month: rapport report promises"
"$RAPPORT" report promises --month "$(TZ=Europe/London date +%Y-%m)" --data-dir "$DATA"

step "No new interaction at store-12 since: its name-usage window (30 s in the demo) moved on and the rate was re-judged by itself (the RESOLVED name.below-target in rapport alerts)"
# A durable timer fires as each interaction leaves the window; once too few are left to judge,
# the open name.below-target alert is resolved (sample below minimum), shown by rapport alerts.
for _ in $(seq 60); do
    "$RAPPORT" read --data-dir "$DATA" --type rapport.alert.resolved --json 2>/dev/null | grep -q "sample below minimum" && break
    sleep 0.5
done
sleep 0.5

step "The month's name usage at store-12 (rapport report names)"
"$RAPPORT" report names --data-dir "$DATA" --month "$(TZ=Europe/London date +%Y-%m)"

step "Stopping (SIGTERM to rapport up: plugins first, then the bus)"
kill -TERM "$up"
wait "$up" || true
up=""
echo "done: every event above was on disk (fsynced) before the bus acknowledged it."
