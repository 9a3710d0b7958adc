/// A plugin's manifest, `plugins/<name>/plugin.yaml`: what an operator deploys and what the
/// supervisor runs, checked against the plugin's code when it starts and by
/// `rapport config check`.
///
/// ```yaml
/// name: complaint-alerts
/// description: An alert for every high-severity complaint.
/// command: [complaint-alerts]          # run from the plugin's folder
/// group: complaint-alerts              # default: name
/// instances: 1
/// subscriptions: [rapport.complaint.received, rapport.complaint.resolved]
/// publishes: [rapport.alert.raised, rapport.alert.resolved]
/// settings:
///   escalate_after_seconds: {type: integer, default: 14400, description: …}
/// ```
public struct PluginManifest: Sendable, Equatable {
    /// A setting the plugin takes, with its type and default.
    public struct Setting: Sendable, Equatable {
        /// What a setting's value must be.
        public enum Kind: String, Sendable, CaseIterable {
            case string, integer, number, boolean, duration
        }
        public var kind: Kind
        public var defaultValue: ConfigValue?
        public var description: String
        /// Whether an empty value (`""` or null) is allowed and means "none" (`optional: true`): a
        /// target that can be removed, say. The plugin then gets the setting empty.
        public var optional = false

        public init(kind: Kind, defaultValue: ConfigValue?, description: String, optional: Bool = false) {
            self.kind = kind
            self.defaultValue = defaultValue
            self.description = description
            self.optional = optional
        }
    }

    public var name: String
    public var description: String
    /// The program and its arguments, run from the plugin's folder.
    public var command: [String]
    /// The consumer group its instances share.
    public var group: String
    public var instances: Int
    /// The type patterns it consumes.
    public var subscriptions: [String]
    /// The event types it publishes.
    public var publishes: [String]
    public var settings: [String: Setting]

    /// Problems with `values` given for this plugin in `rapport.yaml`'s `plugins.<name>.settings`:
    /// unknown names (with the known ones) and values of the wrong type.
    public func problems(with values: [String: ConfigValue]) -> [(key: String, message: String)] {
        values.keys.sorted().compactMap { key in
            guard let setting = settings[key] else {
                let known = settings.keys.sorted().joined(separator: ", ")
                return (key, "\(name) has no setting '\(key)' (its settings: \(known.isEmpty ? "none" : known))")
            }
            guard let value = values[key], !Self.fits(value, setting.kind), !(setting.optional && Self.isEmpty(value)) else { return nil }
            let empty = Self.isEmpty(value) ? " (this setting cannot be left empty)" : ""
            return (key, "must be \(setting.kind.rawValue == "integer" ? "an" : "a") \(setting.kind.rawValue), got \(Self.describe(value))\(empty)")
        }
    }

    /// Whether `value` is empty: `""`, or null (`~`, `null`, or nothing after the colon).
    static func isEmpty(_ value: ConfigValue) -> Bool {
        switch value {
        case .null: true
        case .string(let text): text.isEmpty
        default: false
        }
    }

    /// A value as it would be written, so that an empty or odd one is visible in an error.
    static func describe(_ value: ConfigValue) -> String {
        switch value {
        case .null: "nothing (null)"
        case .string(let text): "\"\(text)\""
        default: "\(value)"
        }
    }

    static func fits(_ value: ConfigValue, _ kind: Setting.Kind) -> Bool {
        switch (kind, value) {
        case (.string, .string), (.integer, .int), (.number, .int), (.number, .double), (.boolean, .bool): true
        case (.duration, .string(let text)): DurationText.milliseconds(text) != nil
        case (.duration, .int): true
        default: false
        }
    }
}
