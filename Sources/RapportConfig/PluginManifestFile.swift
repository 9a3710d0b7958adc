import RapportEvents
import RapportWire
import Yams

/// Reads a plugin's manifest strictly, as `rapport.yaml` is read: every unknown, misplaced or
/// duplicated key and bad value is an error with file, line and column.
public enum PluginManifestFile {
    /// Reads manifest YAML `text` from `source` (its path, for messages).
    public static func read(_ text: String, source: String) -> (manifest: PluginManifest?, errors: [ConfigError]) {
        var walk = ConfigWalk(source: source)
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { return (nil, [YAMLProblem.error(error, source: source)]) }
        guard let node, let root = walk.mapping(node, at: "", pattern: "manifest",
                                                expected: "name:, command:, subscriptions:, publishes:, settings:") else {
            return (nil, walk.errors.isEmpty ? [ConfigError(source: source, key: "", "a manifest needs name:, command: and subscriptions:")] : walk.errors)
        }
        let manifest = walk.readManifest(root, source: source)
        return (walk.errors.isEmpty ? manifest : nil, walk.errors)
    }
}

extension ConfigWalk {
    mutating func readManifest(_ root: ConfigMapping, source: String) -> PluginManifest? {
        func required(_ key: String) -> ConfigField? {
            if let field = root[key] { return field }
            fail(key, at: ConfigPosition(line: 1, column: 1), "missing: a manifest needs \(key):")
            return nil
        }
        let name = required("name").flatMap { text($0, expected: "the plugin's name") }
        if let name, let problem = GroupName.problem(name), let field = root["name"] { fail(field.path, at: field.position, problem) }
        let description = root["description"].flatMap { text($0, expected: "one sentence") } ?? ""
        let command = required("command").flatMap { strings($0, expected: "\"program\", \"argument\"") } ?? []
        if let field = root["command"], command.isEmpty { fail(field.path, at: field.position, "must name the program to run") }
        let group = root["group"].flatMap { text($0, expected: "a consumer group name") } ?? name ?? ""
        if let field = root["group"], let problem = GroupName.problem(group) { fail(field.path, at: field.position, problem) }
        let instances = root["instances"].flatMap { integer($0, in: 1...64) } ?? 1
        let subscriptions = required("subscriptions").flatMap { strings($0, expected: "\"rapport.promise.*\"") } ?? []
        if let field = root["subscriptions"], subscriptions.isEmpty { fail(field.path, at: field.position, "must list at least one type pattern") }
        let publishes = root["publishes"].flatMap { strings($0, expected: "\"rapport.alert.raised\"") } ?? []
        if let field = root["publishes"] {
            for type in publishes where !EventCatalogue.isKnown(type) && !type.hasPrefix("x-") {
                fail(field.path, at: field.position, "'\(type)' is neither a catalogue type nor a site type (x-…); `rapport events` lists them")
            }
        }
        var settings: [String: PluginManifest.Setting] = [:]
        if let field = root["settings"], let names = mapping(field.value, at: field.path, pattern: nil, expected: "setting: {type:, default:, description:}") {
            for setting in names.fields {
                guard let keys = mapping(setting.value, at: setting.path, pattern: "manifest.settings.*", expected: "type:, default:, description:"),
                      let typeField = keys["type"] else {
                    fail(setting.path, at: setting.keyPosition, "needs type: (\(PluginManifest.Setting.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    continue
                }
                guard let word = text(typeField, expected: "a type"), let kind = PluginManifest.Setting.Kind(rawValue: word) else {
                    fail(typeField.path, at: typeField.position, "must be one of \(PluginManifest.Setting.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                let defaultValue = keys["default"].map { value(of: $0.value, at: $0.path) }
                if let defaultValue, let field = keys["default"], !PluginManifest.fits(defaultValue, kind) {
                    fail(field.path, at: field.position, "must be \(kind.rawValue == "integer" ? "an" : "a") \(kind.rawValue), got \(defaultValue)")
                }
                let about = keys["description"].flatMap { text($0, expected: "one sentence") } ?? ""
                var optional = false
                if let field = keys["optional"] {
                    switch value(of: field.value, at: field.path) {
                    case .bool(let flag): optional = flag
                    default: fail(field.path, at: field.position, "must be true or false (true: an empty value means none)")
                    }
                }
                settings[setting.name] = PluginManifest.Setting(kind: kind, defaultValue: defaultValue, description: about, optional: optional)
            }
        }
        guard let name else { return nil }
        return PluginManifest(name: name, description: description, command: command, group: group, instances: instances,
                              subscriptions: subscriptions, publishes: publishes, settings: settings)
    }

    /// A list of strings.
    private mutating func strings(_ field: ConfigField, expected: String) -> [String]? {
        guard let nodes = list(field, expected: expected) else { return nil }
        var out: [String] = []
        for node in nodes {
            guard case let .scalar(scalar) = node, !node.isNull, !scalar.string.isEmpty else {
                fail(field.path, at: node.position ?? field.position, "every entry must be a non-empty string, like \(expected)")
                return nil
            }
            out.append(scalar.string)
        }
        return out
    }
}
