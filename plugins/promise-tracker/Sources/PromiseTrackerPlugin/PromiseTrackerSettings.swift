import Foundation
import RapportConfig
import RapportPlugin

/// The promise tracker's settings (plugin.yaml lists them with their defaults).
public struct PromiseTrackerSettings: Sendable, Equatable {
    /// How long before its due a promise is "due soon", counted in the location's opening hours.
    public var dueSoonLead: Duration = .seconds(120 * 60)
    /// How long after an interaction ends its commitments are decided (late capture).
    public var unloggedGrace: Duration = .seconds(300)

    public init(dueSoonLead: Duration = .seconds(120 * 60), unloggedGrace: Duration = .seconds(300)) {
        self.dueSoonLead = dueSoonLead
        self.unloggedGrace = unloggedGrace
    }

    /// The settings from the environment `rapport up` gives a plugin: `RAPPORT_SETTINGS` (one
    /// JSON object), else `PROMISE_TRACKER_DUE_SOON_LEAD_MINUTES` and
    /// `PROMISE_TRACKER_UNLOGGED_GRACE_SECONDS`; the defaults for what is not set.
    ///
    /// - Throws: ``PluginError`` naming the setting when a value is not a whole number of 0 or more.
    public static func from(environment: [String: String]) throws(PluginError) -> PromiseTrackerSettings {
        var values: [String: String] = [:]
        if let json = environment["RAPPORT_SETTINGS"], let data = json.data(using: .utf8),
           let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            for (key, value) in object { values[key] = "\(value)" }
        }
        for key in ["due_soon_lead_minutes", "unlogged_grace_seconds"] {
            if let value = environment["PROMISE_TRACKER_" + key.uppercased()] { values[key] = value }
        }
        var settings = PromiseTrackerSettings()
        if let text = values["due_soon_lead_minutes"] { settings.dueSoonLead = .seconds(try number(text, "due_soon_lead_minutes") * 60) }
        if let text = values["unlogged_grace_seconds"] { settings.unloggedGrace = .seconds(try number(text, "unlogged_grace_seconds")) }
        return settings
    }

    private static func number(_ text: String, _ key: String) throws(PluginError) -> Int {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 0 else {
            throw PluginError("setting \(key) must be a whole number of 0 or more, got '\(text)'; fix plugins.promise-tracker.settings in rapport.yaml")
        }
        return value
    }

    /// The locations of the site's `rapport.yaml` at `path` (their calendars and date orders);
    /// `nil` path: none (due words are then unreadable, and lead times count wall-clock time).
    ///
    /// - Throws: ``PluginError`` when the file cannot be read or is not valid.
    public static func locations(configurationPath path: String?, dataDirectory: String?) throws(PluginError) -> [String: LocationConfiguration] {
        guard let path else { return [:] }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw PluginError("cannot read the site configuration \(path) (RAPPORT_CONFIG) for the locations' calendars")
        }
        let reading = RapportConfigFile.read(text, source: path, dataDirectory: dataDirectory)
        guard let configuration = reading.configuration, reading.errors.isEmpty else {
            throw PluginError("the site configuration \(path) is not valid:\n" + reading.errors.map(\.description).joined(separator: "\n"))
        }
        return configuration.locations
    }
}
