#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import Synchronization

/// The log's next segment file, prepared on a thread of its own before it is needed: written
/// full of zeros to the segment size and synced, then renamed into place when the log rolls.
///
/// Why zeros and not only `posix_fallocate`: a write into space that `fallocate` reserved
/// turns an "unwritten" extent into a written one, a metadata change, so every `fdatasync` of
/// a commit into such a file also commits the file system's journal. Into blocks that already
/// hold zeros, `fdatasync` only flushes the data. On the machines we measured, the worst sync
/// of a 4 KiB write took 2.0–2.4 ms into reserved space and 0.4–0.7 ms into zero-filled space;
/// at a few thousand commits a second that difference is the ack-latency tail.
///
/// It never stands in the log's way. Writing zeros doubles what goes to the disk, which under
/// a heavy stream cost a fifth of the ingest rate in the bench, so the spare is written only
/// while the log is quiet (writing less than 8 MiB a second, some 20,000 events): at the rates
/// where a commit's sync time is the ack latency. If the spare is not ready when the log rolls
/// (a heavy stream, a slow disk, too little free space), the log reserves its next segment
/// with `posix_fallocate` as before, and preparation starts again for the roll after.
final class SegmentSpare: Sendable {
    /// The spare's file name in the log directory (not a segment name, so opening the log
    /// never mistakes it for one).
    static let fileName = "next-segment.spare"

    private enum Phase {
        /// The thread is writing (or about to write) the spare.
        case preparing
        /// The file is complete and synced.
        case ready
        /// Preparation failed or was skipped; it is tried again after the next roll.
        case idle
    }

    private let path: String
    private let directory: String
    private let bytes: Int64
    private let logger: Logger
    private let meter: WriteMeter
    private let state = Mutex<(phase: Phase, stop: Bool)>((.preparing, false))
    private let wake = DispatchSemaphore(value: 0)

    /// Bytes written per `pwrite`, and between syncs (so the disk gets a steady trickle of
    /// writes rather than one burst that would hold up the log's own syncs).
    private static let chunkBytes = 1 << 20
    private static let syncEveryBytes: Int64 = 8 << 20
    /// The log counts as quiet while it writes less than this many bytes a second.
    private static let quietBytesPerSecond = 8 << 20
    /// How often the log's write rate is sampled, and how long to wait while it is busy.
    private static let sampleNanoseconds: UInt64 = 100_000_000

    /// Starts preparing `<directory>/next-segment.spare` of `bytes` bytes on a new thread,
    /// pausing while `meter` shows the log writing fast.
    init(directory: String, bytes: Int64, meter: WriteMeter, logger: Logger) {
        self.directory = directory
        self.path = directory + "/" + Self.fileName
        self.bytes = bytes
        self.meter = meter
        self.logger = logger
        Thread { [self] in run() }.start()
        wake.signal()
    }

    /// Whether a complete, synced spare is waiting.
    var isReady: Bool { state.withLock { $0.phase == .ready } }

    /// Moves the prepared spare to `target` and starts preparing the next one. Returns `false`
    /// (and moves nothing) when no spare is ready.
    func take(renamingTo target: String) -> Bool {
        let taken = state.withLock { s -> Bool in
            guard s.phase == .ready else { return false }
            // Renamed under the lock: the thread cannot start a new spare at `path` meanwhile.
            guard rename(path, target) == 0 else { return false }
            s.phase = .preparing
            return true
        }
        if taken { wake.signal() } else { retryIfIdle() }
        return taken
    }

    /// Ends the thread; a spare being written is left for the next start to finish.
    func stop() {
        state.withLock { $0.stop = true }
        wake.signal()
    }

    private func retryIfIdle() {
        let retry = state.withLock { s -> Bool in
            guard s.phase == .idle else { return false }
            s.phase = .preparing
            return true
        }
        if retry { wake.signal() }
    }

    private var stopping: Bool { state.withLock { $0.stop } }

    private func run() {
        Thread.current.name = "rapport-spare"  // set from the thread itself, so `top -H` shows it
        while true {
            wake.wait()
            let (phase, stop) = state.withLock { ($0.phase, $0.stop) }
            if stop { return }
            guard phase == .preparing else { continue }
            let outcome = prepare()
            state.withLock { s in
                if s.phase == .preparing { s.phase = outcome ? .ready : .idle }
            }
        }
    }

    /// Writes the spare; `true` when it is complete and synced.
    private func prepare() -> Bool {
        var info = statvfs()
        if statvfs(directory, &info) == 0 {
            // Keep well clear of a full disk: the spare must never take the space the log needs.
            let free = Int64(info.f_bavail) * Int64(info.f_frsize)
            guard free >= 4 * bytes else {
                logger.debug("not preparing the next segment: little free space", metadata: ["free_bytes": "\(free)"])
                _ = unlink(path)
                return false
            }
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return failed("cannot create", fd: -1) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return failed("cannot stat", fd: fd) }
        // A spare left complete by an earlier run holds only zeros (nothing else is ever
        // written to it): sync it and keep it.
        var at = Int64(st.st_size) == bytes ? bytes : 0
        if at == 0, ftruncate(fd, 0) != 0 { return failed("cannot truncate", fd: fd) }
        let zeros = [UInt8](repeating: 0, count: Self.chunkBytes)
        var sinceSync: Int64 = 0
        var pace = Pace(meter: meter)
        while at < bytes {
            while pace.logIsBusy() {
                if stopping { return false }
                usleep(useconds_t(Self.sampleNanoseconds / 1_000))
            }
            if stopping { return false }
            let count = Int(min(Int64(Self.chunkBytes), bytes - at))
            let written = zeros.withUnsafeBytes { pwrite(fd, $0.baseAddress!, count, off_t(at)) }
            if written < 0 {
                if errno == EINTR { continue }
                return failed("cannot write", fd: fd)
            }
            at += Int64(written)
            sinceSync += Int64(written)
            if sinceSync >= Self.syncEveryBytes {
                guard fdatasync(fd) == 0 else { return failed("cannot sync", fd: fd) }
                sinceSync = 0
            }
        }
        guard fdatasync(fd) == 0 else { return failed("cannot sync", fd: fd) }
        return true
    }

    /// Samples the log's write rate at most every ``sampleNanoseconds``.
    private struct Pace {
        let meter: WriteMeter
        private var sampled: (nanos: UInt64, bytes: Int)
        private var busy = false

        init(meter: WriteMeter) {
            self.meter = meter
            sampled = (DispatchTime.now().uptimeNanoseconds, meter.bytes)
        }

        /// Whether the log wrote faster than ``quietBytesPerSecond`` over the last sample.
        mutating func logIsBusy() -> Bool {
            let now = DispatchTime.now().uptimeNanoseconds, bytes = meter.bytes
            let elapsed = now - sampled.nanos
            guard elapsed >= SegmentSpare.sampleNanoseconds else { return busy }
            busy = Double(bytes - sampled.bytes) * 1e9 / Double(elapsed) > Double(SegmentSpare.quietBytesPerSecond)
            sampled = (now, bytes)
            return busy
        }
    }

    /// Gives up on this spare (removing it, so it takes no space) and reports why.
    private func failed(_ what: String, fd: Int32) -> Bool {
        let reason = String(cString: strerror(errno))
        _ = unlink(path)
        logger.warning("could not prepare the next log segment; the log reserves it when it rolls instead", metadata: [
            "file": "\(path)", "error": "\(what): \(reason)",
        ])
        return false
    }
}
