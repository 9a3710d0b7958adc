"""Floods a bus with producers that never wait for answers, printing the bus's memory.

usage: flood.py <ingest endpoint> <producers> <seconds> <bus pid>
Each producer sends PUBLISH batches of 100 valid 300-byte events as fast as ZeroMQ takes them
(zmq.NOBLOCK; a full queue is retried), counting the events answered "accepted". Every 2 s it
prints the bus's VmRSS and VmHWM from /proc. At the end it asks INFO (which waits behind the
queue) and prints the log and intake sections.
"""
import datetime
import json
import sys
import threading
import time
import uuid

import zmq

endpoint, producers, seconds, pid = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
now = datetime.datetime.now(datetime.timezone.utc).isoformat().replace("+00:00", "Z")
ctx = zmq.Context()
sent = [0] * producers
accepted = [0] * producers
stop = time.monotonic() + seconds


def event():
    return json.dumps({"specversion": "1.0", "id": str(uuid.uuid4()), "source": "/locations/s/desks/1",
                       "type": "rapport.feedback.received", "time": now, "location": "s",
                       "data": {"source": "comment-card", "scores": {"nps": 9}, "comment": "x" * 150}}).encode()


def produce(p):
    s = ctx.socket(zmq.DEALER)
    s.setsockopt(zmq.LINGER, 0)
    s.connect(endpoint)
    tag = 0
    while time.monotonic() < stop:
        try:
            s.send_multipart([b"RAP1", b"PUBLISH", str(tag).encode()] + [event() for _ in range(100)], zmq.NOBLOCK)
            tag += 1
            sent[p] += 100
        except zmq.Again:
            time.sleep(0.001)
        while s.poll(0):
            frames = s.recv_multipart()
            if frames[1] == b"RESULT":
                accepted[p] += sum(1 for r in frames[3:] if b'"accepted"' in r)
    s.close()


def memory():
    fields = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status").read().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


threads = [threading.Thread(target=produce, args=(p,)) for p in range(producers)]
for t in threads:
    t.start()
peak = 0
while any(t.is_alive() for t in threads):
    rss, hwm = memory()
    peak = max(peak, rss)
    print(f"t={seconds - (stop - time.monotonic()):5.1f} s  bus RSS {rss} MiB (peak {hwm})  "
          f"events sent {sum(sent):,}  accepted {sum(accepted):,}", flush=True)
    time.sleep(2)
for t in threads:
    t.join()
info = ctx.socket(zmq.DEALER)
info.setsockopt(zmq.LINGER, 0)
info.connect(endpoint)
info.send_multipart([b"RAP1", b"INFO"])
if info.poll(120_000):
    answer = json.loads(info.recv_multipart()[2])
    print("INFO log:", answer.get("log"))
    print("INFO intake:", answer.get("intake"))
print(f"sent {sum(sent):,} events, {sum(accepted):,} answered accepted; bus RSS peak seen {peak} MiB")
