import Foundation

/// A stretch of opening time in absolute time, [start, end), as the ``OpeningWalker`` yields it.
struct OpenInterval: Sendable, Equatable {
    /// First open instant.
    var start: Date
    /// First closed instant after `start` (or where the walker cut a very long stretch).
    var end: Date
    /// Whether the location was closed just before `start` (false where the walker cut a long
    /// stretch of continuous opening in pieces).
    var opensAtStart = true
    /// Whether the location is closed at `end` (false where the walker cut the stretch).
    var closesAtEnd = true

    /// Length in seconds.
    var seconds: Double { end.timeIntervalSince(start) }
}
