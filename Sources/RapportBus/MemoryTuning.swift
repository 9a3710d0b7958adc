#if canImport(Glibc)
import Glibc
#endif

/// Process-level memory and thread settings for a long-running bus.
///
/// glibc's `mallopt`, `malloc_trim` and `pthread_setname_np` are not in Swift's Glibc module,
/// so they are looked up at run time; where they are missing, these calls do nothing.
public enum MemoryTuning {
    /// Keeps glibc's heap close to what is in use: blocks of 128 KiB and more (log read
    /// chunks, write buffers) mapped and unmapped on their own, and the heap top returned once
    /// 1 MiB is free. (glibc raises the mmap threshold after large frees unless it is set,
    /// which keeps bursts' memory.) Up to 8 arenas: the broker frees what the validation
    /// thread allocates (every parsed event), and with the two threads sharing an arena its
    /// lock is contended on every event (measured: 40,000–50,000 futex calls a second at
    /// 180,000 events/s, and 12–25 % less ingest in quick runs than with an arena each).
    public static func configureAllocator() {
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let mallopt: MallOpt = symbol("mallopt") else { return }
        let mArenaMax: Int32 = -8, mMmapThreshold: Int32 = -3, mTrimThreshold: Int32 = -1  // <malloc.h>
        _ = mallopt(mArenaMax, 8)
        _ = mallopt(mMmapThreshold, 128 << 10)
        _ = mallopt(mTrimThreshold, 1 << 20)
    }

    /// Returns freed heap pages to the system (after a burst of traffic).
    static func releaseFreeMemory() {
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let trim: MallocTrim = symbol("malloc_trim") { _ = trim(0) }
    }

    /// Names the calling thread (visible in `top -H`, `perf`, `/proc`); at most 15 bytes.
    static func nameThread(_ name: String) {
        #if canImport(Glibc)
        typealias SetName = @convention(c) (pthread_t, UnsafePointer<CChar>) -> Int32
        if let setName: SetName = symbol("pthread_setname_np") { _ = setName(pthread_self(), String(name.prefix(15))) }
        #endif
    }

    private static func symbol<F>(_ name: String) -> F? {
        #if canImport(Glibc)
        guard let handle = dlopen(nil, RTLD_NOW), let pointer = dlsym(handle, name) else { return nil }
        return unsafeBitCast(pointer, to: F.self)
        #else
        return nil
        #endif
    }
}
