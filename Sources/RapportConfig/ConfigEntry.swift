/// One effective setting, for `rapport config check`: its dotted key, its value as the file
/// would write it (durations as `30s`, not milliseconds) and where it came from.
public struct ConfigEntry: Sendable, Equatable {
    /// Dotted key, e.g. `log.retention.max_age` or `locations.store-12.hours.mon`.
    public let key: String
    /// The value in effect.
    public let value: ConfigValue
    /// The file line, the default, or an override.
    public let origin: ConfigOrigin

    /// Makes an entry.
    public init(key: String, value: ConfigValue, origin: ConfigOrigin) {
        self.key = key
        self.value = value
        self.origin = origin
    }
}
