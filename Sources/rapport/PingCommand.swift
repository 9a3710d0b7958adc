import ArgumentParser
import Foundation
import RapportClient
import RapportWire

/// `rapport ping`: a health check for monitoring (Nagios, Icinga, Sensu, a systemd timer): asks
/// the bus for INFO and exits with the monitoring plugins' statuses.
struct PingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ping",
        abstract: "Check that the bus answers: a health check with monitoring-style exit codes.",
        discussion: """
            Sends INFO to the bus (the same endpoints and CURVE keys as the other client \
            commands: --data-dir, or --endpoint with --server-key or --server-key-file and \
            --client-key-file) and waits up to --timeout (default 2s). Prints one line, e.g. \
            `OK - rapport bus 0.1.0 answered INFO in 3 ms at ipc:///var/lib/rapport/bus.sock; \
            log next offset 1043 | time=3ms;1000;2000 next=1043`, or with --json one object: \
            {"status", "code", "endpoint", "message", "version"?, "answer_ms"?, "log_next"?, \
            "intake_paused"?}.

            Exit status (the monitoring plugins' convention):
              0  OK        the bus answered within half the timeout
              1  WARNING   it answered after half the timeout, or its intake is paused
              2  CRITICAL  no answer, no data directory, no socket, permission denied
              3  UNKNOWN   a wrong option or an unusable key file: no check was made

            Examples:
              rapport ping --data-dir /var/lib/rapport
              rapport ping --endpoint tcp://10.0.0.5:7400 --server-key-file bus.key.pub --client-key-file monitor.key --timeout 5s --json
            """
    )

    /// The monitoring plugins' statuses.
    enum Status: Int32 {
        case ok = 0, warning = 1, critical = 2, unknown = 3

        var word: String {
            switch self {
            case .ok: "OK"
            case .warning: "WARNING"
            case .critical: "CRITICAL"
            case .unknown: "UNKNOWN"
            }
        }
    }

    /// A usage error of `rapport ping` exits with this (not 64): monitoring reads it as "the
    /// check could not be made". `Rapport.main()` applies it.
    static let usageStatus = Status.unknown

    @OptionGroup var bus: ClientOptions

    @Flag(name: .long, help: "Print the result as one JSON object.")
    var json = false

    func run() throws {
        let timeout = try bus.timeoutMilliseconds(default: 2_000)
        let address: BusAddress
        do {
            address = try bus.address
        } catch {
            return try finish(.unknown, endpoint: bus.endpoint ?? "", message: error.description)
        }
        do {
            try bus.checkIngest(address)
            let connection = try BusConnection(address)
            let started = DispatchTime.now().uptimeNanoseconds
            let info = try connection.info(timeoutMilliseconds: timeout)
            let millis = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
            var status = Status.ok
            var message = "rapport bus \(info.version ?? "(version not reported)") answered INFO in \(millis) ms at \(address.ingest); log next offset \(info.log.next)"
            if millis * 2 > timeout {
                status = .warning
                message += "; slow: over half the timeout (\(timeout) ms)"
            }
            if info.intake.paused {
                status = .warning
                message += "; intake paused: the disk has fallen behind, requests wait"
            }
            try finish(status, endpoint: address.ingest, message: message + " | time=\(millis)ms;\(timeout / 2);\(timeout) next=\(info.log.next)") { object in
                if let version = info.version { object.add("version", version) }
                object.add("answer_ms", millis)
                object.add("log_next", info.log.next)
                object.add("intake_paused", info.intake.paused)
            }
        } catch let error as ClientError {
            let status: Status = if case .configuration = error { .unknown } else { .critical }
            try finish(status, endpoint: address.ingest, message: ExitStatus.classify(error)?.message ?? error.description)
        }
    }

    /// Prints the result and exits with `status`.
    private func finish(_ status: Status, endpoint: String, message: String, _ details: (inout JSONObjectWriter) -> Void = { _ in }) throws {
        if json {
            var object = JSONObjectWriter()
            object.add("status", status.word.lowercased())
            object.add("code", Int(status.rawValue))
            object.add("endpoint", endpoint)
            object.add("message", message)
            details(&object)
            Output.json(object)
        } else {
            Output.line("\(status.word) - \(message)")
        }
        if status != .ok { throw ExitCode(status.rawValue) }
    }
}
