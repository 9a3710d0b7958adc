/// A CPU latency request could not be made; the message says why and what to do.
public struct CPULatencyError: Error, CustomStringConvertible {
    /// What went wrong.
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}
