/// A compact hash table from a 64-bit identity hash to a log offset, for de-duplication:
/// about 16 MB for a million identities, where a `Dictionary<UInt64, UInt64>` takes 34 MB.
///
/// Memory is taken only in ``reserve(_:)`` and the throwing initialiser, and each throws
/// ``SlotAllocationError`` if it cannot be had, leaving the table as it was:
/// every entry kept, lookups and inserts served. ``insert(_:_:)`` never allocates: call
/// ``reserve(_:)`` before it (the broker does, before appending the event, so a failure refuses
/// the event while nothing is stored). An insert nobody reserved for goes into the slack
/// between the growth threshold and the limit (see ``IdentitySlots``), and is refused once that
/// is used up.
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
    /// Where new tables' memory comes from.
    private let allocator: SlotAllocator

    /// Slots of the previous table moved per insert while growing.
    private static let moveStep = 64

    /// An empty table with no memory yet, storing offsets from `base` on: the first
    /// ``reserve(_:)`` allocates it.
    init(base: UInt64 = 0, allocator: SlotAllocator = .system) {
        current = IdentitySlots(base: base)
        minimum = base
        self.allocator = allocator
    }

    /// An empty table for about `expected` entries (that many inserts fit without
    /// ``reserve(_:)``), storing offsets from `base` on.
    ///
    /// - Throws: ``SlotAllocationError`` when the slots cannot be allocated.
    init(expected: Int, base: UInt64 = 0, allocator: SlotAllocator = .system) throws(SlotAllocationError) {
        current = try IdentitySlots(expected: expected, base: base, allocator: allocator)
        minimum = base
        self.allocator = allocator
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
    var liveCount: Int { liveCount(from: minimum) }

    /// The offset stored for `hash`, if it is at or above `minimum`.
    func find(_ hash: UInt64) -> UInt64? {
        let key = IdentitySlots.key(hash)
        let found = current.lookup(key) ?? previous?.lookup(key) ?? nil
        guard let offset = found ?? nil, offset >= minimum else { return nil }
        return offset
    }

    /// Makes sure the next `additional` inserts need no memory: if they would take the table
    /// past its growth threshold, starts growing it now (allocating the larger table, whose
    /// entries then move across a few per insert). A comparison when there is room.
    ///
    /// - Throws: ``SlotAllocationError`` when the larger table cannot be allocated. The table
    ///   keeps every entry and serves as before (a growth still moving is finished first,
    ///   which needs no memory); a later call tries again.
    @inline(__always)
    mutating func reserve(_ additional: Int = 1) throws(SlotAllocationError) {
        guard current.needsGrowth(for: additional) else { return }
        try startGrowing(toHold: additional)
    }

    /// Stores `offset` for `hash` (replacing an older offset for the same hash). Never
    /// allocates: ``reserve(_:)`` makes the room. Returns `false` only when no room was
    /// reserved and the table's slack is used up too: then nothing changed.
    @discardableResult
    mutating func insert(_ hash: UInt64, _ offset: UInt64) -> Bool {
        // Below the window it would never be a candidate; and `base <= minimum` always.
        guard offset >= minimum else { return true }
        if offset - current.base >= UInt64(IdentitySlots.forgotten) {
            // Rebase on the window's start; only a window wider than 2^32 offsets (about
            // 7,000 events/s for 7 days) must be narrowed to make room. Rare: done at once,
            // in place.
            let span = UInt64(IdentitySlots.forgotten)
            rebase(to: offset - minimum >= span ? offset - span / 2 : minimum)
        }
        if previous != nil { moveSome() }
        let key = IdentitySlots.key(hash)
        if previous != nil, current.lookup(key) == nil, previous?.store(key, offset, atOrAfter: moved) == true { return true }
        return current.store(key, offset)
    }

    /// Forgets `hash` if its stored offset is at or above `from`.
    mutating func forget(_ hash: UInt64, from: UInt64) {
        let key = IdentitySlots.key(hash)
        current.forget(key, from: from)
        previous?.forget(key, from: from)
    }

    /// Live entries at or above `floor`.
    private func liveCount(from floor: UInt64) -> Int {
        var n = 0
        for i in 0..<current.capacity {
            if let e = current.entry(at: i), e.offset >= floor { n += 1 }
        }
        if let previous {
            for i in moved..<previous.capacity {
                if let e = previous.entry(at: i), e.offset >= floor, current.lookup(e.key) == nil { n += 1 }
            }
        }
        return n
    }

    /// Stores offsets from `newBase` on, in place (no memory needed); entries below
    /// `max(minimum, newBase)` are dropped.
    private mutating func rebase(to newBase: UInt64) {
        finishGrowing()
        minimum = max(minimum, newBase)
        current.rebase(to: newBase, keepingFrom: minimum)
    }

    /// Allocates a table with room for the entries in use and `additional` more, and starts
    /// moving the current one's across. Changes nothing but finishing a growth under way if
    /// the allocation fails.
    private mutating func startGrowing(toHold additional: Int) throws(SlotAllocationError) {
        finishGrowing()
        // Sized from the slots in use (no scan): expired and forgotten entries are not moved,
        // so the new table ends up emptier than this assumes. The first table is the smallest.
        let room = current.capacity == 0 ? additional : max((current.used + additional) * 8 / 7, 1_024)
        let larger = try IdentitySlots(expected: room, base: current.base, allocator: allocator)
        if current.capacity > 0 {
            previous = current
            moved = 0
            lastEmptyMoved = 0
        }
        current = larger
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
