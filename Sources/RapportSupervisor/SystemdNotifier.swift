#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import Synchronization

/// Tells systemd how a `Type=notify` service is doing, as `sd_notify(3)` does: one datagram of
/// `KEY=value` lines to the AF_UNIX socket named by `NOTIFY_SOCKET`.
///
/// The address is a file system path (`/run/systemd/notify`) or an abstract socket name
/// written with a leading `@`. Without `NOTIFY_SOCKET` (not started by systemd) every call does
/// nothing. A message that cannot be sent is logged as a warning the first time only, and is
/// never an error for the caller: the service runs on, and systemd's own timeouts report a
/// readiness that never came.
///
/// The children of `rapport up` inherit `NOTIFY_SOCKET`; the unit's `NotifyAccess=main` makes
/// systemd listen to the supervisor only.
public final class SystemdNotifier: Sendable {
    /// The socket's address as given (`nil`: not under systemd).
    public let socketPath: String?
    private let logger: Logger
    private let warned = Atomic<Bool>(false)

    /// A notifier for `socketPath`, by default the `NOTIFY_SOCKET` of this process's environment.
    public init(socketPath: String? = ProcessInfo.processInfo.environment["NOTIFY_SOCKET"],
                logger: Logger = Logger(label: "rapport.systemd")) {
        self.socketPath = socketPath.flatMap { $0.isEmpty ? nil : $0 }
        self.logger = logger
    }

    /// Whether messages are sent (`NOTIFY_SOCKET` is set).
    public var isEnabled: Bool { socketPath != nil }

    /// The service is up: `READY=1`, with `status` as `STATUS=`.
    public func ready(status: String? = nil) {
        send(["READY=1"] + Self.statusLine(status))
    }

    /// A reload starts: `RELOADING=1` and `MONOTONIC_USEC=` (the monotonic clock now, which
    /// systemd 253's `Type=notify-reload` requires); follow it with ``ready(status:)``.
    public func reloading(status: String? = nil) {
        send(["RELOADING=1", "MONOTONIC_USEC=\(Self.monotonicMicroseconds())"] + Self.statusLine(status))
    }

    /// The service is stopping: `STOPPING=1`.
    public func stopping(status: String? = nil) {
        send(["STOPPING=1"] + Self.statusLine(status))
    }

    /// A line for `systemctl status`: `STATUS=`.
    public func status(_ text: String) {
        send(Self.statusLine(text))
    }

    /// Sends `lines` as one datagram; whether it was sent (`false` also when disabled).
    @discardableResult
    public func send(_ lines: [String]) -> Bool {
        guard let socketPath, !lines.isEmpty else { return false }
        let message = lines.joined(separator: "\n")
        do {
            try Self.send(message, to: socketPath)
            return true
        } catch {
            if !warned.exchange(true, ordering: .relaxed) {
                logger.warning("cannot notify systemd (later failures are not logged)",
                               metadata: ["NOTIFY_SOCKET": "\(socketPath)", "message": "\(message)", "error": "\(error)"])
            }
            return false
        }
    }

    // MARK: The datagram

    private static func statusLine(_ text: String?) -> [String] {
        // One line: a newline would end the STATUS= assignment early.
        text.map { ["STATUS=" + $0.replacingOccurrences(of: "\n", with: " ")] } ?? []
    }

    private static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }

    /// Sends `message` to the socket at `path` (`@name`: abstract) over a fresh SOCK_DGRAM socket.
    private static func send(_ message: String, to path: String) throws(NotifyError) {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        var name = Array(path.utf8)
        let abstract = name.first == UInt8(ascii: "@")
        if abstract {
            name[0] = 0
        } else if name.first != UInt8(ascii: "/") {
            throw NotifyError("not an absolute path nor an abstract name (@…)")
        }
        guard name.count < capacity else { throw NotifyError("longer than \(capacity - 1) bytes") }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: name) }
        // An abstract name is exactly its bytes; a path ends with its NUL.
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + name.count + (abstract ? 0 : 1))

        #if canImport(Glibc)
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let descriptor = socket(AF_UNIX, SOCK_DGRAM, 0)
        #endif
        guard descriptor >= 0 else { throw NotifyError("socket: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let bytes = Array(message.utf8)
        let sent = bytes.withUnsafeBytes { buffer in
            withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    sendto(descriptor, buffer.baseAddress, buffer.count, noSignal, $0, length)
                }
            }
        }
        guard sent == bytes.count else {
            throw NotifyError(sent < 0 ? "sendto: \(String(cString: strerror(errno)))" : "sent \(sent) of \(bytes.count) bytes")
        }
    }

    #if os(Linux)
    private static let noSignal = Int32(MSG_NOSIGNAL)
    #else
    private static let noSignal: Int32 = 0
    #endif

    /// Why a notification could not be sent.
    struct NotifyError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
