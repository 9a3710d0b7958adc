import Foundation
import RapportClient
import RapportSupervisor
import Testing

/// `rapport up` under a `Type=notify` unit, with this test standing in for systemd: it binds the
/// notification socket and hands its path to the real `rapport up` as `NOTIFY_SOCKET`.
@Suite("rapport up tells systemd it is ready, reloading and stopping", .serialized)
struct SystemdNotifyTests {
    @Test("READY=1 once the bus answers and the plugins are started; RELOADING=1 then READY=1 on SIGHUP; STOPPING=1 on SIGTERM")
    func readyReloadStop() throws {
        let bus = try BusProcess()
        let socket = try NotifySocket(path: bus.root + "/notify.sock")
        let config = bus.root + "/rapport.yaml"
        try "data_dir: \(bus.dataDirectory)\nplugins:\n  complaint-alerts:\n    instances: 2\n".write(toFile: config, atomically: true, encoding: .utf8)
        let logPath = bus.root + "/up.log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let up = Process()
        up.executableURL = URL(fileURLWithPath: BusProcess.binary)
        up.arguments = ["up", "--config", config, "--plugins-dir", packageRoot.appendingPathComponent("plugins").path]
        up.environment = ProcessInfo.processInfo.environment.merging(["NOTIFY_SOCKET": socket.path]) { $1 }
        up.standardOutput = log
        up.standardError = log
        try up.run()
        defer { if up.isRunning { up.terminate(); up.waitUntilExit() } }
        var upLog: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

        let ready = socket.receive(seconds: 60)
        #expect(ready == "READY=1\nSTATUS=bus and 2 plugin instances running", "log:\n\(upLog)")
        #expect((try? BusConnection(bus.address).info(timeoutMilliseconds: 1_000)) != nil, "the bus answers when READY=1 arrives")
        let started = (try? SupervisorStatus.read(from: SupervisorStatus.path(dataDirectory: bus.dataDirectory)))?.processes.map(\.id)
        #expect(started == ["bus", "complaint-alerts#1", "complaint-alerts#2"], "the plugins were started before READY=1")

        kill(up.processIdentifier, SIGHUP)
        let reloading = socket.receive(seconds: 10)?.split(separator: "\n").map(String.init) ?? []
        #expect(reloading.first == "RELOADING=1" && reloading.contains { $0.hasPrefix("MONOTONIC_USEC=") }, "\(reloading)")
        #expect(socket.receive(seconds: 30) == "READY=1\nSTATUS=bus and 2 plugin instances running; last reload applied", "log:\n\(upLog)")

        up.terminate()
        #expect(socket.receive(seconds: 10) == "STOPPING=1\nSTATUS=stopping: plugins first, then the bus")
        up.waitUntilExit()
        #expect(up.terminationStatus == 0, "log:\n\(upLog)")
        #expect(socket.receive(seconds: 0.2) == nil, "nothing after STOPPING=1 (the children inherit NOTIFY_SOCKET but stay silent)")
    }

    @Test("without NOTIFY_SOCKET rapport up runs as before and logs nothing about systemd")
    func withoutSystemd() throws {
        let bus = try BusProcess()
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = nil
        let up = Process()
        up.executableURL = URL(fileURLWithPath: BusProcess.binary)
        up.arguments = ["up", "--data-dir", bus.dataDirectory, "--plugins-dir", bus.root]
        up.environment = environment
        let output = Pipe()
        up.standardOutput = output
        up.standardError = output
        try up.run()
        #expect(PluginProcess.waitFor(seconds: 30) {
            (try? SupervisorStatus.read(from: SupervisorStatus.path(dataDirectory: bus.dataDirectory)))?.processes.first?.state == "running"
        })
        up.terminate()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        up.waitUntilExit()
        #expect(up.terminationStatus == 0)
        #expect(!text.contains("systemd"), "\(text)")
    }
}

/// The test's stand-in for systemd's notification socket: an AF_UNIX datagram socket bound at
/// `path`.
private final class NotifySocket {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard descriptor >= 0, bound == 0 else { throw TestFailure("cannot bind a datagram socket at \(path): errno \(errno)") }
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// The next datagram, or `nil` when none comes within `seconds`.
    func receive(seconds: Double) -> String? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(seconds * 1_000)) == 1 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count < 0 ? nil : String(decoding: buffer[..<count], as: UTF8.self)
    }
}
