#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process (the bus, redis-server) started with `posix_spawn`, its standard output
/// and error appended to a log file. Reaped with `waitpid` by this object only.
final class ChildProcess {
    /// The child's process id.
    let pid: pid_t
    /// Where its output goes.
    let logPath: String
    /// The exit status once reaped (`waitpid` status word).
    private(set) var exitStatus: Int32?

    /// Starts `executable` with `arguments` (not including argv[0]).
    init(executable: String, arguments: [String], logPath: String) throws {
        self.logPath = logPath
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, nil, argv, environ)
        guard rc == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(rc)))")
        }
        pid = child
        ChildRegistry.shared.add(child)
    }

    /// Whether the child is still running (reaps it if it has exited).
    var isRunning: Bool {
        guard exitStatus == nil else { return false }
        var status: Int32 = 0
        let rc = waitpid(pid, &status, WNOHANG)
        if rc == pid || (rc < 0 && errno == ECHILD) {
            exitStatus = rc == pid ? status : -1
            ChildRegistry.shared.remove(pid)
            return false
        }
        return true
    }

    /// Sends `signal`; does nothing once the child has been reaped.
    func send(_ signal: Int32) {
        guard exitStatus == nil else { return }
        kill(pid, signal)
    }

    /// Waits up to `seconds` for the child to exit; returns whether it did.
    @discardableResult
    func wait(seconds: Double) -> Bool {
        let deadline = BenchClock.nanos() + UInt64(seconds * 1e9)
        while isRunning {
            if BenchClock.nanos() >= deadline { return false }
            BenchClock.sleep(seconds: 0.001)
        }
        return true
    }

    /// Stops the child: `signal`, up to `grace` seconds to exit, then SIGKILL.
    func stop(_ signal: Int32 = SIGTERM, grace: Double = 10) {
        guard isRunning else { return }
        send(signal)
        if !wait(seconds: grace) {
            send(SIGKILL)
            wait(seconds: 5)
        }
    }

    /// How the child ended, in words (for error messages).
    var exitDescription: String {
        guard let status = exitStatus else { return "still running" }
        if status < 0 { return "exited (status unknown)" }
        let signal = status & 0x7f
        if signal == 0 { return "exited with status \((status >> 8) & 0xff)" }
        return "killed by signal \(signal)"
    }

    /// The last `lines` lines of the child's output, for error messages.
    func logTail(lines: Int = 15) -> String {
        guard let file = fopen(logPath, "r") else { return "" }
        defer { fclose(file) }
        var text: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            text += buffer[0..<n]
            if text.count > 1 << 20 { text.removeFirst(text.count - (1 << 20)) }
        }
        let all = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        return all.suffix(lines).joined(separator: "\n")
    }
}
