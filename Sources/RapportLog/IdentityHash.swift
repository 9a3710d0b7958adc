/// The de-duplication hash of an event's (`source`, `id`): 64-bit FNV-1a over
/// `source`, a zero byte, and `id`. Stable across processes and versions (it is stored in the log).
public enum IdentityHash {
    /// The hash of (`source`, `id`).
    public static func of(source: String, id: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in source.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash = (hash ^ 0) &* 0x0000_0100_0000_01B3
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        // Final avalanche so that nearby ids spread over the table.
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}
