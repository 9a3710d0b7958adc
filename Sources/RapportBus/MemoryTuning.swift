#if canImport(Glibc)
import Glibc
#endif

/// Process-level memory and thread settings for a long-running bus.
///
/// glibc's `mallopt`, `malloc_trim` and `pthread_setname_np` are not in Swift's Glibc module,
/// so they are looked up at run time; where they are missing, these calls do nothing.
public enum MemoryTuning {
    /// Caps glibc's malloc arenas at 2: each thread that allocates (broker, committer,
    /// libzmq's I/O thread) would otherwise get an arena of its own and keep its peak.
    public static func configureAllocator() {
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let mArenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
        if let mallopt: MallOpt = symbol("mallopt") { _ = mallopt(mArenaMax, 2) }
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
