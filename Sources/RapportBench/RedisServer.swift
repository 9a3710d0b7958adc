#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private `redis-server` for the baseline: loopback only, a free port, its data in a
/// directory of the benchmark, AOF with `appendfsync always` (an fsync before each reply,
/// batched per event-loop turn: the same durability as the bus's group commit). Automatic AOF
/// rewrites are off: the rewrite is a forked child that would compete with whatever runs next
/// (the bus's own ingest run among them), and the bus has no such step to compare it with.
final class RedisServer {
    /// The port it listens on (127.0.0.1).
    let port: UInt16
    /// Its data directory.
    let directory: String
    private let child: ChildProcess

    /// Starts `executable` in `directory` and waits until it answers PING.
    init(executable: String, directory: String) throws {
        port = try FreePort.loopback()
        self.directory = directory
        child = try ChildProcess(executable: executable, arguments: [
            "--port", String(port), "--bind", "127.0.0.1", "--protected-mode", "yes",
            "--appendonly", "yes", "--appendfsync", "always", "--auto-aof-rewrite-percentage", "0", "--save", "", "--dir", directory,
            "--daemonize", "no", "--logfile", "", "--loglevel", "warning",
        ], logPath: directory + "/redis.log")
        let deadline = BenchClock.nanos() + 10_000_000_000
        while true {
            if !child.isRunning {
                throw BenchError("redis-server \(child.exitDescription) at start:\n\(child.logTail())")
            }
            if let client = try? RESPClient(port: port), let pong = try? client.call("PING"), pong.text == "PONG" {
                return
            }
            if BenchClock.nanos() > deadline {
                child.stop(SIGKILL)
                throw BenchError("redis-server did not answer PING on 127.0.0.1:\(port) within 10 s:\n\(child.logTail())")
            }
            BenchClock.sleep(seconds: 0.02)
        }
    }

    /// The process id (for memory readings).
    var pid: pid_t { child.pid }

    /// Shuts the server down without saving (SHUTDOWN NOSAVE, then SIGTERM/SIGKILL if needed).
    func stop() {
        if let client = try? RESPClient(port: port) {
            client.queue("SHUTDOWN", "NOSAVE")
            try? client.flush()
        }
        if !child.wait(seconds: 5) { child.stop(SIGTERM, grace: 5) }
    }
}
