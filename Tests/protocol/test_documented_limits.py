"""PROTOCOL.md's edges, each as the page states it: readiness (§1), the ipc path limit
(§1), offsets within a batch (§3), what the bus refuses as JSON (§3), site types' `data`
(§3), the credit cap (§4) and members whose socket closed without LEAVE (§4).

Written from docs/PROTOCOL.md alone, like test_protocol.py; each test starts its own bus.
"""
import errno
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

import pytest
import zmq

from conftest import RAPPORT_BIN, STARTUP_TIMEOUT, _fail, terminate


def event(id_, type_="x-acme.till.opened", data=None, source="/locations/store-12/till/1",
          **extra):
    """A site-type event (only the envelope is checked); `data` defaults to an object."""
    ev = {"specversion": "1.0", "id": id_, "source": source, "type": type_,
          "time": "2026-11-23T10:15:00+01:00", "data": {"till": 1} if data is None else data}
    ev.update(extra)
    return ev


def enc(ev):
    return json.dumps(ev).encode()


def rejected(result, code):
    assert result["status"] == "rejected", result
    assert result["code"] == code, result
    assert isinstance(result["error"], str) and result["error"], result


def log_next(client):
    return client.info()["log"]["next"]


def group(client, name):
    return next(g for g in client.info()["groups"] if g["name"] == name)


# --- §1: readiness -------------------------------------------------------------------------

def start_bus(data_dir, *args):
    return subprocess.Popen([RAPPORT_BIN, "bus", "--data-dir", data_dir, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)


def read_until(proc, stream, text):
    """Lines of `stream` up to and including the first that contains `text`."""
    lines = []
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([stream], [], [], 0.1)
        if ready:
            line = stream.readline().decode(errors="replace")
            if not line:
                _fail(f"bus output ended (exit {proc.poll()}) before {text!r}: {lines!r}")
            lines.append(line)
            if text in line:
                return lines
    _fail(f"no {text!r} within {STARTUP_TIMEOUT}s: {lines!r}")


@pytest.fixture
def data_dir():
    d = tempfile.mkdtemp(prefix="rp-", dir="/tmp")
    yield d
    shutil.rmtree(d, ignore_errors=True)


def test_bus_ready_line_on_stderr_names_both_endpoints(data_dir):
    """§1: once both sockets are bound the bus writes one `bus ready` line to standard error
    (with `ingest=` and `live=`); after it, requests are answered. Nothing goes to stdout."""
    proc = start_bus(data_dir)
    ctx = zmq.Context()
    try:
        lines = read_until(proc, proc.stderr, "bus ready")
        ready = lines[-1]
        assert f"ingest=ipc://{data_dir}/bus.sock" in ready, ready
        assert f"live=ipc://{data_dir}/live.sock" in ready, ready
        assert os.path.exists(f"{data_dir}/bus.sock") and os.path.exists(f"{data_dir}/live.sock")
        s = ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.LINGER, 0)
        s.connect(f"ipc://{data_dir}/bus.sock")
        s.send_multipart([b"RAP1", b"INFO"])
        assert s.poll(5000), "no INFO answer after `bus ready`"
        assert s.recv_multipart()[:2] == [b"RAP1", b"INFO"]
        s.close(0)
    finally:
        ctx.term()
        terminate(proc)
    assert proc.stdout.read() == b"", "the bus writes its log to stderr only"


def test_requests_sent_before_the_bus_binds_are_answered_once_it_does(data_dir):
    """§1: a client may connect to the ipc endpoint before the bus runs; libzmq keeps
    retrying, its messages wait in its queue and are answered once the bus is up. A client's
    HEARTBEAT (answered with no body frame) and INFO both serve as a readiness probe."""
    ctx = zmq.Context()
    s = ctx.socket(zmq.DEALER)
    s.setsockopt(zmq.LINGER, 0)
    s.connect(f"ipc://{data_dir}/bus.sock")  # no bus, no socket file yet
    s.send_multipart([b"RAP1", b"HEARTBEAT"])
    s.send_multipart([b"RAP1", b"INFO"])
    assert not s.poll(300), "an answer without a bus"
    proc = start_bus(data_dir)
    try:
        assert s.poll(int(STARTUP_TIMEOUT * 1000)), "requests queued before the bus started were lost"
        assert s.recv_multipart() == [b"RAP1", b"HEARTBEAT"]
        assert s.poll(5000)
        frames = s.recv_multipart()
        assert frames[:2] == [b"RAP1", b"INFO"] and "log" in json.loads(frames[2]), frames
    finally:
        s.close(0)
        ctx.term()
        terminate(proc)


