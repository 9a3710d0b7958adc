import Foundation
import RapportConfig
import RapportPlugin

/// The promise tracker's settings (plugin.yaml lists them with their defaults).
public struct PromiseTrackerSettings: Sendable, Equatable {
    /// How long before its due a promise is "due soon", counted in the location's opening hours.
    public var dueSoonLead: Duration = .seconds(120 * 60)
    /// How long after an interaction ends its commitments are decided (late capture).
    public var unloggedGrace: Duration = .seconds(300)
    /// How long after its last commitment an interaction whose end never arrives (a capture tool
    /// that crashed, a desk closed mid-conversation) is decided as if it had ended then.
    public var idleClose: Duration = .seconds(4 * 3_600)

    public init(dueSoonLead: Duration = .seconds(120 * 60), unloggedGrace: Duration = .seconds(300),
                idleClose: Duration = .seconds(4 * 3_600)) {
        self.dueSoonLead = dueSoonLead
        self.unloggedGrace = unloggedGrace
        self.idleClose = idleClose
    }

    /// The settings from the environment `rapport up` gives a plugin: `RAPPORT_SETTINGS` (one
    /// JSON object), overridden by `PROMISE_TRACKER_DUE_SOON_LEAD`, `PROMISE_TRACKER_UNLOGGED_GRACE`
    /// and `PROMISE_TRACKER_IDLE_CLOSE`; the defaults for what is not set. A value is a duration
    /// as rapport.yaml writes one (`90s`, `15m`, `2h`, `1d`, `500ms`) or a number of seconds.
    ///
    /// - Throws: ``PluginError`` naming the setting when a value is not a duration.
    public static func from(environment: [String: String]) throws(PluginError) -> PromiseTrackerSettings {
        var values: [String: String] = [:]
        if let json = environment["RAPPORT_SETTINGS"], let data = json.data(using: .utf8),
           let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            for (key, value) in object { values[key] = "\(value)" }
        }
        for key in ["due_soon_lead", "unlogged_grace", "idle_close"] {
            if let value = environment["PROMISE_TRACKER_" + key.uppercased()] { values[key] = value }
        }
        var settings = PromiseTrackerSettings()
        if let text = values["due_soon_lead"] { settings.dueSoonLead = try duration(text, "due_soon_lead") }
        if let text = values["unlogged_grace"] { settings.unloggedGrace = try duration(text, "unlogged_grace") }
        if let text = values["idle_close"] { settings.idleClose = try duration(text, "idle_close") }
        return settings
    }

    private static func duration(_ text: String, _ key: String) throws(PluginError) -> Duration {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Int64(trimmed), seconds >= 0 { return .seconds(seconds) }
        if let millis = DurationText.milliseconds(trimmed) { return .milliseconds(millis) }
        throw PluginError("setting \(key) must be a duration such as 90s, 15m or 2h (or a number of seconds), got '\(text)'; fix plugins.promise-tracker.settings in rapport.yaml")
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
        let reading = RapportConfigFile.read(text, source: path, dataDirectory: dataDirectory,
                                             readFile: { try? String(contentsOfFile: $0, encoding: .utf8) })
        guard let configuration = reading.configuration, reading.errors.isEmpty else {
            throw PluginError("the site configuration \(path) is not valid:\n" + reading.errors.map(\.description).joined(separator: "\n"))
        }
        return configuration.locations
    }
}
