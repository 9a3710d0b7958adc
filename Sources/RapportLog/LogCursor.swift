/// A reader's place in the log: the next offset to read and, once known, where it is on disk,
/// so a sequential reader does not search the index on every read.
public struct LogCursor: Sendable, Equatable {
    /// The next offset to read.
    public private(set) var offset: UInt64
    var segmentBase: UInt64?
    var position: Int64 = 0

    /// A cursor at `offset` (a position in the log is looked up on first read).
    public init(offset: UInt64) {
        self.offset = offset
    }

    mutating func advance(to offset: UInt64, segment: UInt64, position: Int64) {
        self.offset = offset
        self.segmentBase = segment
        self.position = position
    }

    mutating func seek(_ offset: UInt64) {
        self = LogCursor(offset: offset)
    }
}
