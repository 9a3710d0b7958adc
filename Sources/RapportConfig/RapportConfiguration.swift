/// Everything `rapport.yaml` configures, read and validated in one place: the bus, the
/// locations (time zone and hours) and the plugins.
public struct RapportConfiguration: Sendable, Equatable {
    /// What `rapport bus` runs with.
    public var bus: BusConfiguration
    /// The `locations:` section, by location id.
    public var locations: [String: LocationConfiguration]
    /// The `plugins:` section, by plugin name.
    public var plugins: [String: PluginConfiguration]

    /// Bundles the sections.
    public init(bus: BusConfiguration, locations: [String: LocationConfiguration] = [:], plugins: [String: PluginConfiguration] = [:]) {
        self.bus = bus
        self.locations = locations
        self.plugins = plugins
    }
}
