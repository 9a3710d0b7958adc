#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RapportClient
import RapportWire
import ZMQ

/// The bus under test, run as a real child process: `rapport bus --data-dir <dir>
/// --log-level warning` (with `--config` naming a ``CurveEndpoint``'s file for a bus on tcp),
/// its output in a log file beside the data directory.
final class BusProcess {
    /// The `rapport` executable.
    let executable: String
    /// The bus's data directory.
    let dataDirectory: String
    /// Where the bus's output goes.
    let logPath: String
    /// The tcp endpoint with CurveZMQ, for a bus on tcp; `nil`: the default ipc sockets.
    let curve: CurveEndpoint?
    /// Where clients connect, with the CURVE keys on tcp.
    let address: BusAddress
    private var child: ChildProcess?

    /// Describes a bus; nothing runs until ``start()``.
    init(executable: String, dataDirectory: String, logPath: String, curve: CurveEndpoint? = nil) {
        self.executable = executable
        self.dataDirectory = dataDirectory
        self.logPath = logPath
        self.curve = curve
        address = curve?.address(dataDirectory: dataDirectory) ?? BusAddress(dataDirectory: dataDirectory)
    }

    /// The command-line arguments after the executable.
    var arguments: [String] {
        ["bus", "--data-dir", dataDirectory] + (curve.map { ["--config", $0.configPath] } ?? []) + ["--log-level", "warning"]
    }

    /// The running bus's process id.
    var pid: pid_t? { child.flatMap { $0.isRunning ? $0.pid : nil } }

    /// Spawns the bus and waits until INFO answers; returns the milliseconds from spawn to
    /// that answer and the INFO figures.
    @discardableResult
    func start(timeoutSeconds: Double = 60) throws -> (millis: Double, info: BusInfo) {
        // A bus killed with -9 leaves its ipc socket files; remove them so the probe does
        // not connect to a dead file before the new bus binds.
        unlink(dataDirectory + "/bus.sock")
        unlink(dataDirectory + "/live.sock")
        let context = try Context(ioThreads: 1)
        defer { context.terminate() }
        let probe = try Socket(context, .dealer)
        defer { probe.close() }
        try probe.set(.reconnectInterval, 2)
        if let curve { try probe.makeCurveClient(curve.clientKeys, serverKey: curve.serverKeys.publicKey) }
        let started = BenchClock.nanos()
        let child = try ChildProcess(executable: executable, arguments: arguments, logPath: logPath)
        self.child = child
        try probe.connect(address.ingest)
        try probe.send(Frames.header(.info))
        var poller = Poller()
        poller.add(probe)
        let deadline = started + UInt64(timeoutSeconds * 1e9)
        while true {
            if try poller.poll(timeoutMilliseconds: 1)[0], let frames = try probe.receive(dontWait: true) {
                let millis = Double(BenchClock.nanos() - started) / 1e6
                guard frames.count == 3, frames[1] == Array("INFO".utf8) else {
                    throw BenchError("the bus answered INFO with \(frames.map { String(decoding: $0.prefix(80), as: UTF8.self) })")
                }
                return (millis, try BusInfo(json: frames[2]))
            }
            if !child.isRunning {
                throw BenchError("the bus \(child.exitDescription) before answering INFO; its output:\n\(child.logTail())")
            }
            if BenchClock.nanos() > deadline {
                throw BenchError("the bus did not answer INFO within \(Int(timeoutSeconds)) s; its output:\n\(child.logTail())")
            }
        }
    }

    /// Asks the running bus for INFO.
    func info() throws -> BusInfo {
        try BusConnection(address).info(timeoutMilliseconds: 10_000)
    }

    /// The bus's memory now.
    func memory() throws -> MemoryReading {
        guard let pid else { throw BenchError("the bus is not running") }
        return try MemoryReading.read(pid: pid)
    }

    /// Sends `signal` and waits for the bus to exit; returns milliseconds until it had.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM, grace: Double = 30) throws -> Double {
        guard let child, child.isRunning else { return 0 }
        let start = BenchClock.nanos()
        child.send(signal)
        if !child.wait(seconds: grace) {
            child.stop(SIGKILL)
            throw BenchError("the bus did not exit within \(Int(grace)) s of signal \(signal); killed it")
        }
        return Double(BenchClock.nanos() - start) / 1e6
    }

    /// The last lines of the bus's output.
    func logTail() -> String { child?.logTail() ?? "" }

    /// Stops the bus if it runs (SIGTERM, then SIGKILL); for cleanup paths.
    func shutdown() {
        child?.stop(SIGTERM, grace: 20)
    }
}
