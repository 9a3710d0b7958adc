import RapportLog

/// The contents of a group's `state` file: what its journal is replayed over.
///
/// Layout, little-endian: `u64 generation`, `u64 position`, `u64 has position (0/1)`,
/// `u64 n`, n × `u64 acknowledged offset`, then (since delivery counts were kept)
/// `u64 m`, m × (`u64 offset`, `u64 deliveries`), and a `u32` CRC-32C of everything before it.
/// A file without the delivery counts (written by an older bus) reads with none.
struct GroupSnapshot: Equatable {
    var generation: UInt64
    var position: UInt64
    var hasPosition: Bool
    var acked: Set<UInt64>
    var deliveries: [UInt64: Int]

    init(generation: UInt64, position: UInt64, hasPosition: Bool, acked: Set<UInt64>, deliveries: [UInt64: Int]) {
        self.generation = generation
        self.position = position
        self.hasPosition = hasPosition
        self.acked = acked
        self.deliveries = deliveries
    }

    /// The bytes of the `state` file.
    func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(44 + acked.count * 8 + deliveries.count * 16)
        func put(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        for v in [generation, position, hasPosition ? 1 : 0, UInt64(acked.count)] { put(v) }
        for offset in acked.sorted() { put(offset) }
        put(UInt64(deliveries.count))
        for (offset, count) in deliveries.sorted(by: { $0.key < $1.key }) {
            put(offset)
            put(UInt64(count))
        }
        let crc = CRC32C.checksum(bytes)
        withUnsafeBytes(of: crc.littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Reads a `state` file's bytes.
    ///
    /// - Throws: ``LogError`` (`corrupt`, naming `path`) when the checksum or the layout is wrong.
    init(decoding bytes: [UInt8], path: String) throws(LogError) {
        let decoded: GroupSnapshot? = bytes.withUnsafeBytes { raw in
            guard raw.count >= 36 else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 4)])
            let crc = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: raw.count - 4, as: UInt32.self))
            guard CRC32C.checksum(body) == crc else { return nil }
            func u64(_ i: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
            let count = u64(3)
            guard count <= UInt64(body.count / 8) else { return nil }
            let ackedEnd = 4 + Int(count)
            var deliveries: [UInt64: Int] = [:]
            if body.count != ackedEnd * 8 {
                guard body.count >= (ackedEnd + 1) * 8 else { return nil }
                let pairs = u64(ackedEnd)
                guard pairs <= UInt64(body.count / 16), body.count == (ackedEnd + 1) * 8 + Int(pairs) * 16 else { return nil }
                for p in 0..<Int(pairs) {
                    let at = ackedEnd + 1 + 2 * p
                    deliveries[u64(at)] = Int(clamping: u64(at + 1))
                }
            }
            return GroupSnapshot(generation: u64(0), position: u64(1), hasPosition: u64(2) == 1,
                                 acked: Set((0..<Int(count)).map { u64(4 + $0) }), deliveries: deliveries)
        }
        guard let decoded else {
            throw LogError(.corrupt, path: path, "group state snapshot is damaged; restore it from a backup or delete the group directory to start the group again")
        }
        self = decoded
    }
}
