"""RAP1 conformance, written from docs/PROTOCOL.md and EVENTS.md alone.

Each test starts its own bus (fixture `bus` in conftest.py) and talks to it over ipc with
pyzmq, exactly as a third-party plugin would.
"""
import json
import time
import uuid
from datetime import datetime, timezone

import pytest
import zmq

ERROR_CODES = {"unsupported-version", "unknown-command", "malformed", "bad-join",
               "not-joined", "unknown-offset", "storage"}


# --- catalogue events (EVENTS.md) ----------------------------------------------------------

def _now():
    return datetime.now(timezone.utc).isoformat()


def envelope(type_, data, source="/locations/store-12/desks/3", **ext):
    ev = {"specversion": "1.0", "id": str(uuid.uuid4()), "source": source, "type": type_,
          "time": _now(), "location": "store-12", "data": data}
    ev.update(ext)
    return ev


def feedback(i=0, nps=9):
    return envelope("rapport.feedback.received",
                    {"source": "comment-card", "scores": {"nps": nps}, "comment": f"card {i}"})


def promise_made(i=0, customer="c-884"):
    return envelope("rapport.promise.made",
                    {"promise": f"p-{i}", "customer": {"id": customer, "name": "Ada Okafor"},
                     "what": f"call back about order {i}", "due_text": "by Friday"},
                    agent="a-7")


def promise_kept(i=0):
    return envelope("rapport.promise.kept", {"promise": f"p-{i}"}, agent="a-7")


def contacted(i=0, customer="c-884"):
    return envelope("rapport.customer.contacted",
                    {"customer": {"id": customer}, "promise": f"p-{i}", "channel": "phone"},
                    agent="a-7")


def interaction_started(i=0):
    return envelope("rapport.interaction.started",
                    {"interaction": f"i-{i}", "channel": "front-desk",
                     "customer": {"id": f"c-{i}", "name": "Björn Ødegård"},
                     "agent": {"id": "a-7", "name": "Sam"}},
                    subject=f"i-{i}", agent="a-7")


def alert_raised(i=0):
    return envelope("rapport.alert.raised",
                    {"alert": f"al-{i}", "severity": "warning", "kind": "promise.due-soon",
                     "summary": f"Promise p-{i} is due in one hour", "dedup": f"due-soon:p-{i}",
                     "refs": {"promise": f"p-{i}"}},
                    source="/plugins/promise-tracker", agent="a-7")


MAKERS = [feedback, promise_made, promise_kept, contacted, interaction_started, alert_raised]


def enc(ev):
    return json.dumps(ev, ensure_ascii=False).encode()


def mixed(n, start=0):
    return [enc(MAKERS[i % len(MAKERS)](i)) for i in range(start, start + n)]


def publish_all(client, events, tag=b"setup"):
    results = client.publish(tag, events)
    assert all(r["status"] == "accepted" for r in results), results
    return [r["offset"] for r in results]


def assert_error(frames, code, context=None):
    """ERROR: RAP1, ERROR, context, code, message (PROTOCOL.md §7)."""
    assert frames[:2] == [b"RAP1", b"ERROR"], frames
    assert len(frames) == 5, f"ERROR must have exactly 5 frames, got {len(frames)}: {frames!r}"
    assert frames[3].decode() == code, f"expected code {code}, got {frames!r}"
    msg = frames[4].decode()
    assert msg.strip() and "\n" not in msg.strip(), f"message must be one non-empty line: {msg!r}"
    if context is not None:
        assert frames[2] == context, f"context {frames[2]!r}, expected {context!r}"


# --- 1. producer ---------------------------------------------------------------------------

