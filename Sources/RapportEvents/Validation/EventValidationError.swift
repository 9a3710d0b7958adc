/// Why an event was refused; `description` is one line a desk integrator can act on.
public struct EventValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of problem, stable for programs (sent on the wire as its raw value).
    public let code: Code
    /// What was wrong, what was expected and what was found, e.g.
    /// `data.scores.nps must be an integer 0-10, got 11`.
    public let message: String

    /// The kinds of problem, in the order they are checked.
    public enum Code: String, Sendable {
        /// The event is larger than `max_event_bytes`.
        case tooLarge = "too-large"
        /// The bytes are not valid UTF-8 JSON.
        case invalidJSON = "invalid-json"
        /// The CloudEvents envelope (attributes) is wrong.
        case invalidEnvelope = "invalid-envelope"
        /// The `type` is neither a catalogue type nor an `x-` site type.
        case unknownType = "unknown-type"
        /// `data` does not follow the catalogue's rules for the type.
        case invalidData = "invalid-data"
    }

    /// An error with a code and message.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// `code: message`, e.g. `invalid-data: data.scores.nps must be an integer 0-10, got 11`.
    public var description: String {
        "\(code.rawValue): \(message)"
    }
}
