import ZMQ

/// A client-side failure.
public enum ClientError: Error, CustomStringConvertible, Sendable {
    /// ZeroMQ failed (endpoint, socket).
    case transport(ZMQError)
    /// Nothing arrived from the bus in time: is it running, and at that endpoint?
    case timeout(String)
    /// The bus answered with ERROR: code and message.
    case refused(code: String, message: String)
    /// The bus sent something this client does not understand.
    case protocolViolation(String)
    /// The client was set up wrongly.
    case configuration(String)
    /// The bus cannot be reached at its endpoint, found before anything was sent
    /// (``BusReachability``): `reason` says which way, the message names the path and what to do.
    case unreachable(Unreachable, String)

    /// Why an ipc endpoint cannot be reached.
    public enum Unreachable: String, Sendable {
        /// The socket's directory (the bus's data directory) does not exist.
        case noDirectory = "no-data-directory"
        /// The directory exists, but the socket file is not there (no bus started in it).
        case noSocket = "no-socket"
        /// The socket (or its directory) exists, but this user may not connect to it.
        case permissionDenied = "permission-denied"
        /// The socket file is there, but no bus listens on it (one that stopped left it behind).
        case notListening = "no-answer"
    }

    /// A stable, machine-readable code for the kind of failure: `transport`, `timeout`,
    /// `protocol-violation`, `configuration`, an ``Unreachable`` reason (`no-data-directory`,
    /// `no-socket`, `permission-denied`, `no-answer`), or for a refusal the bus's own code
    /// (`bad-join`, `not-joined`, `forbidden`, …). Scripts and retry logic match on it.
    public var code: String {
        switch self {
        case .transport: "transport"
        case .timeout: "timeout"
        case .refused(let code, _): code
        case .protocolViolation: "protocol-violation"
        case .configuration: "configuration"
        case .unreachable(let reason, _): reason.rawValue
        }
    }

    /// Whether trying again later may succeed (the bus is away or busy), as against a request
    /// that will be refused again.
    public var isTransient: Bool {
        switch self {
        case .transport, .timeout: true
        case .refused(let code, _): code == "storage" || code == "busy"
        case .protocolViolation, .configuration: false
        case .unreachable(let reason, _): reason != .permissionDenied
        }
    }

    public var description: String {
        switch self {
        case .transport(let e): "transport: \(e)"
        case .timeout(let what): "timed out: \(what)"
        case .refused(let code, let message): "refused by the bus (\(code)): \(message)"
        case .protocolViolation(let what): "protocol violation: \(what)"
        case .configuration(let what): what
        case .unreachable(_, let what): what
        }
    }
}