def test_producer_window_duplicates_and_rejections(bus):
    p = bus.client("producer")
    n_batches, per_batch, window = 12, 50, 4
    pending = [(str(b).encode(), mixed(per_batch, b * per_batch)) for b in range(n_batches)]
    in_flight, answered = {}, {}
    while pending or in_flight:
        while pending and len(in_flight) < window:
            tag, evs = pending.pop(0)
            in_flight[tag] = evs
            p.send(b"RAP1", b"PUBLISH", tag, *evs)
        frames = p.recv(expect=b"RESULT")
        tag = frames[2]
        assert tag in in_flight, f"RESULT for unknown or already answered tag {tag!r}"
        results = [json.loads(f) for f in frames[3:]]
        assert len(results) == len(in_flight[tag]), "one result per event, in order"
        answered[tag] = (in_flight.pop(tag), results)

    all_offsets = []
    for tag, (evs, results) in answered.items():
        assert all(r == {"status": "accepted", "offset": r["offset"]} for r in results), results
        offs = [r["offset"] for r in results]
        assert offs == list(range(offs[0], offs[0] + len(offs))), f"batch {tag!r} not consecutive"
        all_offsets += offs
    total = n_batches * per_batch
    assert sorted(all_offsets) == list(range(total)), "offsets from 0 without gaps"

    info = p.info()
    assert info["log"]["start"] == 0
    assert info["log"]["next"] == total
    assert info["log"]["durable"] == total
    # Every batch was answered after a commit, and a commit never precedes its events (§6).
    assert 1 <= info["log"]["commits"] <= n_batches, info["log"]
    # Everything answered is durable, so nothing is held; the default limit is 8 MiB (§3, §6).
    assert info["intake"]["held_bytes"] == 0 and info["intake"]["paused"] is False
    assert info["intake"]["limit_bytes"] == 8 * 1024 * 1024

    # Resend of a whole batch: every event a duplicate with its original offset.
    evs0, res0 = answered[b"0"]
    dup = p.publish(b"resend-0", evs0)
    assert dup == [{"status": "duplicate", "offset": r["offset"]} for r in res0]

    # One batch mixing accepted, duplicate and each kind of rejection.
    fresh = enc(promise_made(9999))
    bad_nps = enc(feedback(1, nps=11))
    no_spec = feedback(2); del no_spec["specversion"]
    unknown = envelope("rapport.nope.happened", {"x": 1})
    not_json = b'{"specversion": "1.0", "id": '
    huge = feedback(3); huge["data"]["comment"] = "x" * 300_000
    missing_field = promise_made(4); del missing_field["data"]["what"]
    batch = [fresh, evs0[5], bad_nps, enc(no_spec), enc(unknown), not_json, enc(huge),
             enc(missing_field)]
    res = p.publish(b"mixed", batch)
    assert res[0] == {"status": "accepted", "offset": total}
    assert res[1] == {"status": "duplicate", "offset": res0[5]["offset"]}
    expected = [("invalid-data", "nps"), ("invalid-envelope", "specversion"),
                ("unknown-type", "rapport.nope.happened"), ("invalid-json", None),
                ("too-large", None), ("invalid-data", "what")]
    for r, (code, field) in zip(res[2:], expected):
        assert r["status"] == "rejected", r
        assert r["code"] == code, r
        assert isinstance(r["error"], str) and r["error"], r
        if field:
            assert field in r["error"], f"error should name {field!r}: {r}"
    info = p.info()
    assert info["log"]["next"] == total + 1 and info["log"]["durable"] == total + 1, \
        "rejected events must store nothing"
    # What every RESULT said, counted since the bus started (§6 counters).
    counters = info["counters"]
    assert counters["accepted"] == total + 1 and counters["duplicates"] == per_batch + 1, counters
    assert {r["code"]: r["count"] for r in counters["rejected"]} == {
        "invalid-data": 2, "invalid-envelope": 1, "unknown-type": 1, "invalid-json": 1, "too-large": 1}, counters
    sync = counters["commit_sync"]
    assert len(sync["counts"]) == len(sync["bounds_us"]) + 1, sync
    assert sum(sync["counts"]) == info["log"]["commits"], "one sync time per group commit"


# --- 2. errors -----------------------------------------------------------------------------

