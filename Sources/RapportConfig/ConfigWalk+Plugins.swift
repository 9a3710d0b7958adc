import Yams

/// The `plugins:` section: plugin name → `enabled`, `instances` and free-form `settings`.
extension ConfigWalk {
    /// Reads every plugin of `root`'s `plugins:` mapping and records their entries.
    mutating func readPlugins(_ root: ConfigMapping) -> [String: PluginConfiguration] {
        guard let field = root["plugins"],
              let names = mapping(field.value, at: "plugins", pattern: nil, expected: "plugin name: {enabled:, instances:, settings:}")
        else { return [:] }
        var plugins: [String: PluginConfiguration] = [:]
        for plugin in names.fields {
            guard let keys = mapping(plugin.value, at: plugin.path, pattern: "plugins.*", expected: "enabled:, instances:, settings:") else { continue }
            var config = PluginConfiguration(name: plugin.name)
            if let f = keys["enabled"], let v = boolean(f) { config.enabled = v }
            if let f = keys["instances"], let v = integer(f, in: 1...Int.max) { config.instances = v }
            if let f = keys["settings"], let settings = mapping(f.value, at: f.path, pattern: nil, expected: "the plugin's own keys") {
                note(f)
                config.settings = settings.fields.reduce(into: [:]) { $0[$1.name] = value(of: $1.value, at: $1.path) }
            }
            let prefix = plugin.path + "."
            entries.append(ConfigEntry(key: prefix + "enabled", value: .bool(config.enabled), origin: origin(of: prefix + "enabled")))
            if let instances = config.instances {
                entries.append(ConfigEntry(key: prefix + "instances", value: .int(instances), origin: origin(of: prefix + "instances")))
            }
            entries.append(ConfigEntry(key: prefix + "settings", value: .object(config.settings), origin: origin(of: prefix + "settings")))
            plugins[plugin.name] = config
        }
        return plugins
    }

    /// `node` as a ``ConfigValue``: plain scalars typed as YAML reads them, quoted ones as
    /// strings; mappings checked for duplicate and non-name keys like every other mapping.
    mutating func value(of node: Node, at path: String) -> ConfigValue {
        switch node {
        case let .scalar(scalar):
            switch node.tag.description {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return Bool.construct(from: scalar).map(ConfigValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue: return Int.construct(from: scalar).map(ConfigValue.int) ?? .string(scalar.string)
            case Tag.Name.float.rawValue: return Double.construct(from: scalar).map(ConfigValue.double) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case let .sequence(sequence):
            return .array(sequence.enumerated().map { value(of: $0.element, at: "\(path)[\($0.offset)]") })
        case .mapping:
            let fields = mapping(node, at: path, pattern: nil, expected: "keys and values")?.fields ?? []
            return .object(fields.reduce(into: [:]) { $0[$1.name] = value(of: $1.value, at: $1.path) })
        }
    }
}
