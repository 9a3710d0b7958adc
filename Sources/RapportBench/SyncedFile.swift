#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A scratch file for timing the disk: laid out as a log could lay out a segment, then
/// written a block at a time, each write made durable with `fdatasync`. Used by
/// ``FsyncProbe`` (every layout, flat out) and ``DiskPacedClient`` (reserved space, paced).
final class SyncedFile {
    /// How the file is laid out before the timed writes.
    enum Layout: String, CaseIterable {
        /// Each write extends the file.
        case append
        /// Writes go into space reserved with `posix_fallocate` (unwritten extents), as the
        /// log reserves its segments.
        case preallocated
        /// Writes go into blocks that already hold zeros, written and synced beforehand.
        case zeroFilled = "zero-filled"
    }

    /// Bytes reserved for the preallocated and zero-filled layouts; writes wrap around inside.
    static let reservedBytes: Int64 = 64 << 20

    let path: String
    let layout: Layout
    /// What the errors name (e.g. "fsync probe").
    private let purpose: String
    private let fd: Int32
    private var position: Int64 = 0

    /// Creates `path` (replacing any file there) laid out as `layout`, durably.
    init(path: String, layout: Layout, purpose: String) throws {
        self.path = path
        self.layout = layout
        self.purpose = purpose
        fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BenchError("\(purpose): cannot create \(path): \(String(cString: strerror(errno)))") }
        do {
            try prepare()
        } catch {
            remove()
            throw error
        }
    }

    private func prepare() throws {
        switch layout {
        case .append:
            break
        case .preallocated:
            let rc = posix_fallocate(fd, 0, off_t(Self.reservedBytes))
            if rc != 0 { throw BenchError("\(purpose): posix_fallocate on \(path) failed: \(String(cString: strerror(rc)))") }
        case .zeroFilled:
            // Blocks already written, so a write only replaces data.
            let zeros = [UInt8](repeating: 0, count: 1 << 20)
            var at: Int64 = 0
            while at < Self.reservedBytes {
                let n = zeros.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(at)) }
                guard n > 0 else { throw BenchError("\(purpose): cannot write zeros to \(path): \(String(cString: strerror(errno)))") }
                at += Int64(n)
            }
        }
        if fsync(fd) != 0 { throw BenchError("\(purpose): fsync \(path) failed: \(String(cString: strerror(errno)))") }
    }

    /// Writes `block` after the previous one (wrapping inside the reserved space) and
    /// `fdatasync`s it.
    func writeAndSync(_ block: [UInt8]) throws {
        if layout != .append && position + Int64(block.count) > Self.reservedBytes { position = 0 }
        let written = block.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(position)) }
        guard written == block.count else {
            throw BenchError("\(purpose): write to \(path) failed: \(String(cString: strerror(errno)))")
        }
        guard fdatasync(fd) == 0 else {
            throw BenchError("\(purpose): fdatasync \(path) failed: \(String(cString: strerror(errno)))")
        }
        position += Int64(block.count)
    }

    /// Closes and removes the file.
    func remove() {
        close(fd)
        unlink(path)
    }
}
