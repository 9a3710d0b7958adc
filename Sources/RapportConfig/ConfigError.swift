/// A configuration problem, naming the file, the key and what is accepted; where the reader
/// knows it, also the line and column (1-based) of the key or value at fault.
///
/// Printed as `rapport.yaml:7:5: log.retenion: unknown key; did you mean 'retention'?`, or
/// without the position (`rapport.yaml: endpoints.ingest: …`) for rules that span several
/// settings or come from the command line.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or "command line").
    public let source: String
    /// The key, dotted (`groups.ack_timeout`); empty when the problem is the file itself.
    public let key: String
    /// What is wrong and what is accepted.
    public let message: String
    /// Line of the key or value at fault, from 1; `nil` when the problem has no one place.
    public let line: Int?
    /// Column of the key or value at fault, from 1 (in Unicode scalars); `nil` with `line`.
    public let column: Int?

    /// Makes an error without a position.
    public init(source: String, key: String, _ message: String) {
        self.init(source: source, key: key, line: nil, column: nil, message)
    }

    /// Makes an error at `line` and `column` of `source`.
    public init(source: String, key: String, line: Int?, column: Int?, _ message: String) {
        self.source = source
        self.key = key
        self.message = message
        self.line = line
        self.column = column
    }

    /// The same error at `position` (when it has none, or `position` is `nil`, unchanged).
    public func at(_ position: ConfigPosition?) -> ConfigError {
        guard let position, line == nil else { return self }
        return ConfigError(source: source, key: key, line: position.line, column: position.column, message)
    }

    /// `file:line:column: key: message`, leaving out what is unknown.
    public var description: String {
        var place = source
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return key.isEmpty ? "\(place): \(message)" : "\(place): \(key): \(message)"
    }
}
