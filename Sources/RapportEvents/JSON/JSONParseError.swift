/// Why bytes are not a valid JSON text, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The zero-based byte offset of the problem in the input.
    public let offset: Int
    /// What was wrong or expected at `offset`, e.g. `expected ':' after object key`.
    public let message: String

    /// Creates an error at a byte offset.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// One line, e.g. `invalid JSON at byte 17: expected ':' after object key`.
    public var description: String {
        "invalid JSON at byte \(offset): \(message)"
    }
}
