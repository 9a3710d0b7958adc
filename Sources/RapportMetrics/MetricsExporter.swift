import Dispatch
import RapportWire

/// Answers a scrape: reads the sources (``MetricsSources``) and renders the Prometheus text.
///
/// One scrape at a time (an actor): each sets the registry's series to what it read.
public actor MetricsExporter {
    private let sources: MetricsSources
    private let series = ScrapeRegistry()
    private let fsync: BusHistogram
    private let queue = DispatchQueue(label: "rapport.metrics.read")

    public init(sources: MetricsSources) {
        self.sources = sources
        fsync = BusHistogram(registry: series.registry, family: BusFamilies.fsync)
    }

    /// The exposition text (Prometheus text format 0.0.4) of one scrape.
    public func scrape() async -> [UInt8] {
        let sources = sources
        let snapshot = await withCheckedContinuation { continuation in
            // INFO and the spools are read with blocking calls: not on the concurrency pool.
            queue.async { continuation.resume(returning: sources.read()) }
        }
        return render(snapshot)
    }

    /// Sets every series from `snapshot` and renders them.
    func render(_ snapshot: MetricsSnapshot) -> [UInt8] {
        series.begin()
        if sources.bus != nil { report(bus: snapshot.info) }
        if let processes = snapshot.processes { ProcessFamilies.report(processes, into: series) }
        SpoolFamilies.report(snapshot.spools, nowMillis: snapshot.nowMillis, into: series)
        series.finish()
        return series.emit()
    }

    private func report(bus info: BusInfo?) {
        series.gauge(BusFamilies.up, info == nil ? 0 : 1)
        guard let info else {
            fsync.drop()
            return
        }
        BusFamilies.report(info, into: series)
        if let counters = info.counters { fsync.update(to: counters.commitSync) } else { fsync.drop() }
    }
}
