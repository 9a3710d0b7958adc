#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The disk's own part of an ack: each request is one `pwrite` of a commit's bytes and an
/// `fdatasync`, into space reserved with `posix_fallocate` as the log's segments are, for
/// ``PacedLatencyRun``. A request is answered when its sync returns (it is timed from its
/// own start, so a slow sync does not add to the next one's figure).
final class DiskPacedClient: PacedClient {
    private let fd: Int32
    private let path: String
    private let block: [UInt8]
    private var position: Int64 = 0
    private var done: [Int] = []
    private(set) var failures: (count: Int, first: String?) = (0, nil)

    /// Space reserved up front; writes wrap around inside it.
    private static let reservedBytes: Int64 = 64 << 20

    /// Writes of `bytes` each into a new file in `directory` (removed by ``remove()``).
    init(directory: String, bytes: Int) throws {
        path = directory + "/disk-latency.dat"
        fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BenchError("disk latency: cannot create \(path): \(String(cString: strerror(errno)))") }
        block = [UInt8](repeating: 0x5A, count: bytes)
        let rc = posix_fallocate(fd, 0, off_t(Self.reservedBytes))
        guard rc == 0, fsync(fd) == 0 else {
            remove()
            throw BenchError("disk latency: cannot reserve space in \(path): \(String(cString: strerror(rc == 0 ? errno : rc)))")
        }
    }

    /// Closes and removes the file.
    func remove() {
        close(fd)
        unlink(path)
    }

    func send(index: Int) throws {
        let written = block.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(position)) }
        guard written == block.count, fdatasync(fd) == 0 else {
            throw BenchError("disk latency: write + fdatasync on \(path) failed: \(String(cString: strerror(errno)))")
        }
        position += Int64(block.count)
        if position + Int64(block.count) > Self.reservedBytes { position = 0 }
        done.append(index)
    }

    func answered(waitMilliseconds: Int) throws -> [Int] {
        // Nothing is in flight between sends: rest until the next one can be due.
        if done.isEmpty { usleep(useconds_t(waitMilliseconds * 1_000)) }
        defer { done.removeAll(keepingCapacity: true) }
        return done
    }
}
