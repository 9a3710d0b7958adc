/// A compact hash table from a 64-bit identity hash to a log offset, for de-duplication:
/// about 16 MB for a million identities, where a `Dictionary<UInt64, UInt64>` takes 34 MB.
///
/// Growing never stops the broker: like Redis's dictionaries, a full table is kept as
/// `previous` while a larger one is filled, and each insert moves a few of the previous
/// table's slots across, in slot order; lookups check both until the move is done. Entries
/// below `minimum` (the de-duplication window's start) are ignored and not moved.
///
/// Growing does not hold two tables' memory either. Slots are moved in order, and keys sit
/// roughly in key order in both tables, so the new table's pages are written one after
/// another (untouched ones take no memory, see ``SlotMemory``) while the previous table's
/// pages behind the move are given back. For that, a new key whose slot in the previous table
/// is still ahead of the move goes there (and moves later with the rest), not into the new
/// table at a random page. Giving back stops at the last empty slot behind the move: every
/// probe that can still find an unmoved key starts after it.
struct IdentityTable {
    private var current: IdentitySlots
    private var previous: IdentitySlots?
    private var moved = 0
    /// The last empty slot of `previous` the move has passed (pages below it are given back).
    private var lastEmptyMoved = 0
    /// Entries below this offset are ignored and dropped when they would be moved.
    var minimum: UInt64

    /// Slots of the previous table moved per insert while growing.
    private static let moveStep = 64

    /// An empty table for about `expected` entries, storing offsets from `base` on.
    init(expected: Int = 0, base: UInt64 = 0) {
        current = IdentitySlots(expected: expected, base: base)
        minimum = base
    }

    /// Slots allocated (for memory figures).
    var capacity: Int { current.capacity + (previous?.capacity ?? 0) }
    /// Slots in use in the current table.
    var used: Int { current.used }
    /// The base offsets are stored from.
    var base: UInt64 { current.base }
    /// Whether a growth is still moving entries.
    var isGrowing: Bool { previous != nil }
    /// While growing, the slots of the previous table whose memory was given back (whole pages).
    var previousReleasedSlots: Int { previous?.releasedBelow ?? 0 }

    /// Live entries at or above `minimum` (a scan: for figures, not hot paths).
    var liveCount: Int {
        var n = 0
        for i in 0..<current.capacity {
            if let e = current.entry(at: i), e.offset >= minimum { n += 1 }
        }
        if let previous {
            for i in moved..<previous.capacity {
                if let e = previous.entry(at: i), e.offset >= minimum, current.lookup(e.key) == nil { n += 1 }
            }
        }
        return n
    }

    /// The offset stored for `hash`, if it is at or above `minimum`.
    func find(_ hash: UInt64) -> UInt64? {
        let key = IdentitySlots.key(hash)
        let found = current.lookup(key) ?? previous?.lookup(key) ?? nil
        guard let offset = found ?? nil, offset >= minimum else { return nil }
        return offset
    }

    /// Stores `offset` for `hash` (replacing an older offset for the same hash).
    mutating func insert(_ hash: UInt64, _ offset: UInt64) {
        // Below the window it would never be a candidate; and `base <= minimum` always.
        guard offset >= minimum else { return }
        if offset - current.base >= UInt64(IdentitySlots.forgotten) {
            // Rebase on the window's start; only a window wider than 2^32 offsets (about
            // 7,000 events/s for 7 days) must be narrowed to make room. Rare: done at once.
            let span = UInt64(IdentitySlots.forgotten)
            rebuild(base: offset - minimum >= span ? offset - span / 2 : minimum)
        }
        if previous != nil { moveSome() }
        if current.isFull { startGrowing() }
        let key = IdentitySlots.key(hash)
        if previous != nil, current.lookup(key) == nil, previous?.store(key, offset, atOrAfter: moved) == true { return }
        current.store(key, offset)
    }

    /// Forgets `hash` if its stored offset is at or above `from`.
    mutating func forget(_ hash: UInt64, from: UInt64) {
        let key = IdentitySlots.key(hash)
        current.forget(key, from: from)
        previous?.forget(key, from: from)
    }

    /// Re-inserts every live entry into one table sized for them, storing offsets from
    /// `base`; entries below `max(minimum, base)` are dropped.
    mutating func rebuild(base newBase: UInt64) {
        finishGrowing()
        minimum = max(minimum, newBase)
        var fresh = IdentitySlots(expected: max(liveCount * 8 / 7, 1), base: newBase)
        for i in 0..<current.capacity {
            if let e = current.entry(at: i), e.offset >= minimum { fresh.store(e.key, e.offset) }
        }
        current = fresh
    }

    private mutating func startGrowing() {
        finishGrowing()
        // Sized from the slots in use (no scan): expired and forgotten entries are not moved,
        // so the new table ends up emptier than this assumes.
        let room = max(current.used * 8 / 7, 1_024)
        previous = current
        moved = 0
        lastEmptyMoved = 0
        current = IdentitySlots(expected: room, base: current.base)
    }

    private mutating func moveSome() {
        guard let old = previous else { return }
        let end = min(moved + Self.moveStep, old.capacity)
        for i in moved..<end {
            if old.isEmpty(i) {
                lastEmptyMoved = i
            } else if let e = old.entry(at: i), e.offset >= minimum {
                current.storeIfAbsent(e.key, e.offset)
            }
        }
        moved = end
        if moved == old.capacity {
            previous = nil
        } else {
            old.release(below: lastEmptyMoved)
        }
    }

    private mutating func finishGrowing() {
        while previous != nil { moveSome() }
    }
}
