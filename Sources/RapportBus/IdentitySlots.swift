/// The open-addressing array behind ``IdentityTable``: 12 bytes a slot (a 64-bit hash and
/// an offset stored as 32 bits above `base`), linear probing, sized to its entries rather
/// than to a power of two. No deletion: an entry is forgotten by marking its offset, so a
/// slot that is empty now has always been empty.
///
/// A key's home slot is the high half of `key × capacity`: it grows with the key, so walking
/// the slots in order meets the keys roughly in order (which a growth uses to fill the new
/// table page by page).
///
/// Two thresholds: past ``growAt`` (80% of the slots) ``IdentityTable/reserve(_:)`` grows the
/// table; at ``limit`` (90%) a new key is refused. The slack between them is for inserts
/// nobody reserved room for, and keeps probes short and empty slots to end them.
struct IdentitySlots {
    private let memory: SlotMemory
    /// Offsets are stored as `offset - base`.
    private(set) var base: UInt64
    /// Slots in use.
    private(set) var used = 0
    /// `used` beyond which the table should grow (80% of the slots).
    let growAt: Int
    /// `used` at which new keys are refused (90% of the slots).
    let limit: Int

    static let forgotten = UInt32.max

    /// Room for about `expected` entries (at most 70% full), offsets from `base` on.
    ///
    /// - Throws: ``SlotAllocationError`` when `allocator` cannot provide the slots.
    init(expected: Int, base: UInt64, allocator: SlotAllocator) throws(SlotAllocationError) {
        try self.init(memory: SlotMemory(capacity: max(1_024, Int(Double(expected) / 0.7)), allocator: allocator), base: base)
    }

    /// No slots and no memory: every lookup misses and every new key is refused (``limit`` is 0).
    init(base: UInt64) {
        self.init(memory: SlotMemory(), base: base)
    }

    private init(memory: SlotMemory, base: UInt64) {
        self.memory = memory
        self.base = base
        growAt = memory.capacity * 4 / 5
        limit = memory.capacity - memory.capacity / 10
    }

    var capacity: Int { memory.capacity }

    /// Whether `additional` more keys would take the table past ``growAt``.
    @inline(__always)
    func needsGrowth(for additional: Int) -> Bool { used + additional > growAt }

    /// 0 marks an empty slot, so hash 0 is stored as 1 (matches are only candidates anyway).
    @inline(__always)
    static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(key.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let keys = memory.keys
        var i = home(key)
        while keys[i] != 0 && keys[i] != key {
            i += 1
            if i == capacity { i = 0 }
        }
        return i
    }

    /// Whether slot `i` has never held an entry.
    @inline(__always)
    func isEmpty(_ i: Int) -> Bool { memory.keys[i] == 0 }

    /// What is stored for `key`: `nil` if absent, `.some(nil)` if forgotten, else the offset.
    func lookup(_ key: UInt64) -> UInt64?? {
        let i = slot(of: key)
        guard memory.keys[i] == key else { return nil }
        let value = memory.values[i]
        return value == Self.forgotten ? .some(nil) : .some(base + UInt64(value))
    }

    /// Stores `offset` (at or above `base`, below `base + 2^32 - 1`) for `key` if the slot it
    /// goes to (or holds it) is at or after `first`, and it is already there or the table is
    /// below ``limit``; returns whether it did. Never allocates.
    @discardableResult
    mutating func store(_ key: UInt64, _ offset: UInt64, atOrAfter first: Int = 0) -> Bool {
        let i = slot(of: key)
        guard i >= first else { return false }
        if memory.keys[i] == 0 {
            guard used < limit else { return false }
            used += 1
            memory.keys[i] = key
        }
        memory.values[i] = UInt32(offset - base)
        return true
    }

    /// Stores `offset` for `key` only if the key is not there yet (a newer entry wins). For
    /// moving entries during a growth, which sizes the table for them: it may go past
    /// ``limit``, and only refuses the last empty slot (probes need one to end).
    mutating func storeIfAbsent(_ key: UInt64, _ offset: UInt64) {
        let i = slot(of: key)
        guard memory.keys[i] == 0, used + 1 < capacity else { return }
        used += 1
        memory.keys[i] = key
        memory.values[i] = UInt32(offset - base)
    }

    /// Marks `key` forgotten if its offset is at or above `from`.
    mutating func forget(_ key: UInt64, from: UInt64) {
        let i = slot(of: key)
        guard memory.keys[i] == key, memory.values[i] != Self.forgotten, base + UInt64(memory.values[i]) >= from else { return }
        memory.values[i] = Self.forgotten
    }

    /// Stores offsets from `newBase` (at or above ``base``) on, rewriting every entry in place:
    /// entries below `keepFrom` (at or above `newBase`) are marked forgotten. A scan of every
    /// slot, and no allocation (slots do not depend on the base).
    mutating func rebase(to newBase: UInt64, keepingFrom keepFrom: UInt64) {
        let keys = memory.keys, values = memory.values
        for i in 0..<capacity where keys[i] != 0 && values[i] != Self.forgotten {
            let offset = base + UInt64(values[i])
            values[i] = offset >= keepFrom ? UInt32(offset - newBase) : Self.forgotten
        }
        base = newBase
    }

    /// The entry in slot `i`, if it holds a live (not forgotten) one.
    @inline(__always)
    func entry(at i: Int) -> (key: UInt64, offset: UInt64)? {
        let key = memory.keys[i], value = memory.values[i]
        guard key != 0, value != Self.forgotten else { return nil }
        return (key, base + UInt64(value))
    }

    /// Slots whose memory was given back (whole pages of them).
    var releasedBelow: Int { memory.releasedSlots }

    /// Gives back the memory of the slots below `end` (they read as empty afterwards).
    func release(below end: Int) {
        memory.release(below: end)
    }
}
