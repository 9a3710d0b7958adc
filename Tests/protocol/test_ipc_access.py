"""docs/SECURITY.md, one host: ipc clients are the host's users in the data directory's group.
The bus makes its sockets usable by that group (mode 0660, the directory's group) and by nobody
else; with `curve.on_ipc: true` ipc clients present keys too and get their key's role.

The permission tests run the client as other users (setpriv). As root they prove nothing by
themselves (root connects anyway), so the bus runs as root and the clients do not; on a
machine where this suite is not root they are skipped, saying why.
"""
import json
import os
import shutil
import stat
import subprocess
import tempfile
import time

import pytest
import zmq

from conftest import RAPPORT_BIN, STARTUP_TIMEOUT, _fail, terminate

GROUP = 42431      # the data directory's group (no name needed)
MEMBER = 42430     # a user in that group
OUTSIDER = 42432   # a user who is not

needs_root = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="running clients as other users needs root and setpriv (CI runs as root)")


class IpcBus:
    def __init__(self, config_text=""):
        self.top = tempfile.mkdtemp(prefix="rp-ipc-", dir="/tmp")
        os.chmod(self.top, 0o755)
        self.data = os.path.join(self.top, "data")
        os.mkdir(self.data)
        if os.geteuid() == 0:
            os.chown(self.data, 0, GROUP)
        os.chmod(self.data, 0o2750)
        self.config = os.path.join(self.top, "rapport.yaml")
        with open(self.config, "w") as f:
            f.write(config_text)
        self.log_path = os.path.join(self.top, "bus.log")
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([RAPPORT_BIN, "bus", "--data-dir", self.data, "--config", self.config],
                                     stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not os.path.exists(os.path.join(self.data, "live.sock")):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                _fail(f"bus did not start:\n{self.log_text()}")
            time.sleep(0.05)
        time.sleep(0.2)

    def log_text(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode(errors="replace")

    def stop(self):
        terminate(self.proc)
        self._log.close()
        shutil.rmtree(self.top, ignore_errors=True)


def as_user(uid, groups, *args):
    prefix = ["setpriv", f"--reuid={uid}", f"--regid={uid}"]
    prefix += [f"--groups={','.join(map(str, groups))}"] if groups else ["--clear-groups"]
    return subprocess.run(prefix + [RAPPORT_BIN, *args], capture_output=True, text=True, timeout=60,
                          env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/tmp"})


@pytest.fixture
def bus():
    b = IpcBus()
    try:
        yield b
    finally:
        b.stop()


@needs_root
def test_sockets_are_for_the_data_directorys_group(bus):
    for name in ("bus.sock", "live.sock"):
        st = os.stat(os.path.join(bus.data, name))
        assert stat.S_IMODE(st.st_mode) == 0o660, oct(st.st_mode)
        assert st.st_gid == GROUP


@needs_root
def test_a_group_member_uses_the_bus_and_an_outsider_is_told_permission_denied(bus):
    member = as_user(MEMBER, [GROUP], "ping", "--data-dir", bus.data, "--timeout", "5s")
    assert member.returncode == 0, member.stdout + member.stderr
    event = json.dumps({"specversion": "1.0", "id": "p1", "source": "/t", "type": "rapport.interaction.ended",
                        "time": "2026-12-06T10:00:00Z", "location": "store-12", "data": {"interaction": "i1"}})
    emitted = as_user(MEMBER, [GROUP], "emit", event, "--data-dir", bus.data, "--timeout", "5s")
    assert emitted.returncode == 0, emitted.stdout + emitted.stderr
    # A health check says CRITICAL (2); a command exits 77: both say permission denied.
    outsider = as_user(OUTSIDER, [], "ping", "--data-dir", bus.data, "--timeout", "5s")
    assert outsider.returncode == 2, outsider.stdout + outsider.stderr
    assert "permission denied" in (outsider.stdout + outsider.stderr).lower()
    outsider = as_user(OUTSIDER, [], "emit", event, "--data-dir", bus.data, "--timeout", "5s")
    assert outsider.returncode == 77, outsider.stdout + outsider.stderr
    assert "permission denied" in (outsider.stdout + outsider.stderr).lower()


@needs_root
def test_the_group_cannot_read_what_it_may_not_write():
    """The log and group state: the group reads them (backups), others cannot even look in."""
    b = IpcBus()
    try:
        log_dir = os.path.join(b.data, "log")
        assert stat.S_IMODE(os.stat(log_dir).st_mode) & 0o007 == 0
        outsider = subprocess.run(["setpriv", f"--reuid={OUTSIDER}", f"--regid={OUTSIDER}", "--clear-groups",
                                   "ls", log_dir], capture_output=True, text=True)
        assert outsider.returncode != 0
    finally:
        b.stop()


def test_curve_on_ipc_makes_ipc_clients_present_keys():
    server_public, server_secret = zmq.curve_keypair()
    top = tempfile.mkdtemp(prefix="rp-onipc-", dir="/tmp")
    key_path = os.path.join(top, "bus.key")
    with open(key_path, "wb") as f:
        f.write(server_secret + b"\n")
    os.chmod(key_path, 0o600)
    desk_public, desk_secret = zmq.curve_keypair()
    with open(os.path.join(top, "desk.key.pub"), "wb") as f:
        f.write(desk_public + b"\n")
    b = None
    try:
        b = IpcBus(f'curve: {{secret_key_file: "{key_path}", on_ipc: true}}\n')
        registered = subprocess.run([RAPPORT_BIN, "keys", "add", "--public-key-file", os.path.join(top, "desk.key.pub"),
                                     "--role", "agent", "--name", "desk-1", "--location", "store-12",
                                     "--keys-file", os.path.join(b.data, "keys.yaml"), "--timeout", "1s"],
                                    capture_output=True, text=True, timeout=60)
        assert registered.returncode == 0, registered.stdout + registered.stderr
        endpoint = "ipc://" + os.path.join(b.data, "bus.sock")
        ctx = zmq.Context()
        try:
            plain = ctx.socket(zmq.DEALER)
            plain.setsockopt(zmq.LINGER, 0)
            plain.connect(endpoint)
            plain.send_multipart([b"RAP1", b"INFO"])
            assert not plain.poll(1500), "an ipc client without a key was answered"
            desk = ctx.socket(zmq.DEALER)
            desk.setsockopt(zmq.LINGER, 0)
            desk.curve_secretkey, desk.curve_publickey, desk.curve_serverkey = desk_secret, desk_public, server_public
            desk.connect(endpoint)
            deadline = time.monotonic() + 10
            reply = None
            while time.monotonic() < deadline and reply is None:
                desk.send_multipart([b"RAP1", b"JOIN", json.dumps({"group": "g", "consumer": "c", "types": ["*"]}).encode()])
                if desk.poll(500):
                    reply = desk.recv_multipart()
            assert reply is not None and reply[1] == b"ERROR" and reply[3] == b"forbidden", reply
        finally:
            ctx.destroy(0)
    finally:
        if b is not None:
            b.stop()
        shutil.rmtree(top, ignore_errors=True)
