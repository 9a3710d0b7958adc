#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The zeroed arrays behind ``IdentitySlots``: 8-byte keys and 4-byte values.
///
/// From `calloc`, so a large table's pages take no memory until first written (glibc maps
/// large blocks fresh from the kernel, already zero), and with ``release(below:)`` to give
/// pages back once their slots are no longer needed. Together they let a growing
/// ``IdentityTable`` hold little more than one table's worth of memory at a time.
final class SlotMemory {
    let keys: UnsafeMutablePointer<UInt64>
    let values: UnsafeMutablePointer<UInt32>
    let capacity: Int
    /// The highest `end` ``release(below:)`` was called with.
    private var releasedBelow = 0
    /// Slots whose keys' pages were handed back.
    var releasedSlots: Int { releasedKeyBytes / 8 }
    /// Bytes from the start of each array whose pages were handed back (page multiples).
    private var releasedKeyBytes = 0, releasedValueBytes = 0
    private static let pageBytes = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Zeroed room for `capacity` slots. Running out of memory here stops the bus, as any
    /// Swift allocation would (the table cannot work without its slots); the message says what
    /// to change.
    init(capacity: Int) {
        guard let k = calloc(capacity, MemoryLayout<UInt64>.stride), let v = calloc(capacity, MemoryLayout<UInt32>.stride) else {
            fatalError("out of memory: cannot allocate \(capacity * 12 >> 20) MiB for \(capacity) de-duplication slots; give the bus more memory or shorten dedup.window")
        }
        keys = k.bindMemory(to: UInt64.self, capacity: capacity)
        values = v.bindMemory(to: UInt32.self, capacity: capacity)
        self.capacity = capacity
    }

    deinit {
        free(keys)
        free(values)
    }

    /// Hands the whole pages of slots below `end` back to the system. They read as zeros
    /// (empty slots) afterwards: the caller must need nothing there any more. Called with
    /// a growing `end`, a few slots at a time; a page goes once all of it is below `end`.
    func release(below end: Int) {
        guard end > releasedBelow else { return }
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
