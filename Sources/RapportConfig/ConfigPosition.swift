/// Where in a configuration file a key or value is written: line and column, both from 1.
public struct ConfigPosition: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Line, from 1.
    public let line: Int
    /// Column, from 1, counted in Unicode scalars (as libyaml counts them).
    public let column: Int

    /// Makes a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