# --- §1: the ipc path limit ----------------------------------------------------------------

def dir_of_length(n):
    """A path under /tmp exactly n bytes long that does not exist yet."""
    base = tempfile.mkdtemp(prefix="rp-len-", dir="/tmp")
    os.rmdir(base)
    path = base + "x" * (n - len(base))
    assert len(path) == n
    return path


@pytest.mark.parametrize("length,key", [(98, "endpoints.live"), (99, "endpoints.ingest")])
def test_data_dir_too_long_for_an_ipc_socket_is_refused_at_start(length, key):
    """§1: `<data_dir>/live.sock` must fit in 107 bytes, so the data directory in at most 97;
    a longer one stops the bus at start (exit 64) with one line naming the endpoint, and
    nothing is created."""
    path = dir_of_length(length)
    proc = subprocess.run([RAPPORT_BIN, "bus", "--data-dir", path], capture_output=True, timeout=20)
    assert proc.returncode == 64, proc
    err = proc.stderr.decode()
    assert f"{key}: ipc path is longer than the 107 bytes a Unix socket allows" in err, err
    assert not os.path.exists(path), "a refused bus must not create its data directory"


def test_too_long_ipc_path_from_a_config_file_names_the_file(data_dir):
    """§1: with --config the message starts with the file's path, not `command line`."""
    config = os.path.join(data_dir, "rapport.yaml")
    long_path = "/tmp/" + "x" * 110 + "/bus.sock"
    with open(config, "w") as f:
        f.write(f'endpoints: {{ingest: "ipc://{long_path}"}}\n')
    proc = subprocess.run([RAPPORT_BIN, "bus", "--data-dir", os.path.join(data_dir, "d"),
                           "--config", config], capture_output=True, timeout=20)
    assert proc.returncode == 64, proc
    assert (f"{config}: endpoints.ingest: ipc path is longer than the 107 bytes"
            in proc.stderr.decode()), proc.stderr


def test_data_dir_of_97_bytes_works():
    path = dir_of_length(97)
    proc = start_bus(path)
    ctx = zmq.Context()
    try:
        read_until(proc, proc.stderr, "bus ready")
        s = ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.LINGER, 0)
        s.connect(f"ipc://{path}/bus.sock")
        s.send_multipart([b"RAP1", b"HEARTBEAT"])
        assert s.poll(5000) and s.recv_multipart() == [b"RAP1", b"HEARTBEAT"]
        s.close(0)
    finally:
        ctx.term()
        terminate(proc)
        shutil.rmtree(path, ignore_errors=True)


def test_client_with_a_too_long_ipc_path_fails_at_connect():
    """§1: libzmq refuses such a path in connect() itself (ENAMETOOLONG)."""
    ctx = zmq.Context()
    s = ctx.socket(zmq.DEALER)
    s.setsockopt(zmq.LINGER, 0)
    try:
        with pytest.raises(zmq.ZMQError) as refused:
            s.connect("ipc:///tmp/" + "x" * 100 + "/bus.sock")
        assert refused.value.errno == errno.ENAMETOOLONG
    finally:
        s.close(0)
        ctx.term()


# --- §3: offsets within a batch ------------------------------------------------------------

def test_batch_offsets_are_consecutive_and_a_repeat_inside_a_batch_is_a_duplicate(bus):
    """§3: the accepted events of a batch get consecutive offsets in batch order; rejected
    and duplicate events take none. The second event of a batch with the same source and id
    as an earlier one is `duplicate` with the earlier one's offset, even if its content
    differs (only source and id are compared)."""
    p = bus.client("producer")
    [old] = [r["offset"] for r in p.publish(b"first", [enc(event("old"))])]
    batch = [enc(event("a")), b"not json", enc(event("old")), enc(event("b")),
             enc(event("a", data={"other": "content"})), enc(event("t", type_="rapport.nope")),
             enc(event("c"))]
    res = p.publish(b"mixed", batch)
    start = old + 1
    assert res[0] == {"status": "accepted", "offset": start}
    rejected(res[1], "invalid-json")
    assert res[2] == {"status": "duplicate", "offset": old}
    assert res[3] == {"status": "accepted", "offset": start + 1}
    assert res[4] == {"status": "duplicate", "offset": start}, "in-batch repeat"
    rejected(res[5], "unknown-type")
    assert res[6] == {"status": "accepted", "offset": start + 2}
    assert log_next(p) == start + 3

    # The stored event is the first one; the repeat's different content was not kept.
    c = bus.client("consumer")
    c.join({"group": "check", "start": {"offset": start}, "heartbeat_ms": 1000})
    c.send(b"RAP1", b"CREDIT", b"10")
    got = c.deliveries(3)
    assert [m["offset"] for m, _ in got] == [start, start + 1, start + 2]
    assert got[0][1] == batch[0]


