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
