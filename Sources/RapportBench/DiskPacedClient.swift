#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The disk's own part of an ack, for ``PacedLatencyRun``: each request is one write of a
/// commit's bytes and an `fdatasync`, into space reserved as the log's segments are
/// (``SyncedFile``). A request is answered when its sync returns (it is timed from its own
/// start, so a slow sync does not add to the next one's figure).
final class DiskPacedClient: PacedClient {
    private let file: SyncedFile
    private let block: [UInt8]
    private var done: [Int] = []
    private(set) var failures: (count: Int, first: String?) = (0, nil)

    /// Writes of `bytes` each into a new file in `directory` (removed by ``remove()``).
    init(directory: String, bytes: Int) throws {
        file = try SyncedFile(path: directory + "/disk-latency.dat", layout: .preallocated, purpose: "disk latency")
        block = [UInt8](repeating: 0x5A, count: bytes)
    }

    /// Closes and removes the file.
    func remove() {
        file.remove()
    }

    func send(index: Int) throws {
        try file.writeAndSync(block)
        done.append(index)
    }

    func answered(waitMilliseconds: Int) throws -> [Int] {
        // Nothing is in flight between sends: rest until the next one can be due.
        if done.isEmpty { usleep(useconds_t(waitMilliseconds * 1_000)) }
        defer { done.removeAll(keepingCapacity: true) }
        return done
    }
}
