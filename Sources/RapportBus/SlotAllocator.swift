#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where ``SlotMemory`` gets its zeroed arrays: `calloc`, within a byte budget per table.
///
/// The bus uses ``system`` (no budget: only the system can refuse). A smaller budget makes a
/// larger table fail exactly as if `calloc` had returned `NULL`, which is how tests run the
/// out-of-memory paths deterministically. It is a plain value passed down through the
/// initialisers (``Deduplicator``, ``IdentityTable``, ``IdentitySlots``), never a global.
struct SlotAllocator: Sendable {
    /// The most bytes one table's arrays may take together (12 a slot).
    let maxTableBytes: Int

    /// `calloc` with no budget of its own.
    static let system = SlotAllocator(maxTableBytes: .max)

    /// An allocator that refuses any table over `maxTableBytes`.
    init(maxTableBytes: Int) {
        self.maxTableBytes = maxTableBytes
    }

    /// Zeroed arrays of `capacity` keys (8 bytes each) and values (4 bytes each), to be
    /// released with `free`; `nil` when the budget or the system refuses (then nothing is
    /// left allocated).
    func allocate(capacity: Int) -> (keys: UnsafeMutableRawPointer, values: UnsafeMutableRawPointer)? {
        let (bytes, overflow) = capacity.multipliedReportingOverflow(by: SlotMemory.bytesPerSlot)
        guard capacity > 0, !overflow, bytes <= maxTableBytes else { return nil }
        guard let values = calloc(capacity, MemoryLayout<UInt32>.stride) else { return nil }
        guard let keys = calloc(capacity, MemoryLayout<UInt64>.stride) else {
            free(values)
            return nil
        }
        return (keys, values)
    }
}
