"""PROTOCOL.md §9 (Security: roles), written from that section and docs/SECURITY.md: every
message is checked against its key's role in the key registry (curve.keys_file), which
`rapport keys` writes; a refusal is ERROR `forbidden` (one event of a PUBLISH: its RESULT
entry), the connection goes on serving, and the bus log names the key.

Each test starts its own bus on two loopback tcp ports. Keys are made by pyzmq, registered
with the real `rapport keys add`, and used by pyzmq clients.
"""
import json
import os
import shutil
import subprocess
import tempfile
import time

import pytest
import zmq

from conftest import RAPPORT_BIN, REPO, STARTUP_TIMEOUT, _fail, terminate
from test_security import free_port

WAIT_MS = 5000


def event(eid, etype, location, data, source="/locations/store-12/desks/3"):
    e = {"specversion": "1.0", "id": eid, "source": source, "type": etype,
         "time": "2026-12-06T10:00:00Z", "data": data}
    if location is not None:
        e["location"] = location
    return json.dumps(e).encode()


def ended(eid, location="store-12"):
    return event(eid, "rapport.interaction.ended", location, {"interaction": "i-" + eid})


def alert(eid, location):
    return event(eid, "rapport.alert.raised", location,
                 {"alert": "a-" + eid, "severity": "warning", "kind": "test.kind",
                  "summary": "an alert at " + str(location), "dedup": "d-" + eid, "refs": {}},
                 source="/plugins/complaint-alerts")