def test_an_event_rejected_earlier_in_the_batch_does_not_block_a_valid_repeat(bus):
    """§3: only stored events count for de-duplication."""
    p = bus.client("producer")
    bad = event("same", time="yesterday")
    res = p.publish(b"t", [enc(bad), enc(event("same"))])
    rejected(res[0], "invalid-envelope")
    assert res[1]["status"] == "accepted", res


# --- §3: what is JSON to the bus -------------------------------------------------------------

VALID = enc(event("base"))


FF = VALID.replace(b'"till": 1', b'"till": "\xff"')


@pytest.mark.parametrize("frame", [
    FF,
    VALID.replace(b'"till": 1', b'"till": "\xc0\xaf"'),          # overlong "/"
    VALID.replace(b'"till": 1', b'"till": "\xed\xa0\x80"'),      # an encoded surrogate
    VALID.replace(b'"till": 1', b'"till": "caf\xe9"'),           # Latin-1
    VALID.replace(b'"till": 1', b'"till": "\xe2\x82"'),          # cut short
], ids=["ff", "overlong", "surrogate", "latin1", "truncated"])
def test_invalid_utf8_is_invalid_json(bus, frame):
    """§3: bytes that are not well-formed UTF-8 anywhere in the frame: `invalid-json`."""
    c = bus.client()
    [r] = c.publish(b"t", [frame])
    rejected(r, "invalid-json")
    assert "invalid UTF-8" in r["error"], r
    if frame == FF:
        assert r["error"].endswith("invalid UTF-8: byte 0xFF cannot start a character"), r


@pytest.mark.parametrize("frame,says", [
    (VALID[:-1] + b', "id": "again"}', 'duplicate key "id"'),
    (VALID.replace(b'{"till": 1}', b'{"till": 1, "till": 2}'), 'duplicate key "till"'),
    (VALID[:-1] + b', "\\u0069d": "again"}', 'duplicate key "id"'),
    (b"\xef\xbb\xbf" + VALID, "expected a value"),
    (VALID + b" x", "unexpected data after the JSON value"),
    (VALID + VALID, "unexpected data after the JSON value"),
    (VALID + b"\x00", "unexpected data after the JSON value"),
    (b"", "empty input"),
    (enc(event("deep", data=[])).replace(b"[]", b"[" * 70 + b"]" * 70), "nesting deeper than 64"),
], ids=["duplicate-attribute", "duplicate-in-data", "duplicate-escaped", "bom", "trailing-x",
        "two-objects", "trailing-nul", "empty", "too-deep"])
def test_json_the_bus_refuses(bus, frame, says):
    """§3: duplicate keys (at any depth, compared after unescaping), a byte-order mark,
    anything but whitespace after the value, an empty frame and nesting deeper than 64 levels
    are `invalid-json`; nothing is stored."""
    c = bus.client()
    before = log_next(c)
    [r] = c.publish(b"t", [frame])
    rejected(r, "invalid-json")
    assert says in r["error"], r
    assert log_next(c) == before


def test_whitespace_around_the_value_is_accepted_and_kept(bus):
    """§3: JSON whitespace before and after the value is allowed; the event is stored and
    delivered byte for byte, whitespace included."""
    p = bus.client("producer")
    frame = b" \t\r\n" + enc(event("ws")) + b"\n"
    [r] = p.publish(b"t", [frame])
    assert r["status"] == "accepted", r
    c = bus.client("consumer")
    c.join({"group": "ws", "start": "earliest", "heartbeat_ms": 1000})
    c.send(b"RAP1", b"CREDIT", b"1")
    [(meta, ev)] = c.deliveries(1)
    assert meta["offset"] == r["offset"] and ev == frame


# --- §3: site types --------------------------------------------------------------------------

