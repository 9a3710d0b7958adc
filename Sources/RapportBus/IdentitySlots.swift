/// The open-addressing array behind ``IdentityTable``: 12 bytes a slot (a 64-bit hash and
/// an offset stored as 32 bits above `base`), linear probing, sized to its entries rather
/// than to a power of two. No deletion: an entry is forgotten by marking its offset.
struct IdentitySlots {
    private(set) var keys: [UInt64]
    private(set) var values: [UInt32]
    /// Offsets are stored as `offset - base`.
    let base: UInt64
    /// Slots in use.
    private(set) var used = 0

    static let forgotten = UInt32.max
    static let maxLoad = 0.8

    /// Room for about `expected` entries (at most 70% full), offsets from `base` on.
    init(expected: Int, base: UInt64) {
        let capacity = max(1_024, Int(Double(expected) / 0.7))
        keys = [UInt64](repeating: 0, count: capacity)
        values = [UInt32](repeating: 0, count: capacity)
        self.base = base
    }

    var capacity: Int { keys.count }
    var isFull: Bool { Double(used + 1) > Double(keys.count) * Self.maxLoad }

    /// 0 marks an empty slot, so hash 0 is stored as 1 (matches are only candidates anyway).
    @inline(__always)
    static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(key.multipliedFullWidth(by: UInt64(keys.count)).high)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        var i = home(key)
        while keys[i] != 0 && keys[i] != key {
            i += 1
            if i == keys.count { i = 0 }
        }
        return i
    }

    /// What is stored for `key`: `nil` if absent, `.some(nil)` if forgotten, else the offset.
    func lookup(_ key: UInt64) -> UInt64?? {
        let i = slot(of: key)
        guard keys[i] == key else { return nil }
        return values[i] == Self.forgotten ? .some(nil) : .some(base + UInt64(values[i]))
    }

    /// Stores `offset` (at or above `base`, below `base + 2^32 - 1`) for `key`.
    mutating func store(_ key: UInt64, _ offset: UInt64) {
        let i = slot(of: key)
        if keys[i] == 0 { used += 1 }
        keys[i] = key
        values[i] = UInt32(offset - base)
    }

    /// Stores `offset` for `key` only if the key is not there yet (a newer entry wins).
    mutating func storeIfAbsent(_ key: UInt64, _ offset: UInt64) {
        let i = slot(of: key)
        guard keys[i] == 0 else { return }
        used += 1
        keys[i] = key
        values[i] = UInt32(offset - base)
    }

    /// Marks `key` forgotten if its offset is at or above `from`.
    mutating func forget(_ key: UInt64, from: UInt64) {
        let i = slot(of: key)
        guard keys[i] == key, values[i] != Self.forgotten, base + UInt64(values[i]) >= from else { return }
        values[i] = Self.forgotten
    }

    /// The entry in slot `i`, if it holds a live (not forgotten) one.
    @inline(__always)
    func entry(at i: Int) -> (key: UInt64, offset: UInt64)? {
        guard keys[i] != 0, values[i] != Self.forgotten else { return nil }
        return (keys[i], base + UInt64(values[i]))
    }
}
