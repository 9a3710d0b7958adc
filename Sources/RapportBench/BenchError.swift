/// A phase of the benchmark could not be carried out; the message says what and why.
public struct BenchError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, and where.
    public let message: String

    /// A failure described by `message`.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
