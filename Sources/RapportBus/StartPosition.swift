/// Where a group starts reading when its first member joins.
enum StartPosition: Equatable, Sendable {
    /// Where the group left off (the earliest retained offset for a new group).
    case committed
    /// The oldest retained event: replay everything.
    case earliest
    /// Only events accepted from now on.
    case latest
    /// A given offset.
    case offset(UInt64)
    /// The first event the bus accepted at or after this time (ms since the epoch).
    case time(Int64)
}
