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

    /// A stable, machine-readable code for the kind of failure: `transport`, `timeout`,
    /// `protocol-violation`, `configuration`, or for a refusal the bus's own code
    /// (`bad-join`, `not-joined`, `forbidden`, …). Scripts and retry logic match on it.
    public var code: String {
        switch self {
        case .transport: "transport"
        case .timeout: "timeout"
        case .refused(let code, _): code
        case .protocolViolation: "protocol-violation"
        case .configuration: "configuration"
        }
    }

    /// Whether trying again later may succeed (the bus is away or busy), as against a request
    /// that will be refused again.
    public var isTransient: Bool {
        switch self {
        case .transport, .timeout: true
        case .refused(let code, _): code == "storage" || code == "busy"
        case .protocolViolation, .configuration: false
        }
    }

    public var description: String {
        switch self {
        case .transport(let e): "transport: \(e)"
        case .timeout(let what): "timed out: \(what)"
        case .refused(let code, let message): "refused by the bus (\(code)): \(message)"
        case .protocolViolation(let what): "protocol violation: \(what)"
        case .configuration(let what): what
        }
    }
}