class RoleBus:
    """`rapport bus` on tcp whose clients are checked against a key registry."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="rp-roles-", dir="/tmp")
        self.ingest = f"tcp://127.0.0.1:{free_port()}"
        self.live = f"tcp://127.0.0.1:{free_port()}"
        self.server_public, server_secret = zmq.curve_keypair()
        self.bus_key = os.path.join(self.dir, "bus.key")
        with open(self.bus_key, "wb") as f:
            f.write(server_secret + b"\n")
        with open(self.bus_key + ".pub", "wb") as f:
            f.write(self.server_public + b"\n")
        self.keys_file = os.path.join(self.dir, "data", "keys.yaml")
        os.makedirs(os.path.join(self.dir, "data"))
        self.config = os.path.join(self.dir, "rapport.yaml")
        with open(self.config, "w") as f:
            f.write(f'endpoints: {{ingest: "{self.ingest}", live: "{self.live}"}}\n'
                    f'curve: {{secret_key_file: "{self.bus_key}"}}\n')
        self.ctx = zmq.Context()
        self.sockets = []
        self.keys = {}
        self.proc = None
        self.log_path = os.path.join(self.dir, "bus.log")

    def key(self, name, role, *options):
        """Makes a key pair with pyzmq and registers its public key with `rapport keys add`."""
        public, secret = zmq.curve_keypair()
        public_file = os.path.join(self.dir, name + ".key.pub")
        with open(public_file, "wb") as f:
            f.write(public + b"\n")
        with open(os.path.join(self.dir, name + ".key"), "wb") as f:
            f.write(secret + b"\n")
        os.chmod(os.path.join(self.dir, name + ".key"), 0o600)
        self.rapport("keys", "add", "--public-key-file", public_file, "--role", role, "--name", name,
                     "--keys-file", self.keys_file, *options)
        self.keys[name] = (public, secret)
        return public, secret

    def rapport(self, *args, check=True):
        result = subprocess.run([RAPPORT_BIN, *args], capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            _fail(f"rapport {' '.join(args)} exited {result.returncode}:\n{result.stdout}{result.stderr}")
        return result

    def client_options(self, name):
        return ["--endpoint", self.ingest, "--server-key-file", self.bus_key + ".pub",
                "--client-key-file", os.path.join(self.dir, name + ".key")]

    def start(self, admin="ops"):
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [RAPPORT_BIN, "bus", "--data-dir", os.path.join(self.dir, "data"), "--config", self.config],
            stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                _fail(f"bus exited with {self.proc.returncode} during startup:\n{self.log_text()}")
            s = self.dealer(admin)
            s.send_multipart([b"RAP1", b"INFO"])
            if s.poll(200):
                s.recv_multipart()
                return
        _fail(f"bus did not answer INFO within {STARTUP_TIMEOUT}s:\n{self.log_text()}")

    def log_text(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode(errors="replace")

    def dealer(self, name):
        public, secret = self.keys[name]
        s = self.ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.LINGER, 0)
        s.curve_secretkey = secret
        s.curve_publickey = public
        s.curve_serverkey = self.server_public
        s.connect(self.ingest)
        self.sockets.append(s)
        return s

    def subscriber(self, name):
        public, secret = self.keys[name]
        s = self.ctx.socket(zmq.SUB)
        s.setsockopt(zmq.LINGER, 0)
        s.curve_secretkey = secret
        s.curve_publickey = public
        s.curve_serverkey = self.server_public
        s.setsockopt(zmq.SUBSCRIBE, b"")
        s.connect(self.live)
        self.sockets.append(s)
        return s

    def stop(self):
        for s in self.sockets:
            s.close(0)
        self.ctx.term()
        if self.proc is not None:
            terminate(self.proc)
            self._log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def ask(sock, *frames, wait_ms=WAIT_MS):
    """Sends a request and returns the next message that is not a HEARTBEAT."""
    sock.send_multipart([f if isinstance(f, bytes) else str(f).encode() for f in frames])
    deadline = time.monotonic() + wait_ms / 1000
    while time.monotonic() < deadline:
        if sock.poll(max(1, int((deadline - time.monotonic()) * 1000))):
            reply = sock.recv_multipart()
            if reply[1] != b"HEARTBEAT":
                return reply
    _fail(f"no answer to {frames[1]!r} within {wait_ms} ms")


def forbidden(reply, context):
    assert reply[1] == b"ERROR", f"expected ERROR forbidden, got {reply!r}"
    assert reply[2].decode() == context, reply
    assert reply[3] == b"forbidden", reply
    return reply[4].decode()


def join(sock, group, types, start="earliest"):
    return ask(sock, b"RAP1", b"JOIN",
               json.dumps({"group": group, "consumer": "c", "types": types, "start": start}).encode())


def read(sock, types, **extra):
    return ask(sock, b"RAP1", b"READ", json.dumps({"from": "earliest", "types": types, **extra}).encode())


@pytest.fixture
def bus():
    b = RoleBus()
    b.key("ops", "admin")
    b.key("desk-3", "agent", "--location", "store-12")
    b.key("sam", "manager", "--location", "store-12")
    b.key("complaints", "plugin", "--plugin", "complaint-alerts", "--plugins-dir", str(REPO / "plugins"))
    try:
        b.start()
        yield b
    finally:
        b.stop()


def publish(sock, *events, tag=b"t1"):
    return ask(sock, b"RAP1", b"PUBLISH", tag, *events)


def statuses(reply):
    """Each event's (status, code) in a RESULT."""
    assert reply[1] == b"RESULT", f"expected RESULT, got {reply!r}"
    return [(o["status"], o.get("code")) for o in map(json.loads, reply[3:])]


def test_agent_publishes_desk_events_for_its_location_only(bus):
    desk = bus.dealer("desk-3")
    reply = publish(desk, ended("e1"), ended("e2", "store-99"), alert("e3", "store-12"))
    got = statuses(reply)
    assert got[0][0] == "accepted"
    assert got[1] == ("rejected", "forbidden")
    assert got[2] == ("rejected", "forbidden")
    # The connection keeps serving the client's other messages.
    assert ask(desk, b"RAP1", b"INFO")[1] == b"INFO"
    log = bus.log_text()
    assert "forbidden" in log and "desk-3" in log


def test_agent_cannot_consume_read_or_administer(bus):
    desk = bus.dealer("desk-3")
    assert "cannot consume" in forbidden(join(desk, "g-desk", ["rapport.*"]), "JOIN")
    assert "cannot consume" in forbidden(read(desk, ["rapport.alert.*"]), "READ")
    forbidden(ask(desk, b"RAP1", b"GROUP", json.dumps({"group": "g", "action": "delete"}).encode()), "GROUP")
    assert statuses(publish(desk, ended("e9")))[0][0] == "accepted"


