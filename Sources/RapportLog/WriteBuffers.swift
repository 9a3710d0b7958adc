/// Byte buffers of commits that have been written, kept for the records and identity hashes
/// appended next.
///
/// A commit hands its buffers to the committer thread; without reuse, every commit would
/// allocate fresh ones and grow them by doubling. The bus has glibc map blocks of 128 KiB and
/// more on their own (`MemoryTuning`), so each such buffer costs page faults when it is
/// filled and a TLB flush on every CPU when it is unmapped. Reused, they cost neither.
struct WriteBuffers {
    /// Buffers kept at most: one for records and one for identity hashes.
    static let capacity = 2
    /// Larger buffers (a commit after a disk stall) are freed, not kept: they would hold that
    /// much memory for as long as the bus runs. A commit at full ingest on a 2-core machine
    /// carries about 0.5–1 MB; keeping buffers of up to 4 MiB measured 6–8 MiB more broker
    /// RSS with 1,000,000 events in the log.
    static let largestKept = 1 << 20

    private var spare: [[UInt8]] = []

    /// Keeps `buffer` if it is among the ``capacity`` largest seen since the last take and
    /// no larger than ``largestKept``.
    mutating func give(_ buffer: [UInt8]) {
        guard buffer.capacity <= Self.largestKept else { return }
        spare.append(buffer)
        guard spare.count > Self.capacity else { return }
        spare.sort { $0.capacity > $1.capacity }
        spare.removeLast(spare.count - Self.capacity)
    }

    /// The largest buffer kept, emptied (its capacity kept), or a new one.
    mutating func take() -> [UInt8] {
        guard let i = spare.indices.max(by: { spare[$0].capacity < spare[$1].capacity }) else { return [] }
        var buffer = spare.remove(at: i)
        // Keeps the storage when nothing else holds it (the commit that wrote it is done).
        buffer.removeAll(keepingCapacity: true)
        return buffer
    }

    /// Bytes of capacity held (for tests and memory accounting).
    var capacityBytes: Int { spare.reduce(0) { $0 + $1.capacity } }
}
