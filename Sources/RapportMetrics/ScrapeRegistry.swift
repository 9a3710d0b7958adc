import Prometheus

/// A swift-prometheus registry set from readings: each scrape sets every series it reports to
/// the value read, and series not reported by a scrape (a group deleted, a plugin removed) are
/// unregistered, so that they stop being exported.
///
/// Counters hold totals another process counts (the bus, the supervisor): each is reset and
/// incremented to the total read. Used by one scrape at a time (``MetricsExporter`` is an actor).
final class ScrapeRegistry {
    /// A metric's name and its help line.
    struct Family {
        let name: String
        let help: String
    }

    private struct SeriesKey: Hashable {
        let name: String
        let labels: [String]
    }

    let registry = PrometheusCollectorRegistry()
    private var counters: [SeriesKey: Counter] = [:]
    private var gauges: [SeriesKey: Gauge] = [:]
    private var seen: Set<SeriesKey> = []

    /// Starts a scrape: series not set again before ``finish()`` are dropped.
    func begin() {
        seen.removeAll(keepingCapacity: true)
    }

    /// Sets the counter `family{labels}` to `total`.
    func counter(_ family: Family, _ labels: [(String, String)] = [], total: UInt64) {
        let key = Self.key(family, labels)
        seen.insert(key)
        let counter = counters[key] ?? registry.makeCounter(descriptor: Self.descriptor(family), labels: labels)
        counters[key] = counter
        counter.reset()
        counter.increment(by: Int64(clamping: total))
    }

    /// Sets the gauge `family` (no labels) to `value`.
    func gauge(_ family: Family, _ value: Double) {
        gauge(family, [], value)
    }

    /// Sets the gauge `family{labels}` to `value`.
    func gauge(_ family: Family, _ labels: [(String, String)], _ value: Double) {
        let key = Self.key(family, labels)
        seen.insert(key)
        let gauge = gauges[key] ?? registry.makeGauge(descriptor: Self.descriptor(family), labels: labels)
        gauges[key] = gauge
        gauge.set(to: value)
    }

    /// Ends a scrape: unregisters the series it did not set.
    func finish() {
        for (key, counter) in counters where !seen.contains(key) {
            registry.unregisterCounter(counter)
            counters[key] = nil
        }
        for (key, gauge) in gauges where !seen.contains(key) {
            registry.unregisterGauge(gauge)
            gauges[key] = nil
        }
    }

    /// The exposition text of every series set.
    func emit() -> [UInt8] {
        registry.emitToBuffer()
    }

    static func descriptor(_ family: Family) -> MetricNameDescriptor {
        // The names are written whole (unit suffix included): the unit part is left empty.
        MetricNameDescriptor(metricName: family.name, unitName: "", helpText: family.help)
    }

    private static func key(_ family: Family, _ labels: [(String, String)]) -> SeriesKey {
        SeriesKey(name: family.name, labels: labels.flatMap { [$0.0, $0.1] })
    }
}