@pytest.mark.parametrize("data", [{"any": ["shape"]}, [1, 2], "text", 3.5, True, None],
                         ids=["object", "array", "string", "number", "boolean", "null"])
def test_site_type_data_may_be_any_json_value(bus, data):
    c = bus.client()
    [r] = c.publish(b"t", [enc(event("x", data=data))])
    assert r["status"] == "accepted", r


def test_site_type_data_is_still_required(bus):
    c = bus.client()
    ev = event("x")
    del ev["data"]
    [r] = c.publish(b"t", [enc(ev)])
    rejected(r, "invalid-envelope")
    assert "'data'" in r["error"], r


@pytest.mark.parametrize("type_", ["x-", "X-acme.till.opened", "acme.till.opened"])
def test_what_is_not_a_site_type(bus, type_):
    """§3: a site type starts with lower-case `x-` and has at least one character after it."""
    c = bus.client()
    [r] = c.publish(b"t", [enc(event("x", type_=type_))])
    rejected(r, "unknown-type")


def test_catalogue_type_data_must_be_an_object(bus):
    c = bus.client()
    [r] = c.publish(b"t", [enc(event("x", type_="rapport.promise.kept", data=[1], location="store-12"))])
    rejected(r, "invalid-data")


def test_desk_events_need_a_location_plugin_output_does_not(bus):
    """§3: `location` is required on desk events; plugin output events may leave it out."""
    c = bus.client()
    kept = {"promise": "p-1"}
    tagged = {"feedback": {"source": "/locations/store-12/comment-box", "id": "f-1"},
              "themes": {"waiting time": "negative"}, "lexicon": "2026-12"}
    r = c.publish(b"t", [enc(event("a", type_="rapport.promise.kept", data=kept)),
                         enc(event("b", type_="rapport.promise.kept", data=kept, location="")),
                         enc(event("c", type_="rapport.promise.kept", data=kept, location="store-12")),
                         enc(event("d", type_="rapport.feedback.tagged", data=tagged))])
    rejected(r[0], "invalid-envelope")
    assert "missing required attribute 'location'" in r[0]["error"], r[0]
    rejected(r[1], "invalid-envelope")
    assert [x["status"] for x in r[2:]] == ["accepted", "accepted"], r


def test_a_comment_card_may_carry_only_words(bus):
    """§3: `scores` may be `{}` when the feedback has a comment, not otherwise."""
    c = bus.client()
    words = {"source": "comment-card", "scores": {}, "comment": "The queue was far too long"}
    r = c.publish(b"t", [enc(event("w", type_="rapport.feedback.received", data=words, location="store-12")),
                         enc(event("n", type_="rapport.feedback.received", location="store-12",
                                   data={"source": "comment-card", "scores": {}}))])
    assert r[0]["status"] == "accepted", r
    rejected(r[1], "invalid-data")
    assert "found no score and no comment" in r[1]["error"], r[1]


# --- §4: CREDIT ------------------------------------------------------------------------------

def test_credit_above_the_cap_is_dropped_silently(bus):
    """§4: a member holds at most 1,000,000 credit; CREDIT beyond that is accepted (no
    ERROR) and the excess is lost."""
    c = bus.client("member")
    c.join({"group": "g", "heartbeat_ms": 60000})
    for n in (b"1000000", b"1000000", b"7"):
        c.send(b"RAP1", b"CREDIT", n)
    c.quiet(0.3)  # no ERROR
    assert group(c, "g")["members"][0]["credit"] == 1_000_000
    p = bus.client("producer")
    p.publish(b"t", [enc(event("one"))])
    c.deliveries(1)
    assert group(c, "g")["members"][0]["credit"] == 999_999


def test_credit_takes_decimal_digits_only(bus):
    """§4: leading zeros are fine; a sign, spaces or anything else is `malformed`."""
    c = bus.client("member")
    c.join({"group": "g", "heartbeat_ms": 60000})
    c.send(b"RAP1", b"CREDIT", b"007")
    for bad in (b"+1", b" 1", b"1 ", b"1e3"):
        c.send(b"RAP1", b"CREDIT", bad)
        err = c.recv(expect=b"ERROR")
        assert err[2:4] == [b"CREDIT", b"malformed"], err
    assert group(c, "g")["members"][0]["credit"] == 7


# --- §4: a member whose socket closed without LEAVE ------------------------------------------

