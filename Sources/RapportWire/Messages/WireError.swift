/// A control message that could not be read: which one and what was wrong, in words a client
/// author can act on.
public struct WireError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong.
    public let message: String

    /// An error with this message.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
