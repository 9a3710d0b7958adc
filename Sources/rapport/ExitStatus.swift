import ArgumentParser
import RapportClient
import RapportWire

/// The exit statuses of the `rapport` commands, after sysexits.h, so a script can tell "fix
/// the data" from "try again later" without reading the message.
///
/// Every command's `--help` lists the ones it uses (``help(_:)``), and docs/CLI.md lists them
/// all. `rapport ping` has its own (monitoring plugins'), documented there.
enum ExitStatus: Int32, CaseIterable {
    /// Done: for `emit`, every event is stored (accepted, or a duplicate of a stored one).
    case success = 0
    /// The request failed: the bus refused it (the message gives its error code), or a file
    /// could not be read or written.
    case failure = 1
    /// A wrong option or argument (EX_USAGE; ArgumentParser's own status for them).
    case usage = 64
    /// Some events were rejected for what they hold: fix them; the others were stored (EX_DATAERR).
    case rejected = 65
    /// The bus is unavailable: no such data directory, no bus socket there, no answer within
    /// `--timeout`, or it could not store the events now (disk full, busy): retry later (EX_UNAVAILABLE).
    case unavailable = 69
    /// Permission denied on the bus's socket (EX_NOPERM).
    case noPermission = 77

    /// One line of help for this status (at most 80 columns, so `--help` does not wrap it).
    var meaning: String {
        switch self {
        case .success: "0   done"
        case .failure: "1   the bus refused the request, or a file could not be read or written"
        case .usage: "64  a wrong option or argument"
        case .rejected: "65  some events were rejected: fix them (the others were stored)"
        case .unavailable: "69  the bus is unavailable (not there, no answer, disk full): retry later"
        case .noPermission: "77  permission denied on the bus's socket"
        }
    }

    /// An "Exit status" paragraph for a command's `--help`, listing `statuses` (with 0 and 64
    /// always).
    static func help(_ statuses: ExitStatus...) -> String {
        let listed = Set(statuses + [.success, .usage])
        let lines = allCases.filter(listed.contains).map { "  " + $0.meaning }
        return "Exit status:\n" + lines.joined(separator: "\n")
    }

    /// The statuses of a command that talks to the bus.
    static let clientHelp = help(.failure, .unavailable, .noPermission)

    /// The message and status for an error a command threw, or `nil` for errors ArgumentParser
    /// reports itself (help, usage errors, `ExitCode`).
    static func classify(_ error: any Error) -> (message: String, status: ExitStatus)? {
        switch error {
        case let failure as CommandFailure:
            return (failure.description, failure.status)
        case let error as ClientError:
            return classify(error)
        default:
            return nil
        }
    }

    private static func classify(_ error: ClientError) -> (message: String, status: ExitStatus) {
        switch error {
        case .unreachable(.permissionDenied, let message):
            return (message, .noPermission)
        case .unreachable(_, let message):
            return (message, .unavailable)
        case .timeout(let message):
            return ("\(message) (--timeout waits longer)", .unavailable)
        case .transport(let zmq):
            return ("cannot talk to the bus: \(zmq)", .unavailable)
        case .refused(let code, let message) where code == ErrorCode.storage.rawValue || code == ErrorCode.busy.rawValue:
            return ("the bus cannot take this now (\(code)): \(message)", .unavailable)
        case .refused(let code, let message):
            return ("the bus refused the request (\(code)): \(message)", .failure)
        case .configuration(let message):
            return (message, .usage)
        case .protocolViolation:
            return ("\(error)", .failure)
        }
    }
}
