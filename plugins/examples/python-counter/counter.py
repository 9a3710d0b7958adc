#!/usr/bin/env python3
"""python-counter: counts events per type and location per hour and raises one
`rapport.alert.raised` (kind `summary.hourly`, severity `info`) per location when an hour
closes.

Written from docs/PROTOCOL.md alone, with pyzmq: a consumer group member (JOIN, CREDIT,
DELIVER, ACK, HEARTBEAT; §4 and the consumer example of §10) and a producer (PUBLISH,
RESULT; §3). See README.md for the design; in short:

* counts live only in memory, keyed by offset, so a redelivered event is never counted twice;
* an event is acknowledged only once the hour it belongs to has been summarised and the bus
  has answered the summary's PUBLISH (RESULT), so after a crash the group redelivers exactly
  the events of the hours still open, and the counts are rebuilt from them;
* each summary has a fixed id (group, location, hour), so publishing it again after a crash
  is a `duplicate` at the bus, never a second alert.
"""
import argparse
import json
import os
import signal
import sys
import time
from datetime import datetime, timezone

import zmq

SOURCE = "/plugins/python-counter"
KIND = "summary.hourly"


def log(message):
    print(f"python-counter: {message}", file=sys.stderr, flush=True)


# --- settings ----------------------------------------------------------------------------


def settings(argv=None):
    """Command line first, then the environment (COUNTER_*, RAPPORT_*), then the settings
    `rapport up` passes (RAPPORT_SETTINGS, a JSON object of this plugin's settings), then
    defaults."""
    supervised = json.loads(os.environ.get("RAPPORT_SETTINGS") or "{}")
    keys = {"RAPPORT_ENDPOINT": "endpoint", "RAPPORT_DATA_DIR": "data_dir", "COUNTER_GROUP": "group",
            "COUNTER_WINDOW_SECONDS": "window_seconds", "COUNTER_IDLE_SECONDS": "idle_seconds",
            "COUNTER_MIN_EVENTS": "min_events", "COUNTER_HEARTBEAT_MS": "heartbeat_ms"}

    def env(name, default=None):
        if name in os.environ:
            return os.environ[name]
        value = supervised.get(keys.get(name, ""))
        return default if value in (None, "") else str(value)
    p = argparse.ArgumentParser(description="Hourly event counts per location, as summary alerts.")
    p.add_argument("--endpoint", default=env("RAPPORT_ENDPOINT"),
                   help="the bus's ingest endpoint (default: ipc://<data-dir>/bus.sock)")
    p.add_argument("--data-dir", default=env("RAPPORT_DATA_DIR", "rapport-data"),
                   help="the bus's data directory, for the default ipc endpoint")
    p.add_argument("--server-key", default=env("RAPPORT_SERVER_KEY"),
                   help="the bus's CURVE public key, when it checks client keys (tcp, or curve.on_ipc)")
    p.add_argument("--client-key-file", default=env("RAPPORT_CLIENT_KEY_FILE"),
                   help="this plugin's CURVE secret key file, registered with the bus (rapport up makes one)")
    p.add_argument("--group", default=env("COUNTER_GROUP", "python-counter"), help="consumer group name")
    p.add_argument("--consumer", default=env("COUNTER_CONSUMER", env("RAPPORT_PLUGIN_INSTANCE", f"python-counter-{os.getpid()}")),
                   help="this member's name, shown by `rapport groups`")
    p.add_argument("--window-seconds", type=int, default=int(env("COUNTER_WINDOW_SECONDS", "3600")),
                   help="length of an 'hour' in seconds (shorter in tests)")
    p.add_argument("--idle-seconds", type=float, default=float(env("COUNTER_IDLE_SECONDS", "300")),
                   help="close an hour whose end has passed once no event has arrived for this long")
    p.add_argument("--min-events", type=int, default=int(env("COUNTER_MIN_EVENTS", "1")),
                   help="raise a summary only for a location with at least this many events in the hour")
    p.add_argument("--heartbeat-ms", type=int, default=int(env("COUNTER_HEARTBEAT_MS", "1000")),
                   help="how often this member sends HEARTBEAT")
    s = p.parse_args(argv)
    if s.window_seconds < 1:
        p.error("--window-seconds must be 1 or more")
    if s.min_events < 1:
        p.error("--min-events must be 1 or more")
    if s.client_key_file and not s.server_key:
        p.error("--client-key-file needs --server-key (the bus's public key)")
    if s.endpoint is None:
        s.endpoint = f"ipc://{os.path.abspath(s.data_dir)}/bus.sock"
    return s


