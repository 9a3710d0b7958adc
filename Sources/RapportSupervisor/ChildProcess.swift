import Foundation
import Synchronization

/// One running child: the process, its output copied with its id as prefix, and how it ended.
final class ChildProcess: @unchecked Sendable {
    // @unchecked: `process` is only started here and read after; Foundation's Process is
    // thread-safe for isRunning/terminate/processIdentifier.
    let spec: ProcessSpec
    private let process: Process
    private let output: LinePrefixer
    /// When it started, on the monotonic clock (seconds).
    let startedAt: Double
    /// When it started, wall clock.
    let startedDate: Date

    /// Starts `spec`. Throws when it cannot be started (the program is missing or not executable).
    init(_ spec: ProcessSpec, now: Double) throws {
        self.spec = spec
        process = Process()
        process.executableURL = URL(fileURLWithPath: spec.executable)
        process.arguments = spec.arguments
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in spec.environment { environment[key] = value }
        environment[SupervisorWatch.variable] = String(getpid())
        process.environment = environment
        if let directory = spec.directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        output = LinePrefixer(id: spec.id)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        let prefixer = output
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty {
                handle.readabilityHandler = nil
                prefixer.flush()
            } else {
                prefixer.take(data)
            }
        }
        startedAt = now
        startedDate = Date()
        // A child inherits the spawning thread's blocked signals, and the supervisor's threads
        // block SIGTERM, SIGINT and SIGHUP (signal handling is theirs): a plugin would then never
        // see SIGTERM and be killed after the grace period (seen with python-counter). Unblocked
        // on this thread for the spawn only.
        var stopSignals = sigset_t(), previous = sigset_t()
        sigemptyset(&stopSignals)
        for number in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&stopSignals, number) }
        pthread_sigmask(SIG_UNBLOCK, &stopSignals, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
    }

    /// Its process id.
    var pid: Int32 { process.processIdentifier }

    /// Whether it still runs.
    var isRunning: Bool { process.isRunning }

    /// How it ended, once it has.
    var exit: ProcessExit? {
        guard !process.isRunning else { return nil }
        output.flush()
        return process.terminationReason == .uncaughtSignal
            ? .signal(process.terminationStatus) : .code(process.terminationStatus)
    }

    /// Sends `signal` (SIGTERM to stop, SIGKILL when it does not).
    func send(_ signal: Int32) {
        guard process.isRunning else { return }
        kill(process.processIdentifier, signal)
    }
}

/// How a child ended.
public enum ProcessExit: Sendable, Equatable, CustomStringConvertible {
    /// It exited with this status.
    case code(Int32)
    /// A signal ended it.
    case signal(Int32)

    /// Whether it ended on its own with status 0.
    public var isClean: Bool { self == .code(0) }

    public var description: String {
        switch self {
        case .code(let status): "exit status \(status)"
        case .signal(let number): "killed by signal \(number)\(Self.names[number].map { " (\($0))" } ?? "")"
        }
    }

    private static let names: [Int32: String] = [SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT",
                                                 SIGINT: "SIGINT", SIGILL: "SIGILL", SIGBUS: "SIGBUS", SIGTRAP: "SIGTRAP"]
}
