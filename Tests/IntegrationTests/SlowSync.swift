import Foundation
import Synchronization

/// A slow disk without root: `Tests/faults/slow-sync.c`, built once per test run and
/// preloaded into the real bus, adds a delay to every `fdatasync`/`fsync` of matching files.
enum SlowSync {
    /// Whether a C compiler is on this machine (Debian's gcc, or the Swift toolchain's clang).
    static var compiler: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["cc", "gcc", "clang"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }

    private static let built = Mutex<Result<String, TestFailure>?>(nil)

    /// The path of the built shared library.
    static func library() throws -> String {
        try built.withLock { cached in
            if let cached { return try cached.get() }
            let result = Result { () throws(TestFailure) -> String in try build() }
            cached = result
            return try result.get()
        }
    }

    /// Environment for a bus whose syncs of files with `matching` in their path take `millis` longer.
    static func environment(millis: Int, matching: String) throws -> [String: String] {
        ["LD_PRELOAD": try library(), "SLOW_SYNC_MS": "\(millis)", "SLOW_SYNC_MATCH": matching]
    }

    private static func build() throws(TestFailure) -> String {
        guard let compiler else { throw TestFailure("no C compiler (cc, gcc or clang) to build the slow-disk shim") }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let source = packageRoot.appendingPathComponent("Tests/faults/slow-sync.c").path
        let output = NSTemporaryDirectory() + "rapport-slow-sync-\(getpid()).so"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: compiler)
        process.arguments = ["-shared", "-fPIC", "-O2", "-o", output, source, "-ldl"]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        do { try process.run() } catch { throw TestFailure("cannot run \(compiler): \(error)") }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("building the slow-disk shim failed: \(text)") }
        // Every test of the run uses the one library, so it goes when the test process ends.
        atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "rapport-slow-sync-\(getpid()).so") }
        return output
    }
}
