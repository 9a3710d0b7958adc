/// Reads `rapport.yaml` (see `config/rapport.yaml`) into a ``BusConfiguration``: the bus's
/// part of ``RapportConfigFile``, with the same strict checks of the whole file.
public enum BusConfigurationFile {
    /// Parses YAML `text` (from `source`, for messages); `dataDirectory` overrides `data_dir`.
    /// `readFile` reads the CURVE key file and the authorized keys file (`nil`: unreadable).
    /// Throws the first error; ``RapportConfigFile/read(_:source:dataDirectory:dataDirectoryOrigin:readFile:)``
    /// lists them all.
    public static func parse(
        _ text: String, source: String, dataDirectory: String? = nil,
        readFile: (String) -> String? = { _ in nil }
    ) throws(ConfigError) -> BusConfiguration {
        try RapportConfigFile.read(text, source: source, dataDirectory: dataDirectory, readFile: readFile).get().bus
    }
}

extension String {
    /// Expands `${data_dir}` in endpoints.
    func replacingDataDir(_ data: String) -> String {
        var out = self
        while let range = out.range(of: "${data_dir}") { out.replaceSubrange(range, with: data) }
        return out
    }
}
