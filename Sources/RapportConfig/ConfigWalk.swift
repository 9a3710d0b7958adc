import Yams

/// Walks the YAML node tree of `rapport.yaml`, checking each mapping against ``ConfigSchema``
/// and collecting every error (not just the first) with its position, and where each setting
/// was written, for ``ConfigEntry`` origins.
struct ConfigWalk {
    /// The file, for messages.
    let source: String
    /// Every problem found so far, in file order of discovery.
    private(set) var errors: [ConfigError] = []
    /// Where each setting read from the file is written, by dotted key.
    private(set) var written: [String: ConfigPosition] = [:]
    /// Effective settings of the sections that record their own (locations, plugins).
    var entries: [ConfigEntry] = []

    init(source: String) {
        self.source = source
    }

    /// Records a problem with `key` at `position`.
    mutating func fail(_ key: String, at position: ConfigPosition?, _ message: String) {
        errors.append(ConfigError(source: source, key: key, line: position?.line, column: position?.column, message))
    }

    /// Records an error made elsewhere (a rule of ``BusConfiguration``, an authorized keys file).
    mutating func fail(_ error: ConfigError) {
        errors.append(error)
    }

    /// Notes that `field` was read from the file.
    mutating func note(_ field: ConfigField) {
        written[field.path] = field.position
    }

    /// Where the file set `key`, or `nil` if it did not.
    func origin(of key: String) -> ConfigOrigin {
        written[key].map { .file(source, $0) } ?? .defaultValue
    }

    /// The keys of `node`, a mapping at `path`. `pattern` names its place in ``ConfigSchema``
    /// (`nil`: any key is allowed, e.g. location ids). Reports unknown keys (with a hint),
    /// duplicated keys and keys that are not plain names; an empty value is an empty mapping.
    /// `expected` says what the mapping holds, for the error when `node` is not one.
    mutating func mapping(_ node: Node, at path: String, pattern: String?, expected: String) -> ConfigMapping? {
        if node.isNull { return .empty(path) }
        guard case let .mapping(mapping) = node else {
            fail(path, at: node.position, "must be a mapping (\(expected)), got \(node.shown)")
            return nil
        }
        var fields: [ConfigField] = []
        for (keyNode, value) in mapping {
            let keyPosition = keyNode.position ?? node.position ?? ConfigPosition(line: 1, column: 1)
            guard case let .scalar(scalar) = keyNode, !keyNode.isNull, !scalar.string.isEmpty else {
                fail(path, at: keyPosition, "a key must be a name, got \(keyNode.shown)")
                continue
            }
            let name = scalar.string
            let childPath = path.isEmpty ? name : path + "." + name
            if let first = fields.first(where: { $0.name == name }) {
                fail(childPath, at: keyPosition, "duplicate key; it is already set at line \(first.keyPosition.line), "
                    + "and YAML would silently keep only one: remove one of the two")
                continue
            }
            if let pattern, !ConfigSchema.keys(of: pattern).contains(name) {
                let hint = KeySuggestion.hint(for: name, in: pattern).map { "; \($0)" } ?? ""
                let known = ConfigSchema.keys(of: pattern).joined(separator: ", ")
                fail(childPath, at: keyPosition, "unknown key\(hint)" + (hint.isEmpty ? " (known here: \(known))" : ""))
                continue
            }
            fields.append(ConfigField(name: name, path: childPath, keyPosition: keyPosition, value: value))
        }
        return ConfigMapping(path: path, fields: fields)
    }

    /// The section `name` of `parent` as a mapping at `pattern` (an absent section is empty).
    mutating func section(_ name: String, of parent: ConfigMapping, pattern: String) -> ConfigMapping {
        guard let field = parent[name] else { return .empty(pattern) }
        let expected = ConfigSchema.keys(of: pattern).map { $0 + ":" }.joined(separator: ", ")
        return mapping(field.value, at: field.path, pattern: pattern, expected: expected) ?? .empty(field.path)
    }
}