# --- the counting, without I/O ------------------------------------------------------------


class Tally:
    """Events of the open hours, by offset, and the last hour closed.

    Keyed by offset, so an event delivered twice (a redelivery after an ack timeout) counts
    once. Nothing here is durable: after a restart the group redelivers every event not yet
    acknowledged, which are exactly the events of the hours not yet summarised.
    """

    def __init__(self, window_seconds):
        self.window = window_seconds
        self.open = {}            # hour -> {offset: (location, type)}
        self.closed_through = None  # the latest hour summarised by this process

    def hour_of(self, epoch_seconds):
        return int(epoch_seconds // self.window)

    def add(self, offset, hour, location, type_):
        """'counted', 'again' (this offset is already counted) or 'late' (its hour is closed)."""
        if self.closed_through is not None and hour <= self.closed_through:
            return "late"
        events = self.open.setdefault(hour, {})
        if offset in events:
            return "again"
        events[offset] = (location, type_)
        return "counted"

    def hours_before(self, hour):
        """Open hours that end before `hour` starts: an event from `hour` closes them."""
        return sorted(h for h in self.open if h < hour)

    def counts(self, hour):
        """{location: {type: n}} for an open hour."""
        out = {}
        for location, type_ in self.open.get(hour, {}).values():
            by_type = out.setdefault(location, {})
            by_type[type_] = by_type.get(type_, 0) + 1
        return out

    def close(self, hour):
        """Forgets the hour and returns its offsets, to acknowledge."""
        offsets = sorted(self.open.pop(hour, {}))
        self.closed_through = hour if self.closed_through is None else max(self.closed_through, hour)
        return offsets

    def forget_open(self):
        """Drops the open hours (after a rejoin their events are delivered again)."""
        self.open.clear()


def iso(epoch_seconds):
    return datetime.fromtimestamp(epoch_seconds, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def summary_event(group, window, hour, location, by_type):
    """The summary alert for one location and hour. Its id and dedup key depend only on the
    group, the location and the hour, so every resend (and every recount after a crash) is the
    same event to the bus's de-duplication."""
    start, end = iso(hour * window), iso((hour + 1) * window)
    total = sum(by_type.values())
    key = f"{group}/{location}/{start}"
    parts = ", ".join(f"{n} {t}" for t, n in sorted(by_type.items()))
    return {
        "specversion": "1.0", "id": f"summary.hourly/{key}", "source": SOURCE,
        "type": "rapport.alert.raised", "time": end, "location": location,
        "data": {
            "alert": f"summary.hourly/{key}", "severity": "info", "kind": KIND,
            "summary": f"{location}: {total} events from {start} to {end} ({parts}).",
            "dedup": f"summary.hourly/{key}", "refs": {},
            "total": total, "counts": dict(sorted(by_type.items())),
            "window": {"start": start, "end": end},
        },
    }


def event_seconds(event):
    """The event's `time` in seconds since the epoch (RFC 3339 with an offset, §3)."""
    text = event["time"]
    if text[-1] in "Zz":
        text = text[:-1] + "+00:00"
    # Python 3.11 reads at most 6 fraction digits: keep those.
    if "." in text:
        head, rest = text.split(".", 1)
        digits = len(rest) - len(rest.lstrip("0123456789"))
        text = head + "." + rest[:min(digits, 6)] + rest[digits:]
    return datetime.fromisoformat(text).timestamp()


# --- the plugin: one DEALER for the group, one for publishing (§1: one socket per role) -----


class Plugin:
    def __init__(self, s):
        self.s = s
        self.ctx = zmq.Context()
        self.tally = Tally(s.window_seconds)
        self.member = None
        self.producer = None
        self.tag = 0
        self.last_event = time.monotonic()
        self.stopping = False
        # Held longer than the ack timeout, an event is redelivered (counted once: by offset).
        hold_ms = int((s.window_seconds + s.idle_seconds) * 1000) + 30_000
        self.ack_timeout_ms = max(30_000, min(3_600_000, hold_ms))

    # -- membership (§4, "Redelivery and liveness"; the consumer example of §10) --

    def socket(self):
        """A DEALER to the bus, with this plugin's CURVE keys when it has them (PROTOCOL.md §9)."""
        sock = self.ctx.socket(zmq.DEALER)
        sock.setsockopt(zmq.LINGER, 0)
        if self.s.client_key_file:
            with open(self.s.client_key_file, "rb") as f:
                secret = f.read().split()[0]
            sock.curve_secretkey = secret
            sock.curve_publickey = zmq.curve_public(secret)
            sock.curve_serverkey = self.s.server_key.encode()
        sock.connect(self.s.endpoint)
        return sock

    def join(self):
        """JOIN on a new socket (a new routing id) and grant credit; False if no answer."""
        sock = self.socket()
        body = {"group": self.s.group, "consumer": self.s.consumer, "types": ["rapport.*"],
                "start": "committed", "heartbeat_ms": self.s.heartbeat_ms,
                "ack_timeout_ms": self.ack_timeout_ms}
        sock.send_multipart([b"RAP1", b"JOIN", json.dumps(body).encode()])
        if not sock.poll(5000):
            sock.close()
            return False
        frames = sock.recv_multipart()
        if frames[1] == b"ERROR":
            sock.close()
            log(f"JOIN refused: {frames[3].decode()}: {frames[4].decode()}; retrying")
            time.sleep(1)
            return False
        joined = json.loads(frames[2])
        log(f"joined {joined}")
        self.member = sock
        self.bus_heartbeat = joined["heartbeat_ms"] / 1000
        self.last_sent = self.last_heard = time.monotonic()
        # Everything held unacknowledged comes again: rebuild the open hours from it.
        self.tally.forget_open()
        self.send_member(b"CREDIT", b"1000")
        return True

    def drop_member(self, why):
        log(f"{why}: joining again")
        if self.member is not None:
            self.member.close()
        self.member = None

    def send_member(self, *frames):
        self.member.send_multipart([b"RAP1", *frames])
        self.last_sent = time.monotonic()

    def keep_alive(self):
        """Sends HEARTBEAT when due; drops the membership when the bus has gone quiet."""
        now = time.monotonic()
        if now - self.last_sent >= self.s.heartbeat_ms / 1000:
            self.send_member(b"HEARTBEAT")
        # Messages still queued (read after a long PUBLISH wait) may prove we are a member.
        if now - self.last_heard > 3 * self.bus_heartbeat and not self.member.poll(0):
            self.drop_member("no DELIVER, ACKED or group HEARTBEAT for 3 heartbeats (the bus restarted?)")

    # -- the main loop --

    def run(self):
        # Under `rapport up`: stop if the supervisor dies (we would be re-parented), as its
        # Swift children do, so a restarted supervisor starts us afresh.
        supervisor = int(os.environ.get("RAPPORT_SUPERVISOR_PID", "0") or 0)
        while not self.stopping:
            if supervisor > 1 and os.getppid() != supervisor:
                log("the supervisor (pid %d) is gone: stopping" % supervisor)
                break
            if self.member is None:
                if not self.join():
                    continue
            self.keep_alive()
            if self.member is None:
                continue
            if self.member.poll(200):
                self.handle(self.member.recv_multipart())
            elif self.member is not None:
                self.close_idle_hours()
        if self.member is not None:
            self.send_member(b"LEAVE")
        self.ctx.destroy(linger=0)

    def handle(self, frames):
        cmd = frames[1]
        if cmd == b"DELIVER":
            self.last_heard = time.monotonic()
            body = frames[2:]
            for meta, raw in zip(body[0::2], body[1::2]):
                self.take(json.loads(meta), raw)
            self.send_member(b"CREDIT", str(len(body) // 2).encode())
        elif cmd == b"ACKED":
            self.last_heard = time.monotonic()
        elif cmd == b"HEARTBEAT":
            if len(frames) > 2:
                self.last_heard = time.monotonic()
        elif cmd == b"ERROR":
            code, text = frames[3].decode(), frames[4].decode()
            if code == "not-joined":
                self.drop_member("the bus no longer knows this member (not-joined)")
            else:
                log(f"error from the bus: {code}: {text}")

    def take(self, meta, raw):
        offset = meta["offset"]
        try:
            event = json.loads(raw)
            location = event.get("location")
            mine = event.get("source") == SOURCE
            seconds = event_seconds(event)
        except (ValueError, KeyError, TypeError) as e:
            log(f"offset {offset}: cannot read the event ({e}); acknowledged without counting")
            self.ack([offset])
            return
        if mine or not isinstance(location, str):
            self.ack([offset])  # our own summaries, and events about no location: not counted
            return
        self.last_event = time.monotonic()
        hour = self.tally.hour_of(seconds)
        for closing in self.tally.hours_before(hour):
            self.summarise(closing)
        outcome = self.tally.add(offset, hour, location, event["type"])
        if outcome == "late":
            log(f"offset {offset}: its hour {iso(hour * self.tally.window)} is already summarised; not counted")
            self.ack([offset])

    def close_idle_hours(self):
        """Closes the open hours that have ended by the clock once no event came for a while."""
        if time.monotonic() - self.last_event < self.s.idle_seconds:
            return
        now_hour = self.tally.hour_of(time.time())
        for hour in sorted(self.tally.open):
            if hour < now_hour and self.member is not None:
                self.summarise(hour)

    def summarise(self, hour):
        """Publishes the hour's summaries (waiting for RESULT), then acknowledges its events."""
        counts = self.tally.counts(hour)
        events = [summary_event(self.s.group, self.tally.window, hour, location, by_type)
                  for location, by_type in sorted(counts.items())
                  if sum(by_type.values()) >= self.s.min_events]
        if events:
            self.publish(events)
        if os.environ.get("COUNTER_CRASH_AFTER_PUBLISH") == "1":
            log("COUNTER_CRASH_AFTER_PUBLISH: exiting before the acknowledgements (fault injection)")
            os._exit(9)
        offsets = self.tally.close(hour)
        if offsets and self.member is not None:
            self.ack(offsets)

    def ack(self, offsets):
        if self.member is not None:
            self.send_member(b"ACK", *[str(o).encode() for o in offsets])

    # -- publishing (§3): resend with the same ids until RESULT says stored --

    def publish(self, events):
        frames = [json.dumps(e, separators=(",", ":")).encode() for e in events]
        attempt = 0
        while True:
            attempt += 1
            if self.producer is None or attempt % 3 == 0:
                if self.producer is not None:
                    self.producer.close()
                self.producer = self.socket()
            self.tag += 1
            tag = str(self.tag).encode()
            self.producer.send_multipart([b"RAP1", b"PUBLISH", tag, *frames])
            results = self.await_result(tag, timeout=5.0)
            if results is None:
                log(f"no RESULT for batch {tag.decode()} within 5 s: sending it again (same ids: safe)")
                continue
            retry = False
            for event, result in zip(events, results):
                status = result["status"]
                if status in ("accepted", "duplicate"):
                    log(f"summary {event['id']}: {status} at offset {result['offset']}")
                elif result.get("code") == "storage":
                    retry = True
                else:
                    log(f"summary {event['id']} rejected: {result['code']}: {result['error']}; dropped")
            if not retry:
                return
            log("the bus could not store a summary (storage): trying again in 1 s")
            time.sleep(1)

    def await_result(self, tag, timeout):
        """Waits for RESULT `tag`, keeping the membership alive meanwhile; None on timeout.
        DELIVERs that arrive meanwhile wait in the member socket's queue."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.member is not None and time.monotonic() - self.last_sent >= self.s.heartbeat_ms / 1000:
                self.send_member(b"HEARTBEAT")
            if not self.producer.poll(100):
                continue
            frames = self.producer.recv_multipart()
            if frames[1] == b"RESULT" and frames[2] == tag:
                return [json.loads(f) for f in frames[3:]]
            if frames[1] == b"ERROR":
                log(f"PUBLISH refused: {frames[3].decode()}: {frames[4].decode()}")
        return None


def main(argv=None):
    s = settings(argv)
    plugin = Plugin(s)

    def stop(signum, frame):
        plugin.stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log(f"counting per {s.window_seconds} s window on {s.endpoint}, group {s.group}")
    plugin.run()


if __name__ == "__main__":
    main()
