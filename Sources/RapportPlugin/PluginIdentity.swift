/// Who a plugin is on the bus: its name, its consumer group and the `source` of what it emits.
public struct PluginIdentity: Sendable, Equatable {
    /// The plugin's name (`promise-tracker`), also its default consumer group.
    public let name: String
    /// The consumer group its instances share.
    public let group: String
    /// The event types it may emit (`nil`: not declared, not checked). Emitting another type
    /// is an error, so the manifest's `publishes` (and a key's rights on the bus) can be trusted.
    public let publishes: Set<String>?
    /// The `source` of the events it emits: `/plugins/<name>`.
    public var source: String { "/plugins/\(name)" }

    public init(name: String, group: String? = nil, publishes: [String]? = nil) {
        self.name = name
        self.group = group ?? name
        self.publishes = publishes.map(Set.init)
    }
}