@pytest.mark.parametrize("frames,code,context", [
    ([b"RAP2", b"INFO"], "unsupported-version", None),
    ([b"RAP1", b"FROBNICATE"], "unknown-command", None),
    ([b"RAP1", b"PUBLISH", b"t-1"], "malformed", None),
    ([b"RAP1", b"PUBLISH", b"x" * 65, b"{}"], "malformed", None),
    ([b"RAP1", b"CREDIT", b"10"], "not-joined", None),
    ([b"RAP1", b"ACK", b"0"], "not-joined", None),
    ([b"RAP1", b"NACK", b"0", b"boom"], "not-joined", None),
    ([b"RAP1"], "malformed", None),
], ids=["version", "unknown-command", "publish-no-events", "tag-too-long", "credit-before-join",
        "ack-before-join", "nack-before-join", "single-frame"])
def test_errors(bus, frames, code, context):
    c = bus.client("errors")
    before = c.info()["log"]
    c.send(*frames)
    err = c.recv(expect=b"ERROR")
    assert_error(err, code, context)
    # Nothing else comes for the ignored message, and the bus still serves.
    c.quiet(0.2)
    info = c.info()
    assert info["log"] == before, "a refused message must not change the log"
    assert {e["code"]: e["count"] for e in info["counters"]["errors"]} == {code: 1}, info["counters"]
    assert c.publish(b"after", [enc(feedback())])[0]["status"] == "accepted"


def test_error_contexts(bus):
    """ERROR frame 2 is 'the command or batch tag it refers to (may be empty)'."""
    c = bus.client("ctx")
    c.send(b"RAP1", b"FROBNICATE")
    unknown = c.recv(expect=b"ERROR")
    c.send(b"RAP1", b"CREDIT", b"5")
    credit = c.recv(expect=b"ERROR")
    c.send(b"RAP1", b"PUBLISH", b"tag-7")
    publish = c.recv(expect=b"ERROR")
    assert unknown[2] in (b"FROBNICATE", b""), unknown
    assert credit[2] in (b"CREDIT", b""), credit
    assert publish[2] in (b"tag-7", b"PUBLISH", b""), publish


@pytest.mark.parametrize("frames", [[b"RAP1", b"INFO", b"x"], [b"RAP1", b"HEARTBEAT", b"x"],
                                    [b"RAP1", b"LEAVE", b"x"]],
                         ids=["info", "heartbeat", "leave"])
def test_extra_frames_are_malformed(bus, frames):
    """§7 malformed: 'frames missing or extra'."""
    c = bus.client("extra")
    c.send(*frames)
    assert_error(c.recv_raw(2, "an answer"), "malformed")


def test_non_decimal_ack_is_malformed(bus):
    """§7 malformed: 'a non-decimal number'."""
    c = bus.client("member")
    c.join({"group": "g", "heartbeat_ms": 60000})
    c.send(b"RAP1", b"ACK", b"x1")
    assert_error(c.recv(expect=b"ERROR"), "malformed")


def test_malformed_numbers_and_rejoin(bus):
    """§4 CREDIT range and §1 'one socket per role' for a joined socket."""
    c = bus.client("member")
    c.join({"group": "g", "heartbeat_ms": 5000})
    for count in (b"abc", b"0", b"1000001", b"-1"):
        c.send(b"RAP1", b"CREDIT", count)
        assert_error(c.recv(expect=b"ERROR"), "malformed", b"CREDIT")
    c.send(b"RAP1", b"NACK", b"0")
    assert_error(c.recv(expect=b"ERROR"), "malformed", b"NACK")
    c.send(b"RAP1", b"ACK")
    assert_error(c.recv(expect=b"ERROR"), "malformed", b"ACK")
    c.send(b"RAP1", b"JOIN", json.dumps({"group": "other"}).encode())
    assert_error(c.recv(expect=b"ERROR"), "bad-join", b"JOIN")
    for body in ({}, {"group": ".x"}, {"group": "g2", "ack_timeout_ms": 50}):
        fresh = bus.client("fresh")
        fresh.send(b"RAP1", b"JOIN", json.dumps(body).encode())
        assert_error(fresh.recv(expect=b"ERROR"), "bad-join", b"JOIN")


# --- 3. consumer ---------------------------------------------------------------------------

