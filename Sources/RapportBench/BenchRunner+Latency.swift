import CPULatency
import RapportClient

extension BenchRunner {
    /// Latency round `round` in each ``CPUWake`` mode asked for, one mode after the other so
    /// both meet the same minutes of the machine: the bus (when it runs), Redis (when it
    /// runs), then the floors under an ack.
    func latencyRound(_ round: Int, bus: BusProcess?, scratch: ScratchDirectory) {
        latencyRoundsRun = round
        for mode in configuration.cpuWakeModes {
            var held: CPULatencyRequest?
            if mode == .held {
                held = holdCPUsAwake()
                if held == nil { continue }
            }
            if let bus { busLatencyRound(round, mode, bus) }
            redisLatencyRound(round, mode)
            floorLatencyRound(round, mode, scratch: scratch)
            withExtendedLifetime(held) {}
        }
    }

    /// Holds every CPU's wake-up latency at 0 µs for as long as the result lives; `nil` (and
    /// the reason recorded once) when it cannot (no root).
    func holdCPUsAwake() -> CPULatencyRequest? {
        do {
            return try CPULatencyRequest(microseconds: 0)
        } catch {
            if report.heldSkipped == nil {
                report.heldSkipped = "\(error)"
                progress.say("skipping the runs with CPUs held awake: \(error)")
            }
            return nil
        }
    }

    private func busLatencyRound(_ round: Int, _ mode: CPUWake, _ bus: BusProcess) {
        let phase = "bus ack latency, round \(round)\(mode.suffix)"
        busPhase(phase, bus) {
            progress.begin("bus ack latency at \(Format.rate(configuration.latencyRate))/s, round \(round) of \(configuration.latencyRounds)\(mode.suffix)")
            defer { progress.end() }
            var client = BusPacedClient(producer: try Producer(bus.address),
                                        factory: try EventFactory(stream: "latency\(round)\(mode.rawValue)", size: configuration.eventBytes, time: eventTime))
            try metered(phase, serverPid: bus.pid) {
                report.latency[mode, default: LatencyRounds()].bus.append(
                    try PacedLatencyRun(rate: configuration.latencyRate, seconds: configuration.latencySeconds, maxInFlight: 10_000)
                        .run(&client, progress: progress))
            }
        }
    }

    /// One Redis latency round, if Redis is running.
    private func redisLatencyRound(_ round: Int, _ mode: CPUWake) {
        guard let (server, redis, _) = self.redis else { return }
        let phase = "Redis XADD latency, round \(round)\(mode.suffix)"
        attempt(phase) {
            try metered(phase, serverPid: server.pid) {
                report.latency[mode, default: LatencyRounds()].redis.append(
                    try redis.latency(rate: configuration.latencyRate, seconds: configuration.latencySeconds, progress: progress))
            }
        }
    }

    /// The same round's floors under an ack: the transport's round trip alone (raw libzmq at
    /// the same rate) and the disk's sync alone (one write of a millisecond's events and an
    /// fdatasync, once a millisecond, as the bus's group commit does at this rate).
    private func floorLatencyRound(_ round: Int, _ mode: CPUWake, scratch: ScratchDirectory) {
        let rate = configuration.latencyRate
        let zmqPhase = "raw libzmq latency, round \(round)\(mode.suffix)"
        attempt(zmqPhase) {
            let raw = RawZMQBaseline(directory: scratch.path, messageBytes: configuration.eventBytes,
                                     window: configuration.zmqWindow, seconds: configuration.zmqSeconds)
            try metered(zmqPhase, serverPid: nil) {
                report.latency[mode, default: LatencyRounds()].zmq.append(
                    try raw.latency(rate: rate, seconds: configuration.latencySeconds, progress: progress))
            }
        }
        let diskPhase = "disk sync latency, round \(round)\(mode.suffix)"
        attempt(diskPhase) {
            let perMillisecond = max(1, Int(rate / 1_000))
            let disk = try DiskPacedClient(directory: scratch.path, bytes: perMillisecond * (configuration.eventBytes + Self.recordOverhead))
            defer { disk.remove() }
            var client = disk
            progress.begin("disk write + fdatasync at \(Format.rate(min(rate, 1_000)))/s\(mode.suffix)", unit: "syncs")
            defer { progress.end() }
            try metered(diskPhase, serverPid: nil) {
                report.latency[mode, default: LatencyRounds()].disk.append(
                    try PacedLatencyRun(rate: min(rate, 1_000), seconds: configuration.latencySeconds, maxInFlight: 10_000)
                        .run(&client, progress: progress))
            }
        }
    }

    /// Bytes a log record adds to its event (header, type, key), for the disk latency figure.
    private static var recordOverhead: Int { 64 }
}
