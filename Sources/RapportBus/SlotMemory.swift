#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The zeroed arrays behind ``IdentitySlots``: 8-byte keys and 4-byte values.
///
/// From `calloc` (through a ``SlotAllocator``), so a large table's pages take no memory until
/// first written (glibc maps large blocks fresh from the kernel, already zero), and with
/// ``release(below:)`` to give pages back once their slots are no longer needed. Together they
/// let a growing ``IdentityTable`` hold little more than one table's worth of memory at a time.
final class SlotMemory {
    let keys: UnsafeMutablePointer<UInt64>
    let values: UnsafeMutablePointer<UInt32>
    /// Usable slots; 0 for the empty memory of ``init()``.
    let capacity: Int
    /// The highest `end` ``release(below:)`` was called with.
    private var releasedBelow = 0
    /// Slots whose keys' pages were handed back.
    var releasedSlots: Int { releasedKeyBytes / 8 }
    /// Bytes from the start of each array whose pages were handed back (page multiples).
    private var releasedKeyBytes = 0, releasedValueBytes = 0
    private static let pageBytes = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Bytes a slot takes: an 8-byte key and a 4-byte value.
    static let bytesPerSlot = MemoryLayout<UInt64>.stride + MemoryLayout<UInt32>.stride

    /// Zeroed room for `capacity` slots (at least 1).
    ///
    /// - Throws: ``SlotAllocationError`` (naming the slots and MiB, and what to change) when
    ///   `allocator` or the system cannot provide them; nothing stays allocated then.
    init(capacity: Int, allocator: SlotAllocator = .system) throws(SlotAllocationError) {
        guard let arrays = allocator.allocate(capacity: capacity) else { throw SlotAllocationError(slots: capacity) }
        keys = arrays.keys.bindMemory(to: UInt64.self, capacity: capacity)
        values = arrays.values.bindMemory(to: UInt32.self, capacity: capacity)
        self.capacity = capacity
    }

    /// No slots: a table that holds nothing until it grows. One sentinel slot reads as empty,
    /// so a lookup (whose home slot is always 0 here) ends at once; nothing may store into it.
    /// The sentinel comes from Swift's allocator, like this object itself, so this cannot fail
    /// in any way an allocation of the object could not.
    init() {
        keys = .allocate(capacity: 1)
        keys.initialize(to: 0)
        values = .allocate(capacity: 1)
        values.initialize(to: 0)
        capacity = 0
    }

    deinit {
        if capacity == 0 {
            keys.deallocate()
            values.deallocate()
        } else {
            free(keys)
            free(values)
        }
    }

    /// Hands the whole pages of slots below `end` back to the system. They read as zeros
    /// (empty slots) afterwards: the caller must need nothing there any more. Called with
    /// a growing `end`, a few slots at a time; a page goes once all of it is below `end`.
    func release(below end: Int) {
        guard end > releasedBelow, capacity > 0 else { return }
        releasedBelow = end
        releasedKeyBytes = Self.discard(UnsafeMutableRawPointer(keys), from: releasedKeyBytes, to: end * 8)
        releasedValueBytes = Self.discard(UnsafeMutableRawPointer(values), from: releasedValueBytes, to: end * 4)
    }

    /// `madvise(MADV_DONTNEED)` on the whole pages of `[base + from, base + to)`; returns the
    /// byte offset (from `base`) up to which pages are now handed back.
    private static func discard(_ base: UnsafeMutableRawPointer, from: Int, to: Int) -> Int {
        let address = Int(bitPattern: base)
        let start = (address + from + pageBytes - 1) / pageBytes * pageBytes
        let end = (address + to) / pageBytes * pageBytes
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return from }
        _ = madvise(pointer, end - start, MADV_DONTNEED)
        return end - address
    }
}
