#!/usr/bin/env bash
# `make demo`: run the product as an operator would (`rapport up` on the shipped demo site,
# config/demo.yaml, with the example plugins and the feedback aggregator) in a temporary data
# directory; drive a simulated front desk through the capture agent; show alerts arriving in
# `rapport alerts` (an unhappy customer's survey at once, and its follow-up), comment cards
# tagged with themes, the monthly feedback report, the supervisor restarting a plugin killed
# with kill -9, and `rapport status`; stop everything.
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

step "rapport up: the bus, then the plugins (config/demo.yaml; data in $DATA)"
"$RAPPORT" up --config "$HERE/config/demo.yaml" --data-dir "$DATA" --plugins-dir "$HERE/plugins" --log-level notice \
    > >(sed -u 's/^/  up     │ /') 2>&1 &
up=$!
for _ in $(seq 100); do [ "$(running)" = 4 ] && break; sleep 0.1; done
"$RAPPORT" status --data-dir "$DATA" --interval 0 || true

step "A manager follows the alerts (rapport alerts, in the background)"
# The follower itself is the background job (its output goes through sed), so the clean-up
# stops it: a follower left behind an ended pipe waits for its next alert forever.
"$RAPPORT" alerts --data-dir "$DATA" --from-start > >(sed -u 's/^/  alerts │ /') &
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
echo "  rapport.feedback.tagged, one per comment (themes from the shipped lexicon):"
"$RAPPORT" read --data-dir "$DATA" --type rapport.feedback.tagged --json | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)["event"]["data"]
    print("   ", d["feedback"]["id"][:13], json.dumps(d["themes"], sort_keys=True), "lexicon", d["lexicon"])'

step "The location calls Kwame back: rapport.customer.contacted resolves the detractor alert"
feedback_id=$(echo "$survey" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
desk customer-contacted --customer-id c-302 --feedback-source /locations/store-12/desks/3 --feedback-id "$feedback_id" \
    --channel phone --note "apologised; booked him in first thing tomorrow"
sleep 1

step "The month's feedback report (rapport report feedback, read-only on the plugin's state)"
"$RAPPORT" report feedback --data-dir "$DATA" --config "$HERE/config/demo.yaml" --month "$(TZ=Europe/London date +%Y-%m)" | sed 's/^/  /'

step "A plugin crashes (kill -9): the supervisor starts it again, and nothing is lost"
victim=$("$RAPPORT" status --data-dir "$DATA" --interval 0 --json | python3 -c '
import json, sys
print(next(p["pid"] for p in json.load(sys.stdin)["supervisor"]["processes"] if p["id"] == "complaint-alerts#1"))')
kill -9 "$victim"
desk complaint-received --customer-id c-302 --customer-name "Kwame Mensah" --text "Card machine charged me twice." --severity high
for _ in $(seq 50); do [ "$(running)" = 4 ] && break; sleep 0.2; done
sleep 2
"$RAPPORT" status --data-dir "$DATA" --interval 1 || true

step "The python-counter plugin's summary for its 10-second window"
sleep 4

step "Stopping (SIGTERM to rapport up: plugins first, then the bus)"
kill -TERM "$up"
wait "$up" || true
up=""
echo "done: every event above was on disk (fsynced) before the bus acknowledged it."
