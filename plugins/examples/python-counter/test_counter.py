"""python-counter against the real bus: summaries arrive exactly once per location and hour,
with the right counts, also when the plugin is killed (kill -9) mid-hour, when it crashes
between publishing a summary and acknowledging its events, and when the bus restarts.

Like Tests/protocol, this uses only docs/PROTOCOL.md (the bus fixture is a minimal copy of
Tests/protocol/conftest.py's). The binary is $RAPPORT_BIN or .build/debug/rapport.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
import zmq

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
RAPPORT_BIN = os.environ.get("RAPPORT_BIN", str(REPO / ".build" / "debug" / "rapport"))
WINDOW = 60  # seconds in a test "hour"


class Bus:
    """A private `rapport bus` in a temporary data directory."""

    def __init__(self):
        if not os.path.exists(RAPPORT_BIN):
            pytest.fail(f"rapport binary not found at {RAPPORT_BIN} (set RAPPORT_BIN)", pytrace=False)
        self.data_dir = tempfile.mkdtemp(prefix="rpc-", dir="/tmp")
        self.endpoint = f"ipc://{self.data_dir}/bus.sock"
        self.ctx = zmq.Context()
        self.proc = None
        self.start()

    def start(self):
        self.log = open(os.path.join(self.data_dir, "bus.log"), "ab")
        self.proc = subprocess.Popen([RAPPORT_BIN, "bus", "--data-dir", self.data_dir],
                                     stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"bus exited during start-up:\n{self.log_text()}", pytrace=False)
            try:
                self.info(timeout=0.3)
                return
            except TimeoutError:
                pass
        pytest.fail(f"bus did not answer INFO:\n{self.log_text()}", pytrace=False)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()

    def log_text(self):
        self.log.flush()
        return Path(self.data_dir, "bus.log").read_text(errors="replace")[-3000:]

    def request(self, frames, expect, timeout=5.0):
        """One request on a fresh DEALER; the answer's frames."""
        s = self.ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.LINGER, 0)
        s.connect(self.endpoint)
        try:
            s.send_multipart([b"RAP1", *frames])
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if s.poll(50):
                    answer = s.recv_multipart()
                    if answer[1] == expect:
                        return answer
                    assert answer[1] != b"ERROR", answer
            raise TimeoutError(f"no {expect.decode()} answer")
        finally:
            s.close()

    def info(self, timeout=5.0):
        return json.loads(self.request([b"INFO"], b"INFO", timeout)[2])

    def publish(self, events):
        answer = self.request([b"PUBLISH", b"t", *[json.dumps(e).encode() for e in events]], b"RESULT")
        results = [json.loads(f) for f in answer[3:]]
        assert all(r["status"] == "accepted" for r in results), results
        return results

    def alerts(self):
        """Every rapport.alert.raised in the log (READ, §5)."""
        out, at = [], "earliest"
        while True:
            body = json.dumps({"from": at, "types": ["rapport.alert.raised"]}).encode()
            frames = self.request([b"READ", body], b"EVENTS")
            header = json.loads(frames[2])
            out += [json.loads(e) for e in frames[4::2]]
            if header["next"] >= header["durable"]:
                return out
            at = {"offset": header["next"]}

    def group(self, name):
        return next((g for g in self.info()["groups"] if g["name"] == name), None)


class Counter:
    """counter.py as a real process."""

    def __init__(self, bus, group, extra_env=None, min_events=2, idle_seconds=2.0):
        env = dict(os.environ, **(extra_env or {}))
        self.log_path = os.path.join(bus.data_dir, f"counter-{uuid.uuid4().hex[:6]}.log")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "counter.py"), "--data-dir", bus.data_dir, "--group", group,
             "--window-seconds", str(WINDOW), "--idle-seconds", str(idle_seconds),
             "--min-events", str(min_events)],
            stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(5)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()

    def text(self):
        self.log.flush()
        return Path(self.log_path).read_text(errors="replace")


@pytest.fixture
def bus():
    b = Bus()
    try:
        yield b
    finally:
        b.stop()
        b.ctx.destroy(linger=0)
        shutil.rmtree(b.data_dir, ignore_errors=True)


@pytest.fixture
def counters():
    started = []
    yield started
    for c in started:
        c.stop()


BASE_HOUR = int(time.time() // WINDOW) - 10  # ten test "hours" ago: every hour has ended


def desk(location, hour, second, kind="name-used"):
    """A desk event at `second` into test hour BASE_HOUR + hour."""
    t = (BASE_HOUR + hour) * WINDOW + second
    return {
        "specversion": "1.0", "id": str(uuid.uuid4()), "source": f"/locations/{location}/desks/1",
        "type": f"rapport.interaction.{kind}", "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t)),
        "location": location, "data": {"interaction": f"i-{uuid.uuid4().hex[:8]}"},
    }


def summaries(bus, group):
    """{(location, window start): data} of this group's summaries; fails on a second one."""
    out = {}
    for event in bus.alerts():
        data = event["data"]
        if event["source"] != "/plugins/python-counter" or f"/{group}/" not in data["alert"]:
            continue
        key = (event["location"], data["window"]["start"])
        assert key not in out, f"two summaries for {key}: {out[key]} and {data}"
        assert data["kind"] == "summary.hourly" and data["severity"] == "info" and data["refs"] == {}
        assert data["dedup"] == data["alert"]
        out[key] = data
    return out


def wait_for(predicate, what, timeout=20.0, counter=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}" + (f"\ncounter log:\n{counter.text()}" if counter else ""),
                pytrace=False)


