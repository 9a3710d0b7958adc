import Foundation
import NameMatching
import NameUsage
import RapportCalendar
import RapportConfig
import RapportPlugin

/// The name-usage checker's settings, read and checked in one place: from the environment
/// `rapport up` gives a plugin (`NAME_USAGE_<KEY>`, the manifest's defaults overridden by
/// `plugins.name-usage.settings` in `rapport.yaml`), and the locations' calendars from the
/// site's configuration (`RAPPORT_CONFIG`).
public struct NameUsageSettings: Sendable {
    /// When interactions are decided (grace after the end, idle close).
    public var close: ClosePolicy
    /// The rolling rate's window, minimum sample and target.
    public var target: RateTarget
    /// The locations' calendars by id (for the month in the location's zone); a location not
    /// listed counts its month at the offset its desk wrote the start's time with.
    public var calendars: [String: LocationCalendar]
    /// The matcher, with the shipped nickname table and the site's own lines.
    public var matcher: NameMatcher

    /// Settings from values.
    public init(close: ClosePolicy = ClosePolicy(grace: .seconds(120), idle: .seconds(4 * 3_600)),
                target: RateTarget = RateTarget(window: .seconds(7 * 86_400), minimumSample: 20, target: 0.9),
                calendars: [String: LocationCalendar] = [:], matcher: NameMatcher = NameMatcher()) {
        self.close = close
        self.target = target
        self.calendars = calendars
        self.matcher = matcher
    }

    /// Settings from `environment`; each missing value takes the manifest's default.
    ///
    /// - Throws: ``PluginError`` naming the variable and the value it needs, or the file that
    ///   cannot be read.
    public init(environment: [String: String]) throws(PluginError) {
        let defaults = NameUsageSettings()
        func integer(_ key: String, _ fallback: Int, minimum: Int) throws(PluginError) -> Int {
            guard let text = environment["NAME_USAGE_" + key], !text.isEmpty else { return fallback }
            guard let value = Int(text), value >= minimum else {
                throw PluginError("NAME_USAGE_\(key) must be a whole number of at least \(minimum); got '\(text)' (set plugins.name-usage.settings.\(key.lowercased()) in rapport.yaml)")
            }
            return value
        }
        let grace = try integer("GRACE_SECONDS", Int(defaults.close.grace.components.seconds), minimum: 0)
        let idle = try integer("IDLE_SECONDS", Int(defaults.close.idle.components.seconds), minimum: 1)
        let window = try integer("RATE_WINDOW_SECONDS", Int(defaults.target.window.components.seconds), minimum: 1)
        let sample = try integer("RATE_MIN_SAMPLE", defaults.target.minimumSample, minimum: 1)
        var target = defaults.target.target
        if let text = environment["NAME_USAGE_RATE_TARGET"], !text.isEmpty {
            guard let value = Double(text), (0...1).contains(value) else {
                throw PluginError("NAME_USAGE_RATE_TARGET must be a number from 0 to 1 (0.9 is 90%); got '\(text)'")
            }
            target = value
        }
        var matcher = NameMatcher()
        if let path = environment["NAME_USAGE_NICKNAMES_FILE"], !path.isEmpty {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw PluginError("cannot read the nickname file \(path) (NAME_USAGE_NICKNAMES_FILE); check the path and its permissions")
            }
            let parsed = Result { () throws(NicknameTableError) -> NicknameTable in try NicknameTable(parsing: text) }
            guard case .success(let own) = parsed else {
                if case .failure(let error) = parsed { throw PluginError("\(path): \(error)") }
                throw PluginError("\(path): cannot be read as a nickname table")
            }
            matcher = NameMatcher(nicknames: .default.merging(own))
        }
        self.init(close: ClosePolicy(grace: .seconds(grace), idle: .seconds(idle)),
                  target: RateTarget(window: .seconds(window), minimumSample: sample, target: target),
                  calendars: try Self.calendars(configPath: environment["RAPPORT_CONFIG"]), matcher: matcher)
    }

    /// The calendars of the locations in the site's configuration at `path` (none without one).
    static func calendars(configPath path: String?) throws(PluginError) -> [String: LocationCalendar] {
        guard let path, !path.isEmpty else { return [:] }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw PluginError("cannot read the site's configuration \(path) (RAPPORT_CONFIG) for the locations' time zones")
        }
        let reading = RapportConfigFile.read(text, source: path) { try? String(contentsOfFile: $0, encoding: .utf8) }
        guard let configuration = reading.configuration else {
            throw PluginError("the site's configuration \(path) has errors: "
                              + reading.errors.map(\.description).joined(separator: "; ") + "; run rapport config check")
        }
        return configuration.locations.mapValues(\.calendar)
    }
}