def test_consumer_join_credit_deliver_ack_info(bus):
    p = bus.client("producer")
    evs = [enc(promise_made(0)), enc(feedback(1)), enc(contacted(2)), enc(alert_raised(3)),
           enc(promise_kept(4)), enc(interaction_started(5)), enc(promise_made(6, "c-2")),
           enc(feedback(7))]
    offsets = publish_all(p, evs)
    wanted = {o: e for o, e in zip(offsets, evs)
              if json.loads(e)["type"].startswith("rapport.promise.")
              or json.loads(e)["type"] == "rapport.customer.contacted"}

    c = bus.client("consumer")
    types = ["rapport.promise.*", "rapport.customer.contacted"]
    joined = c.join({"group": "tracker", "consumer": "tracker-1", "types": types,
                     "start": "earliest", "ack_timeout_ms": 20000, "heartbeat_ms": 300})
    for key in ("group", "position", "types", "heartbeat_ms", "ack_timeout_ms", "max_deliveries"):
        assert key in joined, f"JOINED lacks {key}: {joined}"
    assert joined["group"] == "tracker"
    assert joined["position"] == 0
    assert joined["types"] == types
    assert joined["ack_timeout_ms"] == 20000
    assert isinstance(joined["heartbeat_ms"], int) and joined["heartbeat_ms"] > 0
    assert joined["max_deliveries"] == 5

    # Nothing is delivered until CREDIT.
    c.quiet(0.3)

    # Credit is a hard limit: 2 credits, 2 events.
    c.send(b"RAP1", b"CREDIT", b"2")
    got = c.deliveries(2)
    c.quiet(0.3)
    c.send(b"RAP1", b"CREDIT", b"100")
    got += c.deliveries(len(wanted) - 2)
    c.quiet(0.3)

    assert [m["offset"] for m, _ in got] == sorted(wanted), "matching events, in log order"
    for meta, ev in got:
        assert meta == {"offset": meta["offset"], "attempt": 1}, meta
        assert ev == wanted[meta["offset"]], "event must be exactly as the producer sent it"

    # HEARTBEAT from a client is answered with RAP1, HEARTBEAT and no body frame.
    c.heartbeat_ms = None  # stop automatic heartbeats while we check
    c.send(b"RAP1", b"HEARTBEAT")
    while True:
        hb = c.recv_raw(what="HEARTBEAT answer")
        assert hb[:2] == [b"RAP1", b"HEARTBEAT"], hb
        if len(hb) == 2:
            break
        assert hb == [b"RAP1", b"HEARTBEAT", b"tracker"], hb  # a group HEARTBEAT crossed
    c.heartbeat_ms = 300
    # The bus sends its member RAP1, HEARTBEAT, group every heartbeat_ms from JOINED
    # (while we keep sending our own HEARTBEATs every 150 ms, answered without body).
    # (No assertion on the spacing itself: tests never assert on wall time. The receive
    # timeout of 3 x heartbeat_ms only keeps a broken bus from hanging the test.)
    bus_hb = joined["heartbeat_ms"] / 1000
    group_beats = 0
    while group_beats < 3:
        hb = c.recv_raw(3 * bus_hb, "group HEARTBEAT from the bus")
        assert hb[:2] == [b"RAP1", b"HEARTBEAT"], f"unexpected {hb!r}"
        if len(hb) == 3:
            assert hb[2] == b"tracker", hb
            group_beats += 1
        else:
            assert len(hb) == 2, hb

    info = c.info()
    g = next(g for g in info["groups"] if g["name"] == "tracker")
    assert g["in_flight"] == len(wanted)
    # Lag is the events not yet done: the group has read the whole log, so only the matching
    # events it holds (the other types are done).
    assert g["lag"] == g["in_flight"] + g["waiting"] == len(wanted), g

    acked = c.ack(sorted(wanted))
    assert sorted(acked) == sorted(wanted)

    # Acknowledging again is unknown-offset.
    c.send(b"RAP1", b"ACK", str(min(wanted)).encode())
    assert_error(c.recv(expect=b"ERROR"), "unknown-offset")

    info = c.info()
    g = next(g for g in info["groups"] if g["name"] == "tracker")
    assert g["types"] == types
    assert g["position"] == info["log"]["durable"] == len(evs), (info, "non-matching events are done too")
    assert g["lag"] == 0
    assert g["in_flight"] == 0
    assert [m["consumer"] for m in g["members"]] == ["tracker-1"]

    info = c.leave()
    g = next(g for g in info["groups"] if g["name"] == "tracker")
    assert g["members"] == [] and g["position"] == len(evs), g
    c.quiet(3 * joined["heartbeat_ms"] / 1000)  # no group HEARTBEAT after LEAVE
    # After LEAVE the socket is no longer a member.
    c.send(b"RAP1", b"CREDIT", b"1")
    assert_error(c.recv(expect=b"ERROR"), "not-joined")


