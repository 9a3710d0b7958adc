/// The memory for a de-duplication table could not be allocated.
///
/// Nothing is lost when this is thrown: the table that was to grow (or be replaced) is kept
/// as it was, with every entry, and keeps serving lookups.
struct SlotAllocationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Slots the new table was to have.
    let slots: Int

    /// Bytes those slots take (12 a slot; `Int.max` if that overflows).
    var bytes: Int {
        let (bytes, overflow) = slots.multipliedReportingOverflow(by: SlotMemory.bytesPerSlot)
        return overflow ? .max : bytes
    }

    /// ``bytes`` in MiB, rounded up (so a small table reads as 1, not 0).
    var mebibytes: Int { bytes / (1 << 20) + (bytes % (1 << 20) == 0 ? 0 : 1) }

    var description: String {
        "out of memory: cannot allocate \(mebibytes) MiB for \(slots) de-duplication slots; "
            + "give the bus more memory or shorten dedup.window"
    }
}
