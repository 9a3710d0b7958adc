import RapportLog

/// Remembers the identity hash of every event accepted within the de-duplication window,
/// with the offset it was stored at.
///
/// A hash match is only a candidate: the broker confirms it by comparing the stored event's
/// (`source`, `id`), so two different events whose hashes collide are both kept.
/// The table is rebuilt at start-up from the log's `.ids` files (8 bytes a record, no event
/// is parsed), so a resend after a restart is still recognised.
///
/// When memory runs out the table stops growing but keeps everything it holds: ``load(from:from:)``
/// throws (the bus does not start), and ``makeRoom()`` throws so the broker refuses the event
/// before appending it (nothing stored, nothing lost: the producer resends later; a dead
/// letter's event goes back to its group).
struct Deduplicator {
    private var table: IdentityTable
    /// Where the table's memory comes from.
    private let allocator: SlotAllocator
    /// Events (published ones and dead letters) refused because the table could not grow,
    /// since the bus started.
    private(set) var refusals = 0
    /// When a refusal was last reported (see ``noteRefusal(now:)``).
    private var lastRefusalReport: Int64?
    /// One past the highest offset remembered: with the window's start, the count of
    /// identities (every stored event is remembered, in offset order).
    private var end: UInt64 = 0

    /// An empty de-duplicator (no memory until ``load(from:from:)`` or ``makeRoom()``), taking
    /// its tables' memory from `allocator`.
    init(allocator: SlotAllocator = .system) {
        self.allocator = allocator
        table = IdentityTable(allocator: allocator)
    }

    /// Entries below this offset are outside the window and ignored; they are dropped when the
    /// table next grows (they are not moved), so sliding the window costs nothing on the hot path.
    var windowStart: UInt64 { table.minimum }

    /// Number of identities remembered within the window: one per event stored from the
    /// window's start on, so it is kept as offsets are remembered and forgotten and the window
    /// slides, not counted (INFO reads it; a scan of the table took 17–19 ms at 4 million events,
    /// on the broker thread). Two different events whose 64-bit hashes collide share one entry,
    /// so this can exceed the table's entries by such pairs (about one in 10^7 at 4 million).
    var count: Int { end > table.minimum ? Int(end - table.minimum) : 0 }

    /// The identities in the table within the window, counted by a scan (for tests).
    var scannedCount: Int { table.liveCount }

    /// Loads every identity from `from` on out of `log`, into a table sized for all of them.
    ///
    /// - Throws: ``DeduplicatorLoadError`` when the identities cannot be read or the table for
    ///   them cannot be allocated. On a memory failure the previous table is kept.
    mutating func load(from log: Log, from start: UInt64) throws(DeduplicatorLoadError) {
        let events = Int(log.nextOffset - min(start, log.nextOffset))
        do {
            table = try IdentityTable(expected: events, base: start, allocator: allocator)
        } catch {
            throw .memory(error, events: events)
        }
        // Sized for every record from `start` on, so these inserts need no reserve.
        do {
            try log.forEachIdentity(from: start) { hash, offset in table.insert(hash, offset) }
        } catch {
            throw .log(error)
        }
        end = log.nextOffset
    }

    /// The offset of an event stored with this hash within the window, if any.
    func candidate(_ hash: UInt64) -> UInt64? {
        table.find(hash)
    }

    /// Makes sure the next ``remember(_:at:)`` needs no memory, growing the table now if it is
    /// nearly full. Call it before appending the event: a failure then refuses an event that
    /// is not stored yet. A comparison when there is room (most calls).
    ///
    /// - Throws: ``SlotAllocationError`` (slots and MiB it tried, and what to change) when the
    ///   larger table cannot be allocated. The table keeps every identity and keeps answering;
    ///   the next call tries again.
    @inline(__always)
    mutating func makeRoom() throws(SlotAllocationError) {
        try table.reserve(1)
    }

    /// Remembers that the event with `hash` is stored at `offset`.
    ///
    /// Call ``makeRoom()`` first (the broker always does). For a caller that did not, the growth
    /// is tried here; if it fails, the hash goes into the table's slack, and once that is used up
    /// it is not remembered (the event is stored all the same; a resend of it within this run
    /// would not be recognised).
    mutating func remember(_ hash: UInt64, at offset: UInt64) {
        _ = try? table.reserve(1)
        table.insert(hash, offset)
        end = max(end, offset + 1)
    }

    /// Counts an event refused because ``makeRoom()`` failed, at `now` (ms); returns `true`
    /// for the first refusal and then at most once a minute: log it then (with ``refusals``),
    /// not every time.
    mutating func noteRefusal(now: Int64) -> Bool {
        refusals += 1
        if let last = lastRefusalReport, now - last < 60_000, now >= last { return false }
        lastRefusalReport = now
        return true
    }

    /// Forgets the given hashes if they still point at offsets from `offset` on
    /// (their records were never written).
    mutating func forget(_ hashes: [UInt64], from offset: UInt64) {
        for hash in hashes { table.forget(hash, from: offset) }
        end = min(end, offset)
    }

    /// Moves the window's start; entries below it no longer count.
    mutating func slide(to start: UInt64) {
        guard start > table.minimum else { return }
        table.minimum = start
    }
}
