import Foundation
import Logging
import RapportConfig
import RapportWire

extension Broker {
    /// Refuses a request the sender's key may not make: ERROR `forbidden` to the client (the
    /// connection goes on serving its other messages) and a warning naming the key, once a
    /// minute per key and reason.
    func forbid(_ identity: [UInt8], context: String, principal: Principal, _ reason: String) {
        counters.countError(.forbidden)
        send([identity] + Frames.error(context: context, .forbidden, reason))
        noteForbidden(principal, command: context, reason)
    }

    /// Logs a refusal for want of permission (a request, or one event of a PUBLISH).
    func noteForbidden(_ principal: Principal, command: String, _ reason: String, event: [String: String] = [:]) {
        let key = principal.logName + "\u{0}" + reason
        guard let since = forbiddenReports.shouldReport(key, now: MonotonicClock.nowMillis()) else { return }
        var metadata: Logger.Metadata = [
            "key": "\(principal.logName)", "role": "\(principal.role?.rawValue ?? "none")",
            "command": "\(command)", "reason": "\(reason)", "refused_since_last_report": "\(since + 1)",
        ]
        for (name, value) in event { metadata[name] = "\(value)" }
        logger.warning("forbidden: a client's key may not do this", metadata: metadata)
    }

    /// Lets the data directory's group use an ipc socket (mode 0660, the directory's group):
    /// on one host, the bus's clients are the users in that group. Without this, libzmq's
    /// socket file follows the bus's umask, and a group member's connection is refused.
    static func openToGroup(_ endpoint: String, logger: Logger) {
        guard endpoint.hasPrefix("ipc://") else { return }
        let path = String(endpoint.dropFirst(6))
        let directory = (path as NSString).deletingLastPathComponent
        var info = stat()
        if stat(directory, &info) == 0 && chown(path, uid_t.max, info.st_gid) != 0 {
            logger.warning("cannot give the ipc socket the directory's group", metadata: [
                "socket": "\(path)", "error": "\(String(cString: strerror(errno)))"])
        }
        if chmod(path, 0o660) != 0 {
            logger.warning("cannot let the data directory's group use the ipc socket", metadata: [
                "socket": "\(path)", "error": "\(String(cString: strerror(errno)))"])
        }
    }
}
