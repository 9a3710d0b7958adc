import Foundation
import Testing
@testable import RapportSupervisor

@Suite("systemd notifications (sd_notify) over a datagram socket")
struct SystemdNotifierTests {
    @Test("READY=1 with STATUS= reaches a socket bound at a path")
    func readyAtAPath() throws {
        let socket = try DatagramSocket(path: NSTemporaryDirectory() + "notify-\(UUID().uuidString.prefix(8)).sock")
        let notifier = SystemdNotifier(socketPath: socket.address)
        #expect(notifier.isEnabled)
        notifier.ready(status: "bus and 2 plugin instances running")
        #expect(socket.receive() == "READY=1\nSTATUS=bus and 2 plugin instances running")
    }

    @Test("an abstract name (@…) works as systemd gives it")
    func readyAtAnAbstractName() throws {
        let socket = try DatagramSocket(path: "@rapport-notify-test-\(UUID().uuidString)")
        SystemdNotifier(socketPath: socket.address).stopping()
        #expect(socket.receive() == "STOPPING=1")
    }

    @Test("a reload is RELOADING=1 with the monotonic clock in microseconds, then READY=1")
    func reload() throws {
        let socket = try DatagramSocket(path: NSTemporaryDirectory() + "notify-\(UUID().uuidString.prefix(8)).sock")
        let notifier = SystemdNotifier(socketPath: socket.address)
        var before = timespec()
        clock_gettime(CLOCK_MONOTONIC, &before)
        notifier.reloading(status: "reloading\nthe configuration")
        notifier.ready()
        let lines = socket.receive()?.split(separator: "\n").map(String.init) ?? []
        #expect(lines.count == 3 && lines.first == "RELOADING=1" && lines.last == "STATUS=reloading the configuration", "\(lines)")
        let micros = lines.first { $0.hasPrefix("MONOTONIC_USEC=") }.flatMap { UInt64($0.dropFirst("MONOTONIC_USEC=".count)) }
        let start = UInt64(before.tv_sec) * 1_000_000 + UInt64(before.tv_nsec) / 1_000
        #expect(micros.map { $0 >= start && $0 < start + 10_000_000 } == true, "\(lines)")
        #expect(socket.receive() == "READY=1")
    }

    @Test("without NOTIFY_SOCKET nothing is sent", arguments: [nil, ""] as [String?])
    func disabled(path: String?) {
        let notifier = SystemdNotifier(socketPath: path)
        #expect(!notifier.isEnabled)
        #expect(!notifier.send(["READY=1"]))
    }

    @Test("a socket that is not there, or an address systemd never gives, fails quietly", arguments: [
        "/nonexistent/rapport-notify.sock", "relative/notify.sock", "/" + String(repeating: "x", count: 200),
    ])
    func failureDoesNotThrow(path: String) {
        let notifier = SystemdNotifier(socketPath: path)
        #expect(!notifier.send(["READY=1"]))
        notifier.ready()
        notifier.stopping()
    }
}

/// A bound AF_UNIX datagram socket standing in for systemd's notification socket.
private final class DatagramSocket {
    let address: String
    private let descriptor: Int32

    init(path: String) throws {
        address = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var name = sockaddr_un()
        name.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }
        withUnsafeMutableBytes(of: &name.sun_path) { $0.copyBytes(from: bytes) }
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + bytes.count + (bytes.first == 0 ? 0 : 1))
        let bound = withUnsafePointer(to: &name) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        guard descriptor >= 0, bound == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    deinit {
        close(descriptor)
        if address.hasPrefix("/") { unlink(address) }
    }

    /// The next datagram, or `nil` after 5 s without one.
    func receive() -> String? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 5_000) == 1 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count < 0 ? nil : String(decoding: buffer[..<count], as: UTF8.self)
    }
}
