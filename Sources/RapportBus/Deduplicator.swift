import RapportLog

/// Remembers the identity hash of every event accepted within the de-duplication window,
/// with the offset it was stored at.
///
/// A hash match is only a candidate: the broker confirms it by comparing the stored event's
/// (`source`, `id`), so two different events whose hashes collide are both kept.
/// The table is rebuilt at start-up from the log's `.ids` files (8 bytes a record, no event
/// is parsed), so a resend after a restart is still recognised.
struct Deduplicator {
    private var offsets: [UInt64: UInt64] = [:]
    /// Entries below this offset are outside the window and ignored (swept lazily).
    private(set) var windowStart: UInt64 = 0

    /// Number of identities remembered.
    var count: Int { offsets.count }

    /// Loads every identity from `from` on out of `log`.
    mutating func load(from log: Log, from start: UInt64) throws(LogError) {
        windowStart = start
        offsets.reserveCapacity(Int(log.nextOffset - min(start, log.nextOffset)))
        try log.forEachIdentity(from: start) { hash, offset in offsets[hash] = offset }
    }

    /// The offset of an event stored with this hash within the window, if any.
    func candidate(_ hash: UInt64) -> UInt64? {
        guard let offset = offsets[hash], offset >= windowStart else { return nil }
        return offset
    }

    /// Remembers that the event with `hash` is stored at `offset`.
    mutating func remember(_ hash: UInt64, at offset: UInt64) {
        offsets[hash] = offset
    }

    /// Forgets the given hashes if they still point at offsets from `offset` on
    /// (their records were never written).
    mutating func forget(_ hashes: [UInt64], from offset: UInt64) {
        for hash in hashes where (offsets[hash] ?? 0) >= offset { offsets[hash] = nil }
    }

    /// Moves the window's start and drops entries that fell out of it.
    mutating func slide(to start: UInt64) {
        guard start > windowStart else { return }
        windowStart = start
        offsets = offsets.filter { $0.value >= start }
    }
}
