/// The outcome of reading `rapport.yaml`: the configuration when it is valid, every error
/// found otherwise, and the effective settings with where each came from.
public struct ConfigReading: Sendable {
    /// The file read (as given), for messages.
    public let source: String
    /// The configuration; `nil` when ``errors`` is not empty.
    public let configuration: RapportConfiguration?
    /// Every setting in effect (defaults included), in the order of the file's sections.
    public let entries: [ConfigEntry]
    /// Every problem found, each with the file, key and, where it has one place, line and column.
    public let errors: [ConfigError]

    /// Bundles a result.
    public init(source: String, configuration: RapportConfiguration?, entries: [ConfigEntry], errors: [ConfigError]) {
        self.source = source
        self.configuration = errors.isEmpty ? configuration : nil
        self.entries = entries
        self.errors = errors
    }

    /// The configuration, or the first error.
    public func get() throws(ConfigError) -> RapportConfiguration {
        if let error = errors.first { throw error }
        guard let configuration else { throw ConfigError(source: source, key: "", "no configuration was read") }
        return configuration
    }
}
