import Dispatch

/// Keeps the interrupt handlers' dispatch sources alive for the life of the process.
enum SignalSources {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Keeps `source` (called once per signal, from the main thread, before any phase runs).
    static func keep(_ source: any DispatchSourceSignal) {
        sources.append(source)
    }
}
