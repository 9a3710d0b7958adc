import Foundation
import Yams

/// The bus's key registry: every client key with its role, read from `curve.keys_file`
/// (default `<data_dir>/keys.yaml`) and written by `rapport keys`.
///
/// The file is YAML, one entry a key:
///
/// ```yaml
/// keys:
///   - name: desk-3
///     public_key: "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7"
///     role: agent
///     locations: [store-12]
///     added: 2026-12-06T22:30:00Z
///   - name: promise-tracker
///     public_key: "..."
///     role: plugin
///     consumes: [rapport.promise.*]
///     publishes: [rapport.alert.raised]
/// ```
///
/// `locations` is a list of location ids, or `all` (the default for admin and plugin keys; a
/// manager or agent must name its locations, or say `all` explicitly for a head office).
/// A revoked key stays listed with `revoked: <time>`, so the log of who could do what stays
/// readable.
public struct KeyRegistry: Sendable, Equatable {
    public private(set) var keys: [RegisteredKey]

    public init(keys: [RegisteredKey] = []) {
        self.keys = keys
    }

    /// The active (not revoked) entry for a Z85 public key.
    public func activeKey(_ publicKey: String) -> RegisteredKey? {
        keys.first { $0.publicKey == publicKey && $0.isActive }
    }

    /// The entry named `name`, revoked or not.
    public func key(named name: String) -> RegisteredKey? {
        keys.first { $0.name == name }
    }

    /// Adds `key`; refuses a second entry with its name or its public key (unless that one was
    /// revoked: a revoked key can never come back, so re-adding it is refused too).
    public mutating func add(_ key: RegisteredKey) throws(KeyRegistryError) {
        try Self.check(key)
        if let same = keys.first(where: { $0.name == key.name }) {
            throw KeyRegistryError(same.isActive
                ? "a key named '\(key.name)' is already registered (role \(same.role)); choose another name, or revoke it first"
                : "a revoked key was named '\(key.name)'; names are not reused, so the log stays readable: choose another name")
        }
        if let same = keys.first(where: { $0.publicKey == key.publicKey }) {
            throw KeyRegistryError(same.isActive
                ? "this public key is already registered as '\(same.name)' (role \(same.role))"
                : "this public key was revoked (as '\(same.name)'); a revoked key cannot be registered again: make a new pair with `rapport keygen`")
        }
        keys.append(key)
    }

    /// Marks the key named `name` (or with that public key) revoked at `time`.
    @discardableResult
    public mutating func revoke(_ nameOrKey: String, at time: Date) throws(KeyRegistryError) -> RegisteredKey {
        guard let index = keys.firstIndex(where: { $0.name == nameOrKey || $0.publicKey == nameOrKey }) else {
            throw KeyRegistryError("no key named '\(nameOrKey)' is registered (see `rapport keys list`)")
        }
        guard keys[index].isActive else {
            throw KeyRegistryError("'\(keys[index].name)' was already revoked")
        }
        keys[index].revoked = time
        return keys[index]
    }

    /// Registers or updates a key `rapport up` keeps for itself or a plugin (``RegisteredKey/name``
    /// `plugin.<name>`, `rapport-up`): a plugin's rights follow its manifest. Returns whether
    /// anything changed. A key an operator revoked is not brought back.
    @discardableResult
    public mutating func grant(name: String, publicKey: String, role: KeyRole = .plugin, consumes: [String] = [], publishes: [String] = [],
                               at time: Date) throws(KeyRegistryError) -> Bool {
        if let index = keys.firstIndex(where: { $0.name == name }) {
            guard keys[index].isActive else {
                throw KeyRegistryError("the key '\(name)' was revoked by an operator; remove its entry from the key registry to let rapport up issue a new one")
            }
            let wanted = RegisteredKey(name: name, publicKey: publicKey, role: role, locations: .all,
                                       consumes: consumes, publishes: publishes, added: keys[index].added)
            guard keys[index] != wanted else { return false }
            if keys[index].publicKey != publicKey, keys.contains(where: { $0.publicKey == publicKey }) {
                throw KeyRegistryError("the public key of '\(name)' is registered under another name")
            }
            try Self.check(wanted)
            keys[index] = wanted
            return true
        }
        try add(RegisteredKey(name: name, publicKey: publicKey, role: role, consumes: consumes, publishes: publishes, added: time))
        return true
    }

