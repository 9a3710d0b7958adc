/// One plugin of `plugins:` in `rapport.yaml`: whether it runs, how many instances, and its
/// own settings, kept as written for the plugin to validate.
public struct PluginConfiguration: Sendable, Equatable {
    /// The plugin's name, the key under `plugins:`.
    public let name: String
    /// Whether the plugin runs (`enabled`, default true).
    public var enabled = true
    /// How many instances run (`instances`, at least 1); `nil` when not given: the manifest's
    /// `instances` then.
    public var instances: Int?
    /// The plugin's `settings` mapping (empty when not given).
    public var settings: [String: ConfigValue] = [:]

    /// A plugin with the defaults.
    public init(name: String) {
        self.name = name
    }
}
