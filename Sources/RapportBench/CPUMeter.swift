/// Measures the CPU a server process and this process use while a phase runs.
struct CPUMeter {
    private let serverPid: Int32?
    private let serverStart: Double?
    private let selfStart: Double
    private let wallStart: UInt64
    private let systemStart: SystemCPU?
    private let threadsStart: [String: (name: String, seconds: Double)]

    /// Starts measuring; `serverPid` is the server's process, if it is a separate one.
    init(serverPid: Int32?) {
        self.serverPid = serverPid
        serverStart = serverPid.flatMap { ProcessCPU.seconds(pid: $0) }
        selfStart = ProcessCPU.seconds() ?? 0
        threadsStart = serverPid.map { ProcessCPU.threads(pid: $0) } ?? [:]
        systemStart = SystemCPU.read()
        wallStart = BenchClock.nanos()
    }

    /// The shares since ``init(serverPid:)``, labelled `phase`.
    func finish(_ phase: String) -> CPUShare {
        let wall = max(BenchClock.seconds(since: wallStart), 1e-9)
        let server: Double? = serverPid.flatMap { pid in
            guard let start = serverStart, let end = ProcessCPU.seconds(pid: pid) else { return nil }
            return (end - start) / wall
        }
        let bench = ((ProcessCPU.seconds() ?? 0) - selfStart) / wall
        var other: Double?, steal: Double?
        if let start = systemStart, let end = SystemCPU.read() {
            other = max(0, (end.busySeconds - start.busySeconds) / wall - bench - (server ?? 0))
            steal = (end.stealSeconds - start.stealSeconds) / wall
        }
        var threads: [ThreadCPU] = []
        if let pid = serverPid {
            for (tid, now) in ProcessCPU.threads(pid: pid) {
                let used = now.seconds - (threadsStart[tid]?.seconds ?? 0)
                if used / wall >= 0.01 { threads.append(ThreadCPU(name: now.name, cores: used / wall)) }
            }
        }
        threads.sort { $0.cores > $1.cores }
        return CPUShare(phase: phase, serverCores: server, benchCores: bench, otherCores: other, stealCores: steal,
                        serverThreads: threads)
    }
}
