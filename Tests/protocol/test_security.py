"""PROTOCOL.md §9 (Security), written from that section alone: a bus on tcp with CurveZMQ
lets in only the clients whose public keys its authorized keys file lists.

Each test starts its own bus on two loopback tcp ports with keys made by pyzmq.
"""
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
import zmq
from zmq.utils.monitor import recv_monitor_message

from conftest import RAPPORT_BIN, STARTUP_TIMEOUT, _fail, terminate

REFUSED_WAIT_MS = 1500  # how long a refused client waits in vain


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TcpBus:
    """`rapport bus` on tcp with curve.secret_key_file and curve.authorized_keys_file."""

    def __init__(self, authorized):
        self.dir = tempfile.mkdtemp(prefix="rp-tcp-", dir="/tmp")
        self.ingest = f"tcp://127.0.0.1:{free_port()}"
        self.live = f"tcp://127.0.0.1:{free_port()}"
        self.server_public, server_secret = zmq.curve_keypair()
        with open(os.path.join(self.dir, "bus.key"), "wb") as f:
            f.write(server_secret + b"\n")
        self.keys_file = os.path.join(self.dir, "authorized_keys")
        self.authorize(authorized)
        config = os.path.join(self.dir, "rapport.yaml")
        with open(config, "w") as f:
            f.write(f'endpoints: {{ingest: "{self.ingest}", live: "{self.live}"}}\n'
                    f'curve: {{secret_key_file: "{self.dir}/bus.key", '
                    f'authorized_keys_file: "{self.keys_file}"}}\n')
        self.ctx = zmq.Context()
        self.sockets = []
        self.log_path = os.path.join(self.dir, "bus.log")
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [RAPPORT_BIN, "bus", "--data-dir", os.path.join(self.dir, "data"), "--config", config],
            stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def authorize(self, publics, bump=0):
        """Writes the authorized keys file (one key a line, a comment) and moves its mtime on."""
        with open(self.keys_file, "wb") as f:
            f.write(b"# clients allowed on tcp\n" + b"".join(p + b"  # a client\n" for p in publics))
        now = time.time() + bump
        os.utime(self.keys_file, (now, now))

    def log_text(self):
        self._log.flush()
        with open(self.log_path, "rb") as f:
            return f.read().decode(errors="replace")

    def dealer(self, public, secret):
        """A DEALER on the ingest socket with this key pair, as §9 shows."""
        s = self.ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.LINGER, 0)
        s.curve_secretkey = secret
        s.curve_publickey = public
        s.curve_serverkey = self.server_public
        s.connect(self.ingest)
        self.sockets.append(s)
        return s

    def info(self, public, secret, timeout_ms):
        """INFO's JSON over a new connection with this key pair, or None if nothing comes."""
        s = self.dealer(public, secret)
        s.send_multipart([b"RAP1", b"INFO"])
        if not s.poll(timeout_ms):
            return None
        frames = s.recv_multipart()
        assert frames[:2] == [b"RAP1", b"INFO"], f"INFO answered with {frames!r}"
        return json.loads(frames[2])

    def wait_ready(self, public, secret):
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                _fail(f"bus exited with {self.proc.returncode} during startup:\n{self.log_text()}")
            if self.info(public, secret, 200) is not None:
                return
        _fail(f"bus did not answer INFO within {STARTUP_TIMEOUT}s:\n{self.log_text()}")

    def stop(self):
        for s in self.sockets:
            s.close(0)
        self.ctx.term()
        exited = terminate(self.proc)
        self._log.close()
        shutil.rmtree(self.dir, ignore_errors=True)
        if not exited:
            _fail("bus did not exit within 10s of SIGTERM")


@pytest.fixture
def desk():
    return zmq.curve_keypair()


@pytest.fixture
def tcp_bus(desk):
    b = TcpBus([desk[0]])
    try:
        b.wait_ready(*desk)
        yield b
    finally:
        alive = b.proc.poll() is None
        log = b.log_text()
        b.stop()
        if not alive:
            _fail(f"bus died during the test:\n{log}")


def test_listed_client_gets_in_and_unlisted_gets_no_answer(tcp_bus, desk):
    assert "log" in tcp_bus.info(*desk, 5000)
    stranger_public, stranger_secret = zmq.curve_keypair()
    assert tcp_bus.info(stranger_public, stranger_secret, REFUSED_WAIT_MS) is None
    assert "refused a client" in tcp_bus.log_text()
    assert stranger_public.decode() in tcp_bus.log_text()


def test_adding_a_key_admits_new_connections_and_removing_it_revokes(tcp_bus, desk):
    stranger = zmq.curve_keypair()
    assert tcp_bus.info(*stranger, REFUSED_WAIT_MS) is None
    tcp_bus.authorize([desk[0], stranger[0]], bump=1)
    assert tcp_bus.info(*stranger, 5000) is not None, "a listed key must get in without a restart"
    tcp_bus.authorize([stranger[0]], bump=2)
    assert tcp_bus.info(*desk, REFUSED_WAIT_MS) is None, "a removed key must not get in again"
    assert tcp_bus.info(*stranger, 5000) is not None


def test_key_pair_from_rapport_keygen(tcp_bus):
    key_file = os.path.join(tcp_bus.dir, "desk.key")
    subprocess.run([RAPPORT_BIN, "keygen", "--out", key_file], check=True, capture_output=True)
    secret = open(key_file, "rb").read().split()[0]
    public = zmq.curve_public(secret)
    assert open(key_file + ".pub", "rb").read().split()[0] == public
    assert tcp_bus.info(public, secret, REFUSED_WAIT_MS) is None
    tcp_bus.authorize([public], bump=1)
    assert tcp_bus.info(public, secret, 5000) is not None