# --- 4. redelivery -------------------------------------------------------------------------

def test_redelivery_after_ack_timeout(bus):
    """§4: 'An event not acknowledged within the member's ack_timeout_ms goes back to the
    group' and is redelivered with attempt 2; the member has plenty of credit left."""
    p = bus.client("producer")
    [off] = publish_all(p, [enc(promise_made(1))])
    c = bus.client("slow")
    c.join({"group": "slow", "types": ["rapport.promise.*"], "start": "earliest",
            "ack_timeout_ms": 300, "heartbeat_ms": 200})
    c.send(b"RAP1", b"CREDIT", b"10")
    [(m1, e1)] = c.deliveries(1)
    assert m1 == {"offset": off, "attempt": 1}
    # No further CREDIT, ACK or PUBLISH: the timeout alone brings it back.
    [(m2, e2)] = c.deliveries(1, timeout=5)
    assert m2 == {"offset": off, "attempt": 2}, m2
    assert e2 == e1


def test_redelivery_attempt_counts_and_late_ack(bus):
    """With no credit left, a timed-out event waits in the group until CREDIT arrives."""
    p = bus.client("producer")
    [off] = publish_all(p, [enc(promise_made(1))])
    c = bus.client("slow")
    c.join({"group": "slow", "types": ["rapport.promise.*"], "start": "earliest",
            "ack_timeout_ms": 200, "heartbeat_ms": 200})
    c.send(b"RAP1", b"CREDIT", b"1")
    [(m1, e1)] = c.deliveries(1)
    assert m1 == {"offset": off, "attempt": 1}
    c.quiet(0.6)  # > ack_timeout_ms: the event is back in the group
    g = next(g for g in c.info()["groups"] if g["name"] == "slow")
    assert g["in_flight"] == 0 and g["waiting"] == 1, g
    c.send(b"RAP1", b"CREDIT", b"1")
    [(m2, e2)] = c.deliveries(1)
    assert m2 == {"offset": off, "attempt": 2}, m2
    assert e2 == e1
    # Each delivery, redeliveries included, used one credit.
    g = next(g for g in c.info()["groups"] if g["name"] == "slow")
    assert g["members"][0]["credit"] == 0, g
    # An ACK by the member it was delivered to counts (§4 ACK).
    assert c.ack([off]) == [off]
    c.send(b"RAP1", b"CREDIT", b"5")
    c.quiet(0.6)  # no third attempt after the ACK
    g = next(g for g in c.info()["groups"] if g["name"] == "slow")
    assert g["position"] == off + 1 and g["lag"] == 0, g