def test_plugin_consumes_and_publishes_what_its_manifest_says(bus):
    plugin = bus.dealer("complaints")
    manifest_types = ["rapport.complaint.received", "rapport.complaint.resolved"]
    reply = join(plugin, "complaint-alerts", manifest_types)
    assert reply[1] == b"JOINED", reply
    other = bus.dealer("complaints")
    assert "not within" in forbidden(join(other, "g-all", ["*"]), "JOIN")
    assert "not within" in forbidden(read(other, ["rapport.promise.*"]), "READ")
    got = statuses(publish(other, alert("p1", "store-12"), ended("p2")))
    assert got[0][0] == "accepted"
    assert got[1] == ("rejected", "forbidden")


def test_manager_reads_alerts_of_its_locations_only_on_every_path(bus):
    ops = bus.dealer("ops")
    assert [s for s, _ in statuses(publish(ops, alert("m1", "store-12"), alert("m2", "store-99"), ended("m3")))] == ["accepted"] * 3
    sam = bus.dealer("sam")
    # READ without a group: only store-12's alert.
    reply = read(sam, ["rapport.alert.*"])
    assert reply[1] == b"EVENTS", reply
    got = [json.loads(f)["location"] for f in reply[4::2]]
    assert got == ["store-12"]
    # A group: only store-12's alert is delivered.
    joined = join(sam, "sam-alerts", ["rapport.alert.*"])
    assert joined[1] == b"JOINED", joined
    sam.send_multipart([b"RAP1", b"CREDIT", b"10"])
    delivered = []
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        if sam.poll(200):
            m = sam.recv_multipart()
            if m[1] == b"DELIVER":
                delivered += [json.loads(f)["location"] for f in m[3::2]]
    assert delivered == ["store-12"], delivered
    # Desk events and everything else are out of reach.
    other = bus.dealer("sam")
    assert "not within" in forbidden(read(other, ["rapport.interaction.*"]), "READ")
    assert "not within" in forbidden(join(other, "sam-all", ["*"]), "JOIN")
    forbidden(ask(other, b"RAP1", b"GROUP", json.dumps({"group": "sam-alerts", "action": "delete", "force": True}).encode()), "GROUP")


def test_manager_acknowledges_alerts_of_its_locations(bus):
    sam = bus.dealer("sam")
    ack = lambda eid, loc: event(eid, "rapport.alert.acknowledged", loc, {"alert": "a-m1", "by": "sam"}, source="/managers/sam")
    got = statuses(publish(sam, ack("k1", "store-12"), ack("k2", "store-99"), alert("k3", "store-12")))
    assert got[0][0] == "accepted"
    assert got[1] == ("rejected", "forbidden")
    assert got[2] == ("rejected", "forbidden")


def test_live_feed_is_for_admin_keys(bus):
    admin_sub = bus.subscriber("ops")
    sam_sub = bus.subscriber("sam")
    ops = bus.dealer("ops")
    time.sleep(0.5)  # subscriptions reach the bus
    deadline = time.monotonic() + 5
    got_admin = False
    n = 0
    while time.monotonic() < deadline and not got_admin:
        publish(ops, alert(f"l{n}", "store-12"), tag=f"t{n}".encode())
        n += 1
        got_admin = bool(admin_sub.poll(200))
    assert got_admin, "the admin key's live subscriber received nothing"
    assert not sam_sub.poll(300), "a manager key received the live feed"
    assert "socket=live" in bus.log_text() and "live feed is for admin keys" in bus.log_text()


def test_admin_administers_groups(bus):
    ops = bus.dealer("ops")
    assert join(ops, "ops-g", ["*"])[1] == b"JOINED"
    ops.send_multipart([b"RAP1", b"LEAVE"])
    other = bus.dealer("ops")
    reply = ask(other, b"RAP1", b"GROUP", json.dumps({"group": "ops-g", "action": "reset", "to": "earliest", "force": True}).encode())
    assert reply[1] == b"GROUP", reply


