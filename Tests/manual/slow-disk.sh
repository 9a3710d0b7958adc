#!/bin/bash
# Memory of the bus when its disk is far slower than its producers (a manual measurement,
# not part of `make test`: it needs root, a free loop device and cgroup v1's blkio
# controller). It puts a bus's data directory on a small ext4 file system on a loop device,
# throttles that device to WRITE_IOPS writes per second for the bus (so each fsync takes
# seconds), floods the bus for SECONDS with PRODUCERS producers that send batches of 100
# events without waiting for answers, and prints the bus's RSS every 2 s and its peak.
#
# usage: sudo Tests/manual/slow-disk.sh [rapport binary] [write iops] [seconds] [producers]
# default: .build/release/rapport, 1, 20, 4. Needs python3 with pyzmq (make pydeps).
set -euo pipefail
BIN=${1:-.build/release/rapport}; IOPS=${2:-1}; SECONDS_=${3:-20}; PRODUCERS=${4:-4}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/rapport-slow-disk.XXXXXX)
CG=/sys/fs/cgroup/blkio/rapport-slow-disk
[ -x "$BIN" ] || { echo "no rapport binary at $BIN (build it: swift build -c release)" >&2; exit 2; }
[ -d /sys/fs/cgroup/blkio ] || { echo "this needs cgroup v1's blkio controller at /sys/fs/cgroup/blkio" >&2; exit 2; }
LOOP=""; BUS=""
cleanup() {
    [ -n "$BUS" ] && kill -9 "$BUS" 2>/dev/null || true
    mountpoint -q "$WORK/mnt" && umount "$WORK/mnt"
    [ -n "$LOOP" ] && losetup -d "$LOOP"
    [ -d "$CG" ] && rmdir "$CG" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
truncate -s 1G "$WORK/disk.img"
LOOP=$(losetup -f --show "$WORK/disk.img")
mkfs.ext4 -q "$LOOP"
mkdir -p "$WORK/mnt" && mount "$LOOP" "$WORK/mnt"
mkdir -p "$CG"
echo "$(( 16#$(stat -c %t "$LOOP") )):$(( 16#$(stat -c %T "$LOOP") )) $IOPS" > "$CG/blkio.throttle.write_iops_device"
DATA="$WORK/mnt/data"; mkdir -p "$DATA"
# The bus (and only the bus) runs in the throttled group.
sh -c "echo \$\$ > $CG/cgroup.procs && exec $BIN bus --data-dir $DATA --log-level warning" > "$WORK/bus.log" 2>&1 &
BUS=$!
for _ in $(seq 100); do [ -S "$DATA/bus.sock" ] && break; sleep 0.1; done
echo "bus pid $BUS on a loop device throttled to $IOPS write(s)/s; $PRODUCERS producers for $SECONDS_ s"
python3 "$HERE/flood.py" "ipc://$DATA/bus.sock" "$PRODUCERS" "$SECONDS_" "$BUS"
grep -E "VmHWM" /proc/$BUS/status
kill -TERM "$BUS"; wait "$BUS" || true; BUS=""
echo "the bus's log (warnings and errors):"
cat "$WORK/bus.log"
