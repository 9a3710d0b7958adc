"""READ → EVENTS and GROUP, written from docs/PROTOCOL.md (§4 "Group administration", §5)."""
import json
import threading

from test_documented_limits import enc, event


def read(c, body):
    c.send(b"RAP1", b"READ", json.dumps(body).encode())
    frames = c.recv(timeout=30, expect=b"EVENTS")
    header = json.loads(frames[2])
    events = [(json.loads(m)["offset"], json.loads(e)) for m, e in zip(frames[3::2], frames[4::2])]
    return header, events


def test_read_from_an_offset_pages_through_and_says_where_to_go_on(bus):
    c = bus.client()
    c.publish(b"1", [enc(event(f"e{i}")) for i in range(5)])
    header, events = read(c, {"from": {"offset": 1}, "max_events": 2})
    assert [o for o, _ in events] == [1, 2] and header["next"] == 3 and header["durable"] == 5, header
    header, events = read(c, {"from": {"offset": header["next"]}})
    assert [e["id"] for _, e in events] == ["e3", "e4"] and header["next"] == header["durable"] == 5
    assert c.info()["groups"] == [], "READ creates no group"


def test_a_follower_misses_nothing_while_events_are_committed(bus):
    c = bus.client("reader")
    total = 1200

    def publish():
        p = bus.client("producer")
        for b in range(total // 100):
            p.publish(str(b).encode(), [enc(event(f"f{b}-{i}")) for i in range(100)])

    t = threading.Thread(target=publish)
    t.start()
    at, seen = {"offset": 0}, []
    while len(seen) < total:
        header, events = read(c, {"from": at, "max_events": 77, "wait_ms": 2000})
        seen += [o for o, _ in events]
        at = {"offset": header["next"]}
    t.join()
    assert seen == list(range(total))


def test_bad_read_names_the_key(bus):
    c = bus.client()
    c.send(b"RAP1", b"READ", b'{"from":"earliest","max_bytes":0}')
    frames = c.recv(expect=b"ERROR")
    assert frames[3] == b"bad-read" and b"max_bytes" in frames[4], frames


def test_group_reset_dry_run_then_forced_with_a_member(bus):
    p = bus.client("producer")
    p.publish(b"1", [enc(event(f"g{i}")) for i in range(6)])
    m = bus.client("member")
    m.join({"group": "g", "consumer": "m1", "start": "earliest"})
    m.send(b"RAP1", b"CREDIT", b"10")
    got = m.deliveries(6)
    m.ack([meta["offset"] for meta, _ in got])
    admin = bus.client("admin")

    def group(body):
        admin.send(b"RAP1", b"GROUP", json.dumps(body).encode())
        return admin.recv()

    dry = group({"group": "g", "action": "reset", "to": {"offset": 2}, "dry_run": True})
    report = json.loads(dry[2])
    assert dry[1] == b"GROUP" and report["applied"] is False and report["new_position"] == 2, report
    assert report["members"] == ["m1"]
    refused = group({"group": "g", "action": "reset", "to": {"offset": 2}})
    assert refused[1] == b"ERROR" and refused[3] == b"bad-group", refused
    done = group({"group": "g", "action": "reset", "to": {"offset": 2}, "force": True})
    report = json.loads(done[2])
    assert report["applied"] is True and report["position"] == 6 and report["new_position"] == 2, report
    dropped = m.recv(expect=b"ERROR")
    assert dropped[2] == b"GROUP" and dropped[3] == b"not-joined", dropped
    m2 = bus.client("member-again")
    joined = m2.join({"group": "g", "consumer": "m1"})
    assert joined["position"] == 2, joined
