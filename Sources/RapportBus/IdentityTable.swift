/// A compact open-addressing hash table from a 64-bit identity hash to a log offset:
/// 12 bytes a slot (the hash, and the offset as 32 bits above a base), sized to the entries
/// it holds rather than to a power of two. A million identities take about 16 MB, where a
/// `Dictionary<UInt64, UInt64>` takes about 34 MB.
///
/// Linear probing, no deletion: an entry is forgotten by marking its offset, and entries fall
/// out when the table is rebuilt (on growth), keeping only offsets at or above `minimum`.
struct IdentityTable {
    private var keys: [UInt64]
    private var values: [UInt32]
    /// Offsets are stored as `offset - base`.
    private(set) var base: UInt64
    /// Slots in use (live, expired or forgotten).
    private(set) var used = 0
    /// Entries below this offset are ignored and dropped at the next rebuild.
    var minimum: UInt64 = 0

    private static let forgotten = UInt32.max
    private static let maxLoad = 0.8

    /// An empty table for about `expected` entries, storing offsets from `base` on.
    init(expected: Int = 0, base: UInt64 = 0) {
        let capacity = max(1_024, Int(Double(expected) / 0.7))
        keys = [UInt64](repeating: 0, count: capacity)
        values = [UInt32](repeating: 0, count: capacity)
        self.base = base
        minimum = base
    }

    var capacity: Int { keys.count }

    /// Entries at or above `minimum` and not forgotten (a scan: for figures, not hot paths).
    var liveCount: Int {
        var n = 0
        for i in 0..<keys.count where keys[i] != 0 && values[i] != Self.forgotten && base + UInt64(values[i]) >= minimum { n += 1 }
        return n
    }

    /// 0 marks an empty slot, so hash 0 is stored as 1 (matches are only candidates anyway).
    @inline(__always)
    private static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(key.multipliedFullWidth(by: UInt64(keys.count)).high)
    }

    /// The offset stored for `hash`, if it is at or above `minimum`.
    func find(_ hash: UInt64) -> UInt64? {
        let key = Self.key(hash)
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == 0 { return nil }
            if k == key {
                let v = values[i]
                guard v != Self.forgotten else { return nil }
                let offset = base + UInt64(v)
                return offset >= minimum ? offset : nil
            }
            i += 1
            if i == keys.count { i = 0 }
        }
    }

    /// Stores `offset` for `hash` (replacing an older offset for the same hash).
    mutating func insert(_ hash: UInt64, _ offset: UInt64) {
        // Below the window it would never be a candidate; and `base <= minimum` always.
        guard offset >= minimum else { return }
        if offset - base >= UInt64(Self.forgotten) {
            // Rebase on the window's start; only a window wider than 2^32 offsets (about
            // 7,000 events/s for 7 days) must be narrowed to make room.
            let span = UInt64(Self.forgotten)
            rebuild(base: offset - minimum >= span ? offset - span / 2 : minimum)
        }
        if Double(used + 1) > Double(keys.count) * Self.maxLoad { rebuild(base: base) }
        let key = Self.key(hash)
        var i = slot(key)
        while keys[i] != 0 && keys[i] != key {
            i += 1
            if i == keys.count { i = 0 }
        }
        if keys[i] == 0 { used += 1 }
        keys[i] = key
        values[i] = UInt32(offset - base)
    }

    /// Forgets `hash` if its stored offset is at or above `from`.
    mutating func forget(_ hash: UInt64, from: UInt64) {
        let key = Self.key(hash)
        var i = slot(key)
        while keys[i] != 0 {
            if keys[i] == key {
                if values[i] != Self.forgotten && base + UInt64(values[i]) >= from { values[i] = Self.forgotten }
                return
            }
            i += 1
            if i == keys.count { i = 0 }
        }
    }

    /// Re-inserts the live entries into a table sized for them (at most 62.5% full after),
    /// with offsets stored from `base`; entries below `max(minimum, base)` are dropped.
    mutating func rebuild(base newBase: UInt64) {
        minimum = max(minimum, newBase)
        let live = liveCount
        var fresh = IdentityTable(expected: max(live * 8 / 7, 1), base: newBase)
        fresh.minimum = minimum
        for i in 0..<keys.count where keys[i] != 0 && values[i] != Self.forgotten {
            let offset = base + UInt64(values[i])
            if offset >= minimum { fresh.insertFresh(keys[i], offset) }
        }
        self = fresh
    }

    /// Insert into a table known to have room and no entry for `key`.
    private mutating func insertFresh(_ key: UInt64, _ offset: UInt64) {
        var i = slot(key)
        while keys[i] != 0 {
            if keys[i] == key { break }
            i += 1
            if i == keys.count { i = 0 }
        }
        if keys[i] == 0 { used += 1 }
        keys[i] = key
        values[i] = UInt32(offset - base)
    }
}
