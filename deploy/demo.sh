#!/usr/bin/env bash
# `make demo`: start a bus in a temporary data directory, follow its live feed, send the
# sample desk events, consume them as a group, run the complaint-alerts plugin, capture a
# complaint at a desk (spooled, then sent), show a manager's alerts, stop everything.
set -euo pipefail
RAPPORT=${1:-.build/debug/rapport}
PLUGIN="$(dirname "$RAPPORT")/complaint-alerts"
HERE=$(cd "$(dirname "$0")/.." && pwd)
DATA=$(mktemp -d /tmp/rapport-demo.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$DATA"
}
trap cleanup EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Starting the bus (data directory $DATA)"
"$RAPPORT" bus --data-dir "$DATA" --log-level notice &
pids+=($!)
for _ in $(seq 50); do [ -S "$DATA/bus.sock" ] && break; sleep 0.1; done

step "Following the live feed (rapport tail)"
"$RAPPORT" tail --data-dir "$DATA" --idle-timeout 4 | sed -u 's/^/  live │ /' &
pids+=($!)
sleep 0.5

step "A front desk sends its morning (rapport emit --file config/sample-events.jsonl)"
"$RAPPORT" emit --data-dir "$DATA" --file "$HERE/config/sample-events.jsonl" || true

step "A plugin consumes promises and feedback as group 'demo-plugin' (rapport consume)"
"$RAPPORT" consume --data-dir "$DATA" --group demo-plugin --type 'rapport.promise.*' --type 'rapport.feedback.*' \
    --start earliest --count 2 --idle-timeout 3 | cut -c1-140

step "A Swift plugin on the SDK turns high-severity complaints into alerts (complaint-alerts)"
"$PLUGIN" --data-dir "$DATA" --manifest "$HERE/plugins/examples/complaint-alerts/plugin.yaml" --log-level warning &
pids+=($!)

step "A desk captures a complaint: written to its spool first, then sent (rapport capture)"
"$RAPPORT" capture complaint-received --data-dir "$DATA" --spool "$DATA/desk/spool.sqlite" --location store-12 --desk 1 \
    --agent a-09 --customer-id c-301 --customer-name "Zoë Ångström" --text "Promised a call back on Monday; nobody called." \
    --severity high
"$RAPPORT" capture status --spool "$DATA/desk/spool.sqlite"

step "A manager's alerts, replayed from the start (rapport alerts)"
for _ in $(seq 50); do
    [ "$("$RAPPORT" read --data-dir "$DATA" --type 'rapport.alert.*' | wc -l)" -ge 2 ] && break
    sleep 0.1
done
"$RAPPORT" alerts --data-dir "$DATA" --from-start --no-follow

step "Group positions and lag (rapport groups)"
"$RAPPORT" groups --data-dir "$DATA"

sleep 3
step "Stopping the bus (SIGTERM: finishes the current commit, exits cleanly)"
kill -TERM "${pids[0]}"
wait "${pids[0]}" 2>/dev/null || true
echo "done: every event above was fsynced before it was acknowledged."
