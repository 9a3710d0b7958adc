import ArgumentParser
import Foundation

extension Rapport {
    /// Runs the command, as ArgumentParser's own `main()` does, except that a
    /// ``CommandFailure`` or a client error exits with its ``ExitStatus`` (65, 69, 77…)
    /// rather than 1 for every failure, and a usage error of `rapport ping` exits 3 (UNKNOWN),
    /// as monitoring expects.
    static func main() async {
        unblockStopSignals()
        do {
            var command = try await asyncParseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if let (message, status) = ExitStatus.classify(error) {
                Output.error("Error: \(message)")
                Foundation.exit(status.rawValue)
            }
            if CommandLine.arguments.dropFirst().first == PingCommand.configuration.commandName,
               exitCode(for: error) == .validationFailure {
                Output.error(fullMessage(for: error))
                Foundation.exit(PingCommand.usageStatus.rawValue)
            }
            exit(withError: error)
        }
    }

    /// A process inherits its parent's blocked signals: one started from a thread that blocks
    /// SIGTERM (a Swift concurrency or Dispatch worker thread of a supervisor or a test, say)
    /// could otherwise not be stopped but with SIGKILL. SIGTERM, SIGINT and SIGHUP always reach
    /// a `rapport` command.
    private static func unblockStopSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for number in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&signals, number) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}
