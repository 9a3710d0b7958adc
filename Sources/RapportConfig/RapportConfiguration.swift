/// Everything `rapport.yaml` configures, read and validated in one place: the bus, the
/// locations (time zone and hours), the plugins and the metrics endpoint.
public struct RapportConfiguration: Sendable, Equatable {
    /// What `rapport bus` runs with.
    public var bus: BusConfiguration
    /// The `locations:` section, by location id.
    public var locations: [String: LocationConfiguration]
    /// The `plugins:` section, by plugin name.
    public var plugins: [String: PluginConfiguration]
    /// The `metrics:` section; `nil` (no metrics served) when absent.
    public var metrics: MetricsConfiguration?

    /// Bundles the sections.
    public init(bus: BusConfiguration, locations: [String: LocationConfiguration] = [:], plugins: [String: PluginConfiguration] = [:],
                metrics: MetricsConfiguration? = nil) {
        self.bus = bus
        self.locations = locations
        self.plugins = plugins
        self.metrics = metrics
    }
}
