/// A configuration problem, naming the file, the key and what is accepted.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    /// The file (or "command line").
    public let source: String
    /// The key, dotted (`groups.ack_timeout`).
    public let key: String
    /// What is wrong and what is accepted.
    public let message: String

    /// Makes an error.
    public init(source: String, key: String, _ message: String) {
        self.source = source
        self.key = key
        self.message = message
    }

    public var description: String { key.isEmpty ? "\(source): \(message)" : "\(source): \(key): \(message)" }
}
