import RapportLog

/// Remembers the identity hash of every event accepted within the de-duplication window,
/// with the offset it was stored at.
///
/// A hash match is only a candidate: the broker confirms it by comparing the stored event's
/// (`source`, `id`), so two different events whose hashes collide are both kept.
/// The table is rebuilt at start-up from the log's `.ids` files (8 bytes a record, no event
/// is parsed), so a resend after a restart is still recognised.
struct Deduplicator {
    private var table = IdentityTable()

    /// Entries below this offset are outside the window and ignored; they are dropped the
    /// next time the table is rebuilt, so sliding the window costs nothing on the hot path.
    var windowStart: UInt64 { table.minimum }

    /// Number of identities remembered within the window (scans the table).
    var count: Int { table.liveCount }

    /// Loads every identity from `from` on out of `log`.
    mutating func load(from log: Log, from start: UInt64) throws(LogError) {
        table = IdentityTable(expected: Int(log.nextOffset - min(start, log.nextOffset)), base: start)
        try log.forEachIdentity(from: start) { hash, offset in table.insert(hash, offset) }
    }

    /// The offset of an event stored with this hash within the window, if any.
    func candidate(_ hash: UInt64) -> UInt64? {
        table.find(hash)
    }

    /// Remembers that the event with `hash` is stored at `offset`.
    mutating func remember(_ hash: UInt64, at offset: UInt64) {
        table.insert(hash, offset)
    }

    /// Forgets the given hashes if they still point at offsets from `offset` on
    /// (their records were never written).
    mutating func forget(_ hashes: [UInt64], from offset: UInt64) {
        for hash in hashes { table.forget(hash, from: offset) }
    }

    /// Moves the window's start; entries below it no longer count.
    mutating func slide(to start: UInt64) {
        guard start > table.minimum else { return }
        table.minimum = start
    }
}
