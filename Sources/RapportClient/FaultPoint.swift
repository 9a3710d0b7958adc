#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Named steps where a test can make the process die as `kill -9` would, to prove that what
/// was written before the step survives and what comes after it is redone.
///
/// Set `RAPPORT_FAULT=<name>` (e.g. `capture.after-spool-write`) in a process's environment and
/// it raises `SIGKILL` on itself when it reaches that step: no `defer`, no flush, no answer.
/// Unset (the normal case), ``reach(_:)`` costs one environment lookup. Capture agents and
/// plugins call it at the steps their crash tests name; each caller documents its names.
public enum FaultPoint {
    /// The environment variable naming the step to die at.
    public static let variable = "RAPPORT_FAULT"

    /// Kills this process with `SIGKILL` when `RAPPORT_FAULT` is `name`; otherwise returns.
    public static func reach(_ name: String) {
        guard let value = getenv(variable), String(cString: value) == name else { return }
        raise(SIGKILL)
    }
}
