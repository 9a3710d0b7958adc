/// The plugin-throughput phase: a bus of its own filled with ``BenchConfiguration/pluginEvents``
/// events of one type, read once by a raw consumer group (``BusConsume``) and then by a plugin
/// built on the SDK with durable state (``PluginBench``), back to back over the same events.
extension BenchRunner {
    /// Runs the phase unless `--skip-plugin`; a failure is recorded, never thrown.
    func runPluginBench(scratch: ScratchDirectory) {
        guard !configuration.skipPlugin else { return }
        guard let bus = startBus("plugin-bus", purpose: "the bus for the plugin phase", scratch: scratch) else { return }
        defer {
            bus.shutdown()
            scratch.remove("plugin-bus")
            scratch.remove("plugin")
        }
        var result = PluginBenchResult()
        var events = configuration.pluginEvents
        busPhase("plugin throughput: fill", bus) {
            let producers = configuration.producerCounts.max() ?? 4
            let ingest = BusIngest(address: bus.address, batchSize: configuration.batchSize, window: configuration.window,
                                   eventBytes: configuration.eventBytes, time: eventTime)
            progress.begin("plugin phase: fill to \(Format.count(events)) events (\(producers) producers)")
            defer { progress.end() }
            _ = try ingest.run(producers: producers, stream: "plugin", seconds: nil,
                               eventsPerProducer: (events + producers - 1) / producers, progress: progress)
            events = Int(try bus.info().durable)
        }
        busPhase("plugin throughput: raw consume", bus) {
            progress.begin("plugin phase: raw consume of the same \(Format.count(events)) events")
            defer { progress.end() }
            try metered("plugin phase: raw consume", serverPid: bus.pid) {
                result.rawConsume = try BusConsume(address: bus.address, credit: configuration.credit).run(target: events, progress: progress)
            }
        }
        busPhase("plugin throughput", bus) {
            let bench = PluginBench(address: bus.address, directory: try scratch.subdirectory("plugin"), events: events,
                                    credit: configuration.pluginCredit, batch: configuration.pluginBatch, busPid: bus.pid)
            try metered("plugin throughput (the plugin in the bench process)", serverPid: bus.pid) {
                try bench.run(progress: progress, into: &result)
            }
        }
        report.plugin = result
    }
}