def test_leave_and_dropped_member_hand_events_over(bus):
    """§4: LEAVE hands held events to other members at once; a member silent for
    3 x its heartbeat_ms is dropped, its events go to others, and it then gets not-joined."""
    p = bus.client("producer")
    [o1, o2] = publish_all(p, [enc(promise_made(1, "c-1")), enc(promise_made(2, "c-2"))])
    spec = {"group": "shared", "types": ["rapport.promise.*"], "start": "earliest",
            "heartbeat_ms": 200}
    a = bus.client("a")
    a.join(dict(spec, consumer="a"))
    a.send(b"RAP1", b"CREDIT", b"2")
    assert [m["offset"] for m, _ in a.deliveries(2)] == [o1, o2]
    b = bus.client("b")
    b.join(dict(spec, consumer="b", start="committed"))
    b.send(b"RAP1", b"CREDIT", b"10")
    b.quiet(0.3)  # a holds both

    a.leave()
    got = b.deliveries(2, timeout=2)
    assert sorted((m["offset"], m["attempt"]) for m, _ in got) == [(o1, 2), (o2, 2)]

    c = bus.client("c")
    c.join(dict(spec, consumer="c", start="committed"))
    c.send(b"RAP1", b"CREDIT", b"10")
    b.heartbeat_ms = None  # b goes silent: dropped after 3 x 200 ms
    got = c.deliveries(2, timeout=3)
    assert sorted((m["offset"], m["attempt"]) for m, _ in got) == [(o1, 3), (o2, 3)]
    b.send(b"RAP1", b"CREDIT", b"1")
    assert_error(b.recv(expect=b"ERROR"), "not-joined")
    c.ack([o1, o2])


# --- 5. NACK until max_deliveries → dead letter --------------------------------------------

def test_nack_until_dead_lettered(bus):
    p = bus.client("producer")
    original = enc(promise_made(42, customer="c-884"))
    [off] = publish_all(p, [original])
    c = bus.client("failing")
    joined = c.join({"group": "failing", "types": ["rapport.promise.*"], "start": "earliest",
                     "heartbeat_ms": 300})
    maxd = joined["max_deliveries"]
    c.send(b"RAP1", b"CREDIT", b"100")
    for attempt in range(1, maxd + 1):
        [(m, ev)] = c.deliveries(1)
        assert m == {"offset": off, "attempt": attempt}
        assert ev == original
        c.send(b"RAP1", b"NACK", str(off).encode(), "cannot parse due_text".encode())
    c.quiet(0.5)  # given up: no further attempt

    # NACK of an offset this socket does not hold.
    c.send(b"RAP1", b"NACK", str(off).encode(), b"again")
    assert_error(c.recv(expect=b"ERROR"), "unknown-offset")

    info = c.info()
    g = next(g for g in info["groups"] if g["name"] == "failing")
    assert info["log"]["next"] == off + 2, "one rapport.bus.dead-lettered event appended"
    # The original counts as done; the dead letter does not match the group's types.
    assert g["position"] == off + 2 and g["lag"] == 0 and g["in_flight"] == 0, g
    assert g["dead_letters"] == 1 and g["lag_ms"] == 0, g

    dl = bus.client("dead-letters")
    dl.join({"group": "dlq", "types": ["rapport.bus.dead-lettered"], "start": "earliest",
             "heartbeat_ms": 300})
    dl.send(b"RAP1", b"CREDIT", b"10")
    [(m, raw)] = dl.deliveries(1)
    assert m == {"offset": off + 1, "attempt": 1}
    ev = json.loads(raw)
    assert ev["specversion"] == "1.0"
    assert ev["type"] == "rapport.bus.dead-lettered"
    assert ev["id"] == f"failing:{off}"
    assert ev["source"] == "/bus/groups/failing"
    assert ev["partitionkey"] == "c-884"
    datetime.fromisoformat(ev["time"].replace("Z", "+00:00"))
    d = ev["data"]
    assert d["group"] == "failing"
    assert d["offset"] == off
    assert d["attempts"] == maxd
    assert d["error"] == "cannot parse due_text"
    assert d["event"] == json.loads(original)
    dl.ack([m["offset"]])


# --- 6. live feed --------------------------------------------------------------------------

def wait_for_live(p, sub):
    """Publishes promise.kept probes until `sub` sees one, then drains them."""
    deadline = time.monotonic() + 10
    last_probe = None
    while True:
        assert time.monotonic() < deadline, "live feed never delivered a probe event"
        last_probe = p.publish(b"probe", [enc(promise_kept(0))])[0]["offset"]
        if sub.poll(200):
            break
    while sub.poll(300):
        topic, meta, _ = sub.recv_multipart()
        assert topic == b"rapport.promise.kept"
        if json.loads(meta)["offset"] == last_probe:
            break