def start_of(hour):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime((BASE_HOUR + hour) * WINDOW))


def held(bus, group, n, counter):
    """True once `counter` is the group's only member and holds n events unacknowledged."""
    g = bus.group(group)
    if g is None:
        return False
    members = [(m["consumer"], m["in_flight"]) for m in g["members"]]
    return members == [(f"python-counter-{counter.proc.pid}", n)]


def test_counts_once_per_location_and_hour_across_kill_and_crash(bus, counters):
    group = "counter-test"
    c = Counter(bus, group, idle_seconds=5.0)
    counters.append(c)

    # Hour 0: store-1 three events (two types), store-2 two, store-3 one (below --min-events 2).
    bus.publish([desk("store-1", 0, 1), desk("store-1", 0, 2, "ended"), desk("store-1", 0, 3),
                 desk("store-2", 0, 4), desk("store-2", 0, 5), desk("store-3", 0, 6)])
    # Hour 1's events: the first closes hour 0.
    bus.publish([desk("store-1", 1, 1), desk("store-1", 1, 10), desk("store-1", 1, 11)]
                + [desk("store-2", 1, 20 + i) for i in range(4)])
    got = wait_for(lambda: len(summaries(bus, group)) >= 2 and summaries(bus, group), "hour 0's summaries", counter=c)
    assert got[("store-1", start_of(0))]["counts"] == {"rapport.interaction.ended": 1, "rapport.interaction.name-used": 2}
    assert got[("store-1", start_of(0))]["total"] == 3
    assert got[("store-2", start_of(0))]["total"] == 2
    assert ("store-3", start_of(0)) not in got

    # The plugin holds hour 1's 7 events unacknowledged, and dies.
    wait_for(lambda: held(bus, group, 7, c), "the plugin holding hour 1's 7 events", counter=c)
    c.kill9()
    c = Counter(bus, group, idle_seconds=5.0)
    counters.append(c)
    wait_for(lambda: held(bus, group, 7, c), "the restarted plugin holding hour 1's 7 events", counter=c)
    # Hour 2 closes hour 1: the restarted plugin counts the redelivered events once.
    bus.publish([desk("store-1", 2, 1), desk("store-1", 2, 2), desk("store-2", 2, 3), desk("store-2", 2, 4)])
    got = wait_for(lambda: len(summaries(bus, group)) >= 4 and summaries(bus, group), "hour 1's summaries", counter=c)
    assert got[("store-1", start_of(1))]["total"] == 3, got
    assert got[("store-2", start_of(1))]["total"] == 4, got

    # A crash after hour 2's summaries are stored but before its events are acknowledged.
    wait_for(lambda: held(bus, group, 4, c), "the plugin holding hour 2's 4 events", counter=c)
    c.stop()
    c = Counter(bus, group, idle_seconds=5.0, extra_env={"COUNTER_CRASH_AFTER_PUBLISH": "1"})
    counters.append(c)
    bus.publish([desk("store-2", 3, 1), desk("store-2", 3, 2)])  # closes hour 2
    assert c.proc.wait(20) == 9, c.text()
    got = summaries(bus, group)
    assert got[("store-1", start_of(2))]["total"] == 2
    assert got[("store-2", start_of(2))]["total"] == 2
    # Restarted, it counts hour 2 again from the redelivered events and publishes the same
    # summaries again: duplicates at the bus, not second alerts.
    c = Counter(bus, group, idle_seconds=5.0)
    counters.append(c)
    # Hour 3 closes by the idle rule (5 s without events; the hour ended long ago).
    got = wait_for(lambda: len(summaries(bus, group)) >= 7 and summaries(bus, group), "hour 3's summary", counter=c)
    assert got[("store-2", start_of(3))]["total"] == 2
    assert "duplicate" in c.text(), c.text()
    wait_for(lambda: (bus.group(group) or {}).get("lag") == 0, "every event acknowledged", counter=c)
    time.sleep(1)
    assert len(summaries(bus, group)) == 7  # summaries() also fails on any second summary


def test_rejoins_after_the_bus_restarts(bus, counters):
    group = "counter-restart"
    c = Counter(bus, group, idle_seconds=60.0)
    counters.append(c)
    bus.publish([desk("store-1", 0, 1), desk("store-1", 0, 2), desk("store-1", 0, 3)])
    wait_for(lambda: held(bus, group, 3, c), "the plugin holding 3 events", counter=c)
    bus.stop()
    bus.start()
    # The plugin notices the silence, joins the restarted bus and is given its events again.
    wait_for(lambda: held(bus, group, 3, c), "the plugin holding the 3 events again", counter=c)
    bus.publish([desk("store-1", 1, 1), desk("store-1", 1, 2)])  # closes hour 0
    got = wait_for(lambda: summaries(bus, group), "hour 0's summary", counter=c)
    assert got[("store-1", start_of(0))]["total"] == 3, got
    bus.publish([desk("store-1", 2, 1)])  # closes hour 1 (hour 2 stays open: one event)
    got = wait_for(lambda: len(summaries(bus, group)) >= 2 and summaries(bus, group), "hour 1's summary", counter=c)
    assert got[("store-1", start_of(1))]["total"] == 2
    assert "joining again" in c.text()