def test_closed_member_is_dropped_at_the_next_bus_heartbeat(bus):
    """§4: a member whose socket closed without LEAVE is dropped when the bus next sends it
    anything it cannot deliver (its group HEARTBEAT, every heartbeat_ms of the bus, or a
    DELIVER), not only when its own heartbeats lapse; what it held goes to the others, and a
    delivery that was never sent does not count as an attempt."""
    p = bus.client("producer")
    a = bus.client("a")
    a.join({"group": "g", "consumer": "a", "heartbeat_ms": 60000})
    a.send(b"RAP1", b"CREDIT", b"10")
    [o1] = [r["offset"] for r in p.publish(b"1", [enc(event("e1", partitionkey="k1"))])]
    assert [m["offset"] for m, _ in a.deliveries(1)] == [o1]
    a.close()
    bus.clients.remove(a)
    # a's own heartbeats would lapse only after 180 s; the bus notices at its next send.
    deadline = time.monotonic() + 10
    while group(p, "g")["members"]:
        assert time.monotonic() < deadline, f"a was not dropped: {group(p, 'g')}"
        time.sleep(0.05)
    g = group(p, "g")
    assert g["in_flight"] == 0 and g["waiting"] == 1, g
    [o2] = [r["offset"] for r in p.publish(b"2", [enc(event("e2", partitionkey="k2"))])]
    b = bus.client("b")
    b.join({"group": "g", "consumer": "b", "heartbeat_ms": 60000})
    b.send(b"RAP1", b"CREDIT", b"10")
    got = sorted((m["offset"], m["attempt"]) for m, _ in b.deliveries(2))
    assert got == [(o1, 2), (o2, 1)], got
    assert "its connection is gone" in bus.log_text()


def test_closed_member_is_dropped_after_three_heartbeat_intervals(bus):
    """§4: with no delivery to fail, a closed member goes when 3 x its heartbeat_ms pass
    without a message from it; what it held goes to the other members."""
    p = bus.client("producer")
    spec = {"group": "g", "heartbeat_ms": 200}
    a = bus.client("a")
    a.join(dict(spec, consumer="a"))
    a.send(b"RAP1", b"CREDIT", b"1")  # no credit left after one event: no DELIVER to fail
    [o1] = [r["offset"] for r in p.publish(b"1", [enc(event("e1"))])]
    assert [m["offset"] for m, _ in a.deliveries(1)] == [o1]
    b = bus.client("b")
    b.join(dict(spec, consumer="b"))
    b.send(b"RAP1", b"CREDIT", b"10")
    a.close()
    bus.clients.remove(a)
    [(meta, ev)] = b.deliveries(1, timeout=5)
    assert (meta["offset"], meta["attempt"]) == (o1, 2)
    assert [m["consumer"] for m in group(b, "g")["members"]] == ["b"]


def test_relative_data_dir_counts_as_its_absolute_path(tmp_path):
    """§1: the limit applies to the absolute path: a relative --data-dir is resolved against
    the working directory first."""
    cwd = tmp_path / ("w" * max(1, 100 - len(str(tmp_path))))
    cwd.mkdir()
    assert len(str(cwd)) + len("/d/live.sock") > 107
    proc = subprocess.run([RAPPORT_BIN, "bus", "--data-dir", "d"], cwd=cwd, capture_output=True,
                          timeout=20)
    assert proc.returncode == 64, proc
    assert b"ipc path is longer than the 107 bytes" in proc.stderr, proc.stderr
    assert not (cwd / "d").exists()


def test_no_ready_line_above_log_level_info(data_dir):
    """§1: `bus ready` is an info line: with --log-level notice (or higher) it is not
    written, so probe with HEARTBEAT or INFO instead."""
    proc = subprocess.Popen([RAPPORT_BIN, "bus", "--data-dir", data_dir, "--log-level", "notice"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    ctx = zmq.Context()
    s = ctx.socket(zmq.DEALER)
    s.setsockopt(zmq.LINGER, 0)
    s.connect(f"ipc://{data_dir}/bus.sock")
    try:
        s.send_multipart([b"RAP1", b"HEARTBEAT"])
        assert s.poll(int(STARTUP_TIMEOUT * 1000)), "the bus did not answer HEARTBEAT"
        assert s.recv_multipart() == [b"RAP1", b"HEARTBEAT"]
    finally:
        s.close(0)
        ctx.term()
        terminate(proc)
    assert b"bus ready" not in proc.stderr.read()