    /// Rules every entry keeps.
    static func check(_ key: RegisteredKey) throws(KeyRegistryError) {
        guard !key.name.isEmpty, key.name.count <= 64,
              key.name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.@".contains($0) }) else {
            throw KeyRegistryError("'\(key.name)' is not a key name: use 1 to 64 letters, digits, '-', '_', '.' or '@'")
        }
        guard Z85Key.isKey(Substring(key.publicKey)) else {
            throw KeyRegistryError("'\(key.publicKey)' is not a CURVE public key: give the 40-character Z85 public key `rapport keygen` prints")
        }
        switch key.role {
        case .agent, .manager:
            if case .only(let ids) = key.locations, ids.isEmpty {
                throw KeyRegistryError("a\(key.role == .agent ? "n" : "") \(key.role) key acts for named locations: give --location (several times for several), or --all-locations")
            }
        case .plugin:
            guard !key.consumes.isEmpty || !key.publishes.isEmpty else {
                throw KeyRegistryError("a plugin key needs what it consumes and publishes: give --plugin NAME (read from its manifest), or --consumes and --publishes")
            }
        case .admin:
            break
        }
    }

    // MARK: - The file

    /// Reads the registry's text; `file` names it in errors. Empty text is an empty registry.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> KeyRegistry {
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch {
            throw ConfigError(source: file, key: "", "not valid YAML: \(error)")
        }
        guard let root else { return KeyRegistry() }
        guard let mapping = root as? [String: Any] else {
            throw ConfigError(source: file, key: "", "expected a mapping with a 'keys' list")
        }
        if let unknown = mapping.keys.first(where: { $0 != "keys" }) {
            throw ConfigError(source: file, key: unknown, "unknown setting; the registry holds only 'keys'")
        }
        guard let list = mapping["keys"] else { return KeyRegistry() }
        guard let entries = list as? [Any] else {
            throw ConfigError(source: file, key: "keys", "expected a list of keys")
        }
        var registry = KeyRegistry()
        for (index, entry) in entries.enumerated() {
            let key = try parseEntry(entry, path: "keys[\(index)]", file: file)
            if let clash = registry.keys.first(where: { $0.name == key.name || $0.publicKey == key.publicKey }) {
                throw ConfigError(source: file, key: "keys[\(index)]",
                                  "repeats the name or public key of '\(clash.name)'; each key is listed once")
            }
            registry.keys.append(key)
        }
        return registry
    }

    private static let entryFields: Set<String> = ["name", "public_key", "role", "locations", "consumes", "publishes", "added", "revoked"]

    private static func parseEntry(_ entry: Any, path: String, file: String) throws(ConfigError) -> RegisteredKey {
        guard let fields = entry as? [String: Any] else {
            throw ConfigError(source: file, key: path, "expected a mapping with name, public_key and role")
        }
        if let unknown = fields.keys.sorted().first(where: { !entryFields.contains($0) }) {
            throw ConfigError(source: file, key: "\(path).\(unknown)", "unknown field; expected one of \(entryFields.sorted().joined(separator: ", "))")
        }
        func string(_ name: String) throws(ConfigError) -> String? {
            guard let value = fields[name] else { return nil }
            if let text = value as? String { return text }
            if let date = value as? Date { return Self.timestamp.string(from: date) }
            throw ConfigError(source: file, key: "\(path).\(name)", "expected text")
        }
        func strings(_ name: String) throws(ConfigError) -> [String] {
            guard let value = fields[name] else { return [] }
            guard let list = value as? [Any] else { throw ConfigError(source: file, key: "\(path).\(name)", "expected a list") }
            var texts: [String] = []
            for item in list {
                guard let text = item as? String else { throw ConfigError(source: file, key: "\(path).\(name)", "expected a list of text") }
                texts.append(text)
            }
            return texts
        }
        func date(_ name: String) throws(ConfigError) -> Date? {
            if let value = fields[name] as? Date { return value }
            guard let text = try string(name) else { return nil }
            guard let date = Self.timestamp.date(from: text) else {
                throw ConfigError(source: file, key: "\(path).\(name)", "'\(text)' is not an RFC 3339 time such as 2026-12-06T22:30:00Z")
            }
            return date
        }
        guard let name = try string("name") else { throw ConfigError(source: file, key: "\(path).name", "missing") }
        guard let publicKey = try string("public_key") else { throw ConfigError(source: file, key: "\(path).public_key", "missing") }
        guard let roleText = try string("role") else { throw ConfigError(source: file, key: "\(path).role", "missing") }
        guard let role = KeyRole(rawValue: roleText) else {
            throw ConfigError(source: file, key: "\(path).role", "'\(roleText)' is not a role; expected one of \(KeyRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let locations: LocationScope
        if fields["locations"] == nil || (fields["locations"] as? String) == "all" {
            locations = fields["locations"] == nil && (role == .agent || role == .manager) ? .only([]) : .all
        } else {
            locations = .only(Set(try strings("locations")))
        }
        let key = RegisteredKey(name: name, publicKey: publicKey, role: role, locations: locations,
                                consumes: try strings("consumes"), publishes: try strings("publishes"),
                                added: try date("added"), revoked: try date("revoked"))
        do { try check(key) } catch {
            throw ConfigError(source: file, key: path, error.message)
        }
        return key
    }

    /// The registry as its file's text.
    public func rendered() -> String {
        var lines = [
            "# Rapport key registry: which client keys may use the bus, and as what (docs/SECURITY.md).",
            "# Written by `rapport keys add|new|revoke`; the bus reads it again when it changes.",
            "keys:",
        ]
        if keys.isEmpty { lines[lines.count - 1] = "keys: []" }
        func list(_ items: [String]) -> String { "[" + items.map(Self.quoted).joined(separator: ", ") + "]" }
        for key in keys {
            lines.append("  - name: \(Self.quoted(key.name))")
            lines.append("    public_key: \(Self.quoted(key.publicKey))")
            lines.append("    role: \(key.role)")
            switch key.locations {
            case .all: if key.role == .agent || key.role == .manager { lines.append("    locations: all") }
            case .only(let ids): lines.append("    locations: \(list(ids.sorted()))")
            }
            if !key.consumes.isEmpty { lines.append("    consumes: \(list(key.consumes))") }
            if !key.publishes.isEmpty { lines.append("    publishes: \(list(key.publishes))") }
            if let added = key.added { lines.append("    added: \"\(Self.timestamp.string(from: added))\"") }
            if let revoked = key.revoked { lines.append("    revoked: \"\(Self.timestamp.string(from: revoked))\"") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Double-quoted YAML (Z85 keys hold `#`, `:`, `*` and the like; none holds `"` or `\`).
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// RFC 3339 times in UTC, to the second.
    private enum timestamp {
        static func string(from date: Date) -> String { date.formatted(.iso8601) }
        static func date(from text: String) -> Date? { try? Date(text, strategy: .iso8601) }
    }
}

/// A change to the key registry that cannot be made; the message says why and what to do.
public struct KeyRegistryError: Error, Sendable, CustomStringConvertible {
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}