def test_revocation_applies_to_the_next_message_on_an_open_connection(bus):
    desk = bus.dealer("desk-3")
    assert statuses(publish(desk, ended("r1")))[0][0] == "accepted"
    follower = bus.subscriber("ops")
    bus.key("ops2", "admin")
    result = bus.rapport("keys", "revoke", "desk-3", "--keys-file", bus.keys_file, *bus.client_options("ops2"))
    assert "applied" in result.stdout, result.stdout
    reply = publish(desk, ended("r2"), tag=b"t2")
    assert "revoked" in forbidden(reply, "t2")
    assert ask(desk, b"RAP1", b"INFO")[1] == b"ERROR"  # every message, INFO included
    # Revoking an admin key drops its live subscription: the feed reconnects it, and ZAP refuses it.
    time.sleep(0.3)
    bus.rapport("keys", "revoke", "ops", "--keys-file", bus.keys_file, *bus.client_options("ops2"))
    ops2 = bus.dealer("ops2")
    time.sleep(0.5)
    while follower.poll(100):
        follower.recv_multipart()
    for n in range(5):
        publish(ops2, alert(f"rv{n}", "store-12"), tag=f"v{n}".encode())
    assert not follower.poll(500), "a revoked admin key still receives the live feed"
    assert "revoked" in bus.log_text()


def test_unregistered_keys_are_refused_at_connection():
    b = RoleBus()
    b.key("ops", "admin")
    try:
        b.start()
        public, secret = zmq.curve_keypair()
        b.keys["stranger"] = (public, secret)
        s = b.dealer("stranger")
        s.send_multipart([b"RAP1", b"INFO"])
        assert not s.poll(1500)
        assert "the key is not registered" in b.log_text()
    finally:
        b.stop()


def test_authorized_keys_file_keys_stay_admin_with_a_warning():
    b = RoleBus()
    b.key("ops", "admin")
    legacy_public, legacy_secret = zmq.curve_keypair()
    authorized = os.path.join(b.dir, "authorized_keys")
    with open(authorized, "wb") as f:
        f.write(legacy_public + b"  # an old desk\n")
    with open(b.config, "a") as f:
        f.write(f'  # (appended)\n')
    with open(b.config, "w") as f:
        f.write(f'endpoints: {{ingest: "{b.ingest}", live: "{b.live}"}}\n'
                f'curve: {{secret_key_file: "{b.bus_key}", authorized_keys_file: "{authorized}"}}\n')
    b.keys["legacy"] = (legacy_public, legacy_secret)
    try:
        b.start()
        s = b.dealer("legacy")
        assert join(s, "legacy-g", ["*"])[1] == b"JOINED"
        assert "have no role and act as admin" in b.log_text()
    finally:
        b.stop()


def test_alerts_ack_copies_the_alerts_location_so_a_manager_key_may_publish_it(bus):
    ops = bus.dealer("ops")
    assert [s for s, _ in statuses(publish(ops, alert("q1", "store-12"), alert("q2", "store-99")))] == ["accepted"] * 2
    mine = bus.rapport("alerts", "ack", "a-q1", "--by", "sam", "--json", *bus.client_options("sam"), check=False)
    assert mine.returncode == 0, mine.stdout + mine.stderr
    theirs = bus.rapport("alerts", "ack", "a-q2", "--by", "sam", *bus.client_options("sam"), check=False)
    assert theirs.returncode == 65, theirs.stdout + theirs.stderr
    assert "forbidden" in theirs.stderr


def test_revoking_a_key_stops_deliveries_already_credited(bus):
    """Deliveries are pushed without a message from the key: a revoked manager's member is
    removed from its group at once and told, and its remaining credit brings it nothing."""
    sam = bus.dealer("sam")
    assert join(sam, "sam-live", ["rapport.alert.*"], start="latest")[1] == b"JOINED"
    sam.send_multipart([b"RAP1", b"CREDIT", b"1000"])
    ops = bus.dealer("ops")
    publish(ops, alert("c1", "store-12"), tag=b"c1")
    deadline = time.monotonic() + 5
    got = []
    while time.monotonic() < deadline and not got:
        if sam.poll(200):
            m = sam.recv_multipart()
            if m[1] == b"DELIVER":
                got.append(m)
    assert got, "the manager's member received nothing before the revocation"
    bus.key("ops3", "admin")
    result = bus.rapport("keys", "revoke", "sam", "--keys-file", bus.keys_file, *bus.client_options("ops3"))
    assert "applied" in result.stdout, result.stdout
    told = None
    for n in range(5):
        publish(ops, alert(f"c2-{n}", "store-12"), tag=f"c2-{n}".encode())
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        if sam.poll(200):
            m = sam.recv_multipart()
            assert m[1] != b"DELIVER", "a revoked key was still delivered events"
            if m[1] == b"ERROR":
                told = m
    assert told is not None and told[3] == b"forbidden", told
