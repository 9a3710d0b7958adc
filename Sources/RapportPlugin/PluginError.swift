/// A plugin could not start or go on: what went wrong, where, and what to do.
public struct PluginError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, for a person.
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
