"""Fixtures for the RAP1 protocol suite: a private bus per test and small socket helpers.

Everything here is derived from docs/PROTOCOL.md only (ipc endpoints inside the data
directory, DEALER on the ingest socket, SUB on the live socket, RAP1 framing).
"""
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import zmq

REPO = Path(__file__).resolve().parents[2]
RAPPORT_BIN = os.environ.get("RAPPORT_BIN", str(REPO / ".build" / "debug" / "rapport"))
RECV_TIMEOUT = 5.0  # seconds: default wait for any answer from the bus
STARTUP_TIMEOUT = 20.0


def _fail(msg):
    pytest.fail(msg, pytrace=False)


class Client:
    """A DEALER on the ingest socket. recv() never blocks longer than its timeout.

    If heartbeat_ms is set (after JOIN), the client sends HEARTBEAT while it waits, as a
    member must (PROTOCOL.md §4 "Redelivery and liveness").
    """

    def __init__(self, ctx, endpoint, name="client"):
        self.name = name
        self.sock = ctx.socket(zmq.DEALER)
        self.sock.setsockopt(zmq.LINGER, 0)
        self.sock.connect(endpoint)
        self.heartbeat_ms = None
        self.group = None  # set by join(); used to check group HEARTBEATs
        self.last_sent = time.monotonic()
        self.heartbeats_received = 0
        self._pending = []  # messages read by poll_for(), returned first by recv_raw()

    def send(self, *frames):
        self.sock.send_multipart([f if isinstance(f, bytes) else str(f).encode() for f in frames])
        self.last_sent = time.monotonic()

    def _maybe_heartbeat(self):
        if self.heartbeat_ms and time.monotonic() - self.last_sent >= self.heartbeat_ms / 1000 / 2:
            self.send(b"RAP1", b"HEARTBEAT")

    def recv_raw(self, timeout=RECV_TIMEOUT, what="a message"):
        """Next multipart message (HEARTBEATs included), or fail after timeout."""
        if self._pending:
            return self._pending.pop(0)
        deadline = time.monotonic() + timeout
        while True:
            self._maybe_heartbeat()
            left = deadline - time.monotonic()
            if left <= 0:
                _fail(f"[{self.name}] timed out after {timeout:.1f}s waiting for {what}")
            if self.sock.poll(int(min(left, 0.05) * 1000) + 1):
                return self.sock.recv_multipart()

    def recv(self, timeout=RECV_TIMEOUT, expect=None):
        """Next non-HEARTBEAT message; if expect is given, its command must be that."""
        what = f"{expect.decode() if expect else 'a message'}"
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                _fail(f"[{self.name}] timed out after {timeout:.1f}s waiting for {what}"
                      f" (only HEARTBEATs arrived)")
            frames = self.recv_raw(left, what)
            assert frames[0] == b"RAP1", f"[{self.name}] frame 0 is {frames[0]!r}, not RAP1: {frames!r}"
            if frames[1] == b"HEARTBEAT":
                self._check_heartbeat(frames)
                continue
            if expect is not None and frames[1] != expect:
                _fail(f"[{self.name}] expected {expect.decode()}, got {frames!r}")
            return frames

    def _check_heartbeat(self, frames):
        """§4: the bus's own HEARTBEAT to a member is RAP1, HEARTBEAT, group name; the answer
        to a client's HEARTBEAT has no body frame."""
        assert len(frames) in (2, 3), f"HEARTBEAT must have 2 or 3 frames: {frames!r}"
        if len(frames) == 3:
            assert self.group is not None, f"group HEARTBEAT to a non-member: {frames!r}"
            assert frames[2] == self.group.encode(), f"HEARTBEAT names another group: {frames!r}"
        self.heartbeats_received += 1

    def poll_for(self, timeout):
        """True once a non-HEARTBEAT message is ready (it stays queued), False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._maybe_heartbeat()
            if self.sock.poll(20):
                frames = self.sock.recv_multipart()
                if frames[:2] == [b"RAP1", b"HEARTBEAT"]:
                    self._check_heartbeat(frames)
                    continue
                self._pending.append(frames)
                return True
        return False

    def quiet(self, duration):
        """Assert that nothing but HEARTBEAT arrives within duration seconds."""
        if self.poll_for(duration):
            _fail(f"[{self.name}] expected silence, got {self._pending[0]!r}")

    # --- convenience -------------------------------------------------------------------

    def info(self):
        self.send(b"RAP1", b"INFO")
        frames = self.recv(expect=b"INFO")
        assert len(frames) == 3, f"INFO answer must have 3 frames: {frames!r}"
        return json.loads(frames[2])

    def publish(self, tag, events, timeout=RECV_TIMEOUT):
        """PUBLISH one batch and wait for its RESULT (only use with one batch in flight)."""
        self.send(b"RAP1", b"PUBLISH", tag, *events)
        frames = self.recv(timeout, expect=b"RESULT")
        assert frames[2] == (tag if isinstance(tag, bytes) else str(tag).encode())
        results = [json.loads(f) for f in frames[3:]]
        assert len(results) == len(events), f"{len(events)} events, {len(results)} results"
        return results

    def join(self, body, expect_error=False):
        self.send(b"RAP1", b"JOIN", json.dumps(body).encode())
        frames = self.recv()
        if expect_error:
            assert frames[1] == b"ERROR", f"expected ERROR for JOIN, got {frames!r}"
            return frames
        if frames[1] != b"JOINED":
            _fail(f"[{self.name}] JOIN refused: {frames!r}")
        assert len(frames) == 3, f"JOINED must have 3 frames: {frames!r}"
        joined = json.loads(frames[2])
        self.heartbeat_ms = body.get("heartbeat_ms", 1000)
        self.group = body["group"]
        return joined

    def leave(self):
        """LEAVE has no answer; an INFO on the same socket is answered after it took effect."""
        self.send(b"RAP1", b"LEAVE")
        self.heartbeat_ms = None
        info = self.info()
        self.group = None
        return info

    def deliveries(self, n, timeout=RECV_TIMEOUT):
        """Collect n (meta, event_bytes) pairs from DELIVER messages."""
        out = []
        deadline = time.monotonic() + timeout
        while len(out) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                _fail(f"[{self.name}] got {len(out)} of {n} deliveries before timeout: {out!r}")
            if not self.poll_for(left):
                _fail(f"[{self.name}] timed out after {timeout:.1f}s with {len(out)} of {n}"
                      f" expected deliveries: {out!r}")
            frames = self.recv(left, expect=b"DELIVER")
            body = frames[2:]
            assert body and len(body) % 2 == 0, f"DELIVER must carry (meta, event) pairs: {frames!r}"
            for meta, ev in zip(body[0::2], body[1::2]):
                out.append((json.loads(meta), ev))
        assert len(out) == n, f"expected {n} deliveries, got {len(out)}: {out!r}"
        return out

    def ack(self, offsets, timeout=RECV_TIMEOUT):
        """ACK offsets, wait until every one of them is ACKED; return the ACKED offsets."""
        self.send(b"RAP1", b"ACK", *[str(o).encode() for o in offsets])
        acked = []
        while sorted(acked) != sorted(offsets):
            frames = self.recv(timeout, expect=b"ACKED")
            assert len(frames) >= 3, f"ACKED without offsets: {frames!r}"
            acked += [int(f) for f in frames[2:]]
            assert set(acked) <= set(offsets), f"ACKED {acked} for ACK {offsets}"
        return acked

    def close(self):
        self.sock.close(0)


def terminate(proc):
    """SIGTERM a bus process and wait; kill it if it has not exited within 10 s.
    Returns whether it exited by itself."""
    if proc.poll() is not None:
        return True
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(10)
        return True
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
        return False


class Bus:
    def __init__(self):
        if not os.path.exists(RAPPORT_BIN):
            _fail(f"rapport binary not found at {RAPPORT_BIN} (set RAPPORT_BIN)")
        self.data_dir = tempfile.mkdtemp(prefix="rp-", dir="/tmp")
        self.ingest = f"ipc://{self.data_dir}/bus.sock"
        self.live = f"ipc://{self.data_dir}/live.sock"
        assert len(self.ingest) < 100
        self.ctx = zmq.Context()
        self.clients = []
        self.subs = []
        self.log_path = os.path.join(self.data_dir, "bus.log")
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [RAPPORT_BIN, "bus", "--data-dir", self.data_dir],
            stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        self._wait_ready()

    def log_text(self):
        self._log.flush()
        with open(self.log_path, "rb") as f:
            return f.read().decode(errors="replace")[-4000:]

    def _wait_ready(self):
        c = self.client("startup-probe")
        c.send(b"RAP1", b"INFO")
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                _fail(f"bus exited with {self.proc.returncode} during startup:\n{self.log_text()}")
            if c.sock.poll(100):
                frames = c.sock.recv_multipart()
                assert frames[:2] == [b"RAP1", b"INFO"], f"startup INFO answered with {frames!r}"
                json.loads(frames[2])
                c.close()
                self.clients.remove(c)
                return
        self.stop()
        _fail(f"bus did not answer INFO within {STARTUP_TIMEOUT}s:\n{self.log_text()}")

    def client(self, name="client"):
        c = Client(self.ctx, self.ingest, name)
        self.clients.append(c)
        return c

    def sub(self, *prefixes):
        s = self.ctx.socket(zmq.SUB)
        s.setsockopt(zmq.LINGER, 0)
        for p in prefixes:
            s.setsockopt(zmq.SUBSCRIBE, p.encode())
        s.connect(self.live)
        self.subs.append(s)
        return s

    def stop(self):
        for c in self.clients:
            c.close()
        for s in self.subs:
            s.close(0)
        self.ctx.term()
        exited = terminate(self.proc)
        self._log.close()
        shutil.rmtree(self.data_dir, ignore_errors=True)
        if not exited:
            _fail("bus did not exit within 10s of SIGTERM")


@pytest.fixture
def bus():
    b = Bus()
    try:
        yield b
    finally:
        alive = b.proc.poll() is None
        code = b.proc.returncode
        log = b.log_text()
        b.stop()
        if not alive:
            _fail(f"bus died during the test (exit {code}):\n{log}")