def test_live_feed_prefix(bus):
    p = bus.client("producer")
    sub = bus.sub("rapport.promise.")
    wait_for_live(p, sub)

    evs = [enc(feedback(1)), enc(promise_made(2)), enc(contacted(3)), enc(promise_kept(4)),
           enc(alert_raised(5)), enc(promise_made(6)), enc(interaction_started(7))]
    offsets = publish_all(p, evs, b"live")
    expected = [(json.loads(e)["type"].encode(), o, e) for o, e in zip(offsets, evs)
                if json.loads(e)["type"].startswith("rapport.promise.")]
    got = []
    while len(got) < len(expected):
        if not sub.poll(5000):
            pytest.fail(f"live feed: got {len(got)} of {len(expected)} messages", pytrace=False)
        frames = sub.recv_multipart()
        assert len(frames) == 3, f"live message must be [type, meta, event]: {frames!r}"
        topic, meta, ev = frames
        got.append((topic, json.loads(meta), ev))
    assert [(t, m["offset"], e) for t, m, e in got] == expected
    assert all(m == {"offset": m["offset"]} for _, m, _ in got)
    assert not sub.poll(300), f"unexpected extra live message: {sub.recv_multipart()!r}"


def test_live_feed_survives_upstream_messages(bus):
    """An XSUB peer may send anything upstream; only subscriptions count, so followers keep
    getting events."""
    p = bus.client("producer")
    sub = bus.sub("rapport.promise.")
    wait_for_live(p, sub)
    x = bus.ctx.socket(zmq.XSUB)
    x.setsockopt(zmq.LINGER, 0)
    x.connect(bus.live)
    bus.subs.append(x)
    for junk in (b"\x02not a subscription", b"\x00", b"\x07more"):
        x.send(junk)
    time.sleep(0.3)
    offset = p.publish(b"after", [enc(promise_made(1))])[0]["offset"]
    assert sub.poll(5000), "the live feed stopped after upstream messages"
    topic, meta, _ = sub.recv_multipart()
    assert (topic, json.loads(meta)["offset"]) == (b"rapport.promise.made", offset)


# --- 7. replay -----------------------------------------------------------------------------

def test_replay_from_offset(bus):
    p = bus.client("producer")
    evs = [enc(promise_made(i, customer=f"c-{i}")) for i in range(10)]
    offsets = publish_all(p, evs)
    a = bus.client("first")
    a.join({"group": "replay", "consumer": "r-1", "types": ["rapport.promise.*"],
            "start": "earliest", "heartbeat_ms": 300})
    a.send(b"RAP1", b"CREDIT", b"100")
    got = a.deliveries(10)
    assert [m["offset"] for m, _ in got] == offsets
    a.ack(offsets)
    g = next(g for g in a.info()["groups"] if g["name"] == "replay")
    assert g["position"] == 10 and g["lag"] == 0

    # While the group has a live member, a JOIN that repositions is refused.
    b = bus.client("second")
    assert_error(b.join({"group": "replay", "consumer": "r-2", "types": ["rapport.promise.*"],
                         "start": {"offset": 4}, "heartbeat_ms": 300}, expect_error=True),
                 "bad-join")
    # (the refused socket is unchanged: still not joined)

    # LEAVE has no answer; an INFO on the same socket shows when it took effect.
    g = next(g for g in a.leave()["groups"] if g["name"] == "replay")
    assert g["members"] == [], g

    joined = b.join({"group": "replay", "consumer": "r-2", "types": ["rapport.promise.*"],
                     "start": {"offset": 4}, "heartbeat_ms": 300})
    assert joined["position"] == 4, joined
    b.send(b"RAP1", b"CREDIT", b"100")
    got = b.deliveries(6)
    assert [m["offset"] for m, _ in got] == offsets[4:]
    for (m, ev), o in zip(got, offsets[4:]):
        assert ev == evs[o]
    b.quiet(0.3)
    b.ack(offsets[4:])
    g = next(g for g in b.info()["groups"] if g["name"] == "replay")
    assert g["position"] == 10 and g["lag"] == 0
