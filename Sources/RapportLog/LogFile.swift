#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file used with positioned I/O only, so one thread may write while another syncs.
///
/// The descriptor is closed when the last reference goes away (a sync job may outlive a
/// segment that retention has already deleted).
public final class LogFile: @unchecked Sendable {
    /// The path the file was opened at.
    public let path: String
    private let fd: Int32

    /// Opens (creating if needed) `path` for reading and writing.
    public init(path: String, create: Bool = true) throws(LogError) {
        let flags = O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0)
        let fd = open(path, flags, 0o644)
        if fd < 0 { throw LogFile.error("cannot open", path) }
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    static func error(_ what: String, _ path: String) -> LogError {
        let code = errno
        let reason = String(cString: strerror(code))
        let hint = code == ENOSPC ? "; free disk space or lower retention" : ""
        return LogError(.io(errno: code), path: path, "\(what): \(reason)\(hint)")
    }

    /// The file's size in bytes.
    public func size() throws(LogError) -> Int64 {
        var st = stat()
        if fstat(fd, &st) != 0 { throw LogFile.error("cannot stat", path) }
        return Int64(st.st_size)
    }

    /// Writes all of `bytes` at `position`.
    public func write(_ bytes: UnsafeRawBufferPointer, at position: Int64) throws(LogError) {
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(position) + off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                throw LogFile.error("cannot write", path)
            }
            done += n
        }
    }

    /// Writes all of `bytes` at `position`.
    public func write(_ bytes: [UInt8], at position: Int64) throws(LogError) {
        try bytes.withBytes { (raw) throws(LogError) in try write(raw, at: position) }
    }

    /// Reads up to `count` bytes at `position` into `buffer`; returns how many were read (0 at the end).
    public func read(into buffer: UnsafeMutableRawBufferPointer, at position: Int64) throws(LogError) -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(position) + off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                throw LogFile.error("cannot read", path)
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Reads `count` bytes at `position` (fewer at the end of the file).
    public func read(count: Int, at position: Int64) throws(LogError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        let n = try out.withMutableBytes { (buffer) throws(LogError) in try read(into: buffer, at: position) }
        if n < count { out.removeLast(count - n) }
        return out
    }

    /// Makes everything written so far durable (`fdatasync`).
    public func sync() throws(LogError) {
        while fdatasync(fd) != 0 {
            if errno == EINTR { continue }
            throw LogFile.error("cannot fsync", path)
        }
    }

    /// Cuts or extends the file to `size` bytes (new bytes read as zeros).
    public func truncate(to size: Int64) throws(LogError) {
        if ftruncate(fd, off_t(size)) != 0 { throw LogFile.error("cannot truncate", path) }
    }

    /// Reserves `size` bytes on disk so appends do not allocate; a file system that cannot
    /// preallocate is left as it is.
    public func preallocate(_ size: Int64) {
        #if os(Linux)
        _ = posix_fallocate(fd, 0, off_t(size))
        #endif
    }

    /// Makes a directory's entries (new, renamed or deleted files) durable.
    public static func syncDirectory(_ path: String) throws(LogError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw error("cannot open directory", path) }
        defer { close(fd) }
        if fsync(fd) != 0 { throw error("cannot fsync directory", path) }
    }
}