def test_live_feed_needs_a_listed_key(tcp_bus, desk):
    subs = []
    for public, secret in [desk, zmq.curve_keypair()]:
        s = tcp_bus.ctx.socket(zmq.SUB)
        s.setsockopt(zmq.LINGER, 0)
        s.curve_secretkey = secret
        s.curve_publickey = public
        s.curve_serverkey = tcp_bus.server_public
        s.setsockopt(zmq.SUBSCRIBE, b"")
        s.connect(tcp_bus.live)
        tcp_bus.sockets.append(s)
        subs.append(s)
    time.sleep(0.3)  # subscriptions take a moment to reach the bus
    producer = tcp_bus.dealer(*desk)
    event = {"specversion": "1.0", "id": "sec-1", "source": "/locations/store-12/desks/3",
             "type": "rapport.feedback.received", "time": "2024-05-01T09:00:00Z",
             "location": "store-12", "data": {"source": "comment-card", "scores": {"nps": 9}}}
    producer.send_multipart([b"RAP1", b"PUBLISH", b"t1", json.dumps(event).encode()])
    assert producer.poll(5000), "no RESULT"
    listed, stranger = subs
    assert listed.poll(5000), "the listed follower got nothing"
    assert listed.recv_multipart()[0] == b"rapport.feedback.received"
    assert not stranger.poll(500), "an unlisted follower got the feed"


def handshake_events(bus, public, secret, server_public, wait_s=1.5, kind=zmq.DEALER,
                     endpoint=None):
    """Monitor events of a DEALER with these keys that sends INFO (or of a SUB on the live
    feed), for wait_s seconds; and whether the socket got a message."""
    s = bus.ctx.socket(kind)
    s.setsockopt(zmq.LINGER, 0)
    s.curve_secretkey = secret
    s.curve_publickey = public
    s.curve_serverkey = server_public
    bus.sockets.append(s)
    monitor = s.get_monitor_socket()  # before connect, so no event is missed
    if kind == zmq.SUB:
        s.setsockopt(zmq.SUBSCRIBE, b"")
        s.connect(endpoint or bus.live)
    else:
        s.connect(endpoint or bus.ingest)
        s.send_multipart([b"RAP1", b"INFO"])
    events = []
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if monitor.poll(50):
            m = recv_monitor_message(monitor)
            events.append((m["event"], m["value"]))
    answered = s.poll(0)
    s.disable_monitor()
    monitor.close(0)
    return events, answered


def test_a_socket_monitor_shows_the_refusal(tcp_bus, desk):
    """§9: a refused client gets no RAP1 message, but its socket monitor reports
    EVENT_HANDSHAKE_FAILED_AUTH with the ZAP status 400, and libzmq does not reconnect."""
    events, answered = handshake_events(tcp_bus, *desk, tcp_bus.server_public)
    assert answered
    assert (zmq.EVENT_HANDSHAKE_SUCCEEDED, 0) in events, events

    events, answered = handshake_events(tcp_bus, *zmq.curve_keypair(), tcp_bus.server_public)
    assert not answered
    kinds = [e for e, _ in events]
    assert (zmq.EVENT_HANDSHAKE_FAILED_AUTH, 400) in events, events
    assert zmq.EVENT_HANDSHAKE_SUCCEEDED not in kinds, events
    assert zmq.EVENT_CONNECT_RETRIED not in kinds, f"libzmq retried a refused connection: {events}"


def test_a_wrong_server_key_is_not_an_auth_failure(tcp_bus, desk):
    """§9: with a wrong CURVE_SERVERKEY the bus cannot read the handshake: the monitor shows
    EVENT_HANDSHAKE_FAILED_NO_DETAIL (not _AUTH), and libzmq keeps reconnecting."""
    events, answered = handshake_events(tcp_bus, *desk, zmq.curve_keypair()[0])
    assert not answered
    kinds = [e for e, _ in events]
    assert zmq.EVENT_HANDSHAKE_FAILED_NO_DETAIL in kinds, events
    assert zmq.EVENT_HANDSHAKE_FAILED_AUTH not in kinds, events
    assert zmq.EVENT_CONNECT_RETRIED in kinds, events


def test_a_refused_live_follower_sees_the_refusal_too(tcp_bus):
    events, _ = handshake_events(tcp_bus, *zmq.curve_keypair(), tcp_bus.server_public,
                                 kind=zmq.SUB)
    assert (zmq.EVENT_HANDSHAKE_FAILED_AUTH, 400) in events, events


def test_nothing_listening_shows_only_connection_retries(tcp_bus, desk):
    """§9: an endpoint where nothing accepts connections: no EVENT_CONNECTED and no handshake
    event, only EVENT_CONNECT_RETRIED again and again."""
    events, answered = handshake_events(tcp_bus, *desk, tcp_bus.server_public,
                                        endpoint=f"tcp://127.0.0.1:{free_port()}")
    assert not answered
    kinds = {e for e, _ in events}
    assert zmq.EVENT_CONNECT_RETRIED in kinds, events
    handshake = {zmq.EVENT_CONNECTED, zmq.EVENT_HANDSHAKE_SUCCEEDED, zmq.EVENT_HANDSHAKE_FAILED_AUTH,
                 zmq.EVENT_HANDSHAKE_FAILED_NO_DETAIL, zmq.EVENT_HANDSHAKE_FAILED_PROTOCOL}
    assert not kinds & handshake, events
