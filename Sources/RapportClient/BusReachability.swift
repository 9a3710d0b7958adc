#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells a client why the bus cannot be reached, before it waits in vain: ZeroMQ itself never
/// says (a `connect` to a missing ipc socket or a dead bus succeeds and retries in silence).
///
/// ``checkSocket(_:origin:fromDataDirectory:)`` looks at an ipc endpoint's socket file and its
/// directory: missing directory, missing socket, no permission, or a socket left behind by a
/// bus that stopped, each a ``ClientError/unreachable(_:_:)`` naming the path and what to do.
/// ``probe(_:timeoutMilliseconds:)`` then asks the bus for a HEARTBEAT and waits at most the
/// timeout. Only command-line tools call these: a long-running client (a plugin, a capture
/// sender) keeps waiting for a bus that restarts instead.
public enum BusReachability {
    /// Checks the socket file of an ipc `endpoint`; does nothing for other transports.
    ///
    /// - Parameters:
    ///   - origin: where the endpoint came from, for the message (`--data-dir`,
    ///     `the default data directory ./rapport-data`, `--endpoint`).
    ///   - fromDataDirectory: whether the socket's directory is the bus's data directory
    ///     (the message then says "data directory" and how to start a bus there).
    /// - Throws: ``ClientError/unreachable(_:_:)``.
    public static func checkSocket(_ endpoint: String, origin: String, fromDataDirectory: Bool) throws(ClientError) {
        guard endpoint.hasPrefix("ipc://") else { return }
        let path = String(endpoint.dropFirst("ipc://".count))
        let directory = Self.directory(of: path)
        let noun = fromDataDirectory ? "data directory" : "directory"
        let start = fromDataDirectory
            ? "give the bus's data directory (its data_dir) with --data-dir or $RAPPORT_DATA_DIR, or start a bus there: rapport bus --data-dir \(directory)"
            : "check the endpoint, or start a bus that binds it"

        var info = stat()
        if stat(directory, &info) != 0 {
            let error = errno
            if error == EACCES { throw permission(path, endpoint: endpoint, detail: "cannot look into a directory on the way to \(directory)") }
            throw .unreachable(.noDirectory, "no such \(noun): \(directory) (\(origin)) does not exist, so no bus listens at \(endpoint); \(start)")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw .unreachable(.noDirectory, "no such \(noun): \(directory) (\(origin)) is not a directory, so no bus listens at \(endpoint); \(start)")
        }
        if access(directory, X_OK) != 0 && errno == EACCES {
            throw permission(path, endpoint: endpoint, detail: "this user, \(Self.currentUser), may not enter \(directory) (\(Self.describe(info)))")
        }
        if stat(path, &info) != 0 {
            let error = errno
            if error == EACCES { throw permission(path, endpoint: endpoint, detail: "this user, \(Self.currentUser), may not look into \(directory)") }
            throw .unreachable(.noSocket, "no bus socket there: the \(noun) \(directory) (\(origin)) exists but holds no \(Self.fileName(of: path)), so no bus has started in it; \(start)")
        }
        guard info.st_mode & S_IFMT == S_IFSOCK else {
            throw .unreachable(.noSocket, "no bus socket there: \(path) (\(origin)) is not a socket, so no bus listens at \(endpoint); \(start)")
        }
        if access(path, W_OK) != 0 && errno == EACCES {
            throw permission(path, endpoint: endpoint, detail: "this user, \(Self.currentUser), may not connect to it (\(Self.describe(info)); connecting needs write permission)")
        }
        switch Self.connectError(path) {
        case ECONNREFUSED?:
            throw .unreachable(.notListening, "no answer: \(path) (\(origin)) is there but no bus listens on it (a bus that was killed leaves its socket behind); start the bus: rapport bus --data-dir \(directory)")
        case EACCES?, EPERM?:
            throw permission(path, endpoint: endpoint, detail: "this user, \(Self.currentUser), may not connect to it (\(Self.describe(info)))")
        default:
            return
        }
    }

    /// Sends HEARTBEAT to the bus at `address.ingest` on a connection of its own and waits up to
    /// `timeoutMilliseconds` for the answer; returns how long it took, in milliseconds.
    ///
    /// - Throws: ``ClientError/timeout(_:)`` when no answer comes in time.
    @discardableResult
    public static func probe(_ address: BusAddress, timeoutMilliseconds: Int) throws(ClientError) -> Int {
        let connection = try BusConnection(address)
        let started = MonotonicClock.millis()
        try connection.heartbeat(timeoutMilliseconds: timeoutMilliseconds)
        return Int(MonotonicClock.millis() - started)
    }

    private static func permission(_ path: String, endpoint: String, detail: String) -> ClientError {
        .unreachable(.permissionDenied, "permission denied: \(path) exists but \(detail); run the command as the bus's user or a member of its group, or have the operator grant access (e.g. chmod g+w on the socket for the group)")
    }

    /// The errno of a plain `connect()` to the Unix socket at `path` (closed at once), or `nil`
    /// when it connects, or when the answer says nothing (a full backlog: a bus is there).
    private static func connectError(_ path: String) -> Int32? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result != 0 else { return nil }
        let error = errno
        return error == EAGAIN || error == EINPROGRESS ? nil : error
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func fileName(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// `alice (uid 1000)`.
    private static var currentUser: String {
        let uid = geteuid()
        return userName(uid).map { "\($0) (uid \(uid))" } ?? "uid \(uid)"
    }

    /// `mode 0755, owner root (uid 0), group gid 0`.
    private static func describe(_ info: stat) -> String {
        let mode = String(info.st_mode & 0o7777, radix: 8)
        let owner = userName(info.st_uid).map { "\($0) (uid \(info.st_uid))" } ?? "uid \(info.st_uid)"
        return "mode \(String(repeating: "0", count: max(0, 4 - mode.count)))\(mode), owner \(owner), group gid \(info.st_gid)"
    }

    private static func userName(_ uid: uid_t) -> String? {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}
