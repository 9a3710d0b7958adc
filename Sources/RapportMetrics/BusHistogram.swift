import Prometheus
import RapportWire

/// The bus's commit sync times as a swift-prometheus histogram (`rapport_fsync_seconds`): each
/// scrape records what the bus counted since the last one (``HistogramReplay``). When the
/// counts go down, the bus restarted: the histogram starts again from zero, which Prometheus
/// reads as a counter reset.
final class BusHistogram {
    private let registry: PrometheusCollectorRegistry
    private let family: ScrapeRegistry.Family
    private var histogram: DurationHistogram?
    private var last: BusInfo.Histogram?

    init(registry: PrometheusCollectorRegistry, family: ScrapeRegistry.Family) {
        self.registry = registry
        self.family = family
    }

    /// Brings the histogram to `reading`.
    func update(to reading: BusInfo.Histogram) {
        var previous = last
        if let earlier = previous, earlier.boundsMicros != reading.boundsMicros
            || zip(earlier.counts, reading.counts).contains(where: { $0 > $1 }) || earlier.sumMicros > reading.sumMicros {
            drop()
            previous = nil
        }
        let histogram = histogram ?? registry.makeDurationHistogram(
            descriptor: ScrapeRegistry.descriptor(family), buckets: reading.boundsMicros.map { .microseconds(Int64(clamping: $0)) })
        self.histogram = histogram
        let counts = reading.counts.indices.map { reading.counts[$0] - (previous?.counts[$0] ?? 0) }
        let sum = reading.sumMicros - (previous?.sumMicros ?? 0)
        for observation in HistogramReplay.observations(boundsMicros: reading.boundsMicros, counts: counts, sumMicros: sum) {
            let value = Duration.microseconds(Int64(clamping: observation.micros))
            for _ in 0..<observation.times { histogram.record(value) }
        }
        last = reading
    }

    /// Stops exporting it (the bus did not answer, or restarted).
    func drop() {
        if let histogram { registry.unregisterDurationHistogram(histogram) }
        histogram = nil
        last = nil
    }
}
