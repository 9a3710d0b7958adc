/// The capture spool phase: synced writes, the spool's size with 100,000 pending, and the
/// drain of those to a bus of its own.
extension BenchRunner {
    /// Runs the phase unless `--skip-capture`; a failure is recorded, never thrown.
    func runCaptureBench(scratch: ScratchDirectory) {
        guard !configuration.skipCapture else { return }
        attempt("capture spool") {
            let executable = try configuration.executable ?? ExecutableSearch.current()
            let bench = CaptureBench(executable: executable, directory: try scratch.subdirectory("capture"),
                                     pendingTarget: 100_000, syncedSeconds: 5)
            var result = CaptureBenchResult()
            guard let bus = startBus("capture-bus", purpose: "the bus for the capture drain", scratch: scratch) else { return }
            defer { bus.shutdown() }
            let busDirectory = bus.dataDirectory
            progress.say("capture spool: synced writes for 5 s, then filling to 100,000 pending…")
            try metered("capture spool writes", serverPid: nil) {
                try bench.fill(busDataDirectory: busDirectory, into: &result)
            }
            progress.say("capture spool: draining \(Format.count(result.pendingEvents)) events to the bus…")
            try metered("capture spool drain", serverPid: bus.pid) {
                try bench.drain(busDataDirectory: busDirectory, into: &result)
            }
            report.capture = result
            scratch.remove("capture")
        }
    }
}
