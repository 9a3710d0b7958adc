import Foundation
import RapportConfig
import ZMQ

/// A plugin's own key, when the bus checks client keys: where its secret key lives, the
/// registry it is entered in, and what it may consume and publish (from its manifest).
public struct PluginKeyGrant: Sendable, Equatable {
    /// The plugin's name.
    public let plugin: String
    /// Its secret key file (`<data_dir>/plugins/<name>/client.key`; the public key beside it, `.pub`).
    public let keyFile: String
    /// The bus's key registry (`curve.keys_file`).
    public let registry: String
    public let consumes: [String]
    public let publishes: [String]

    /// Its role: `plugin`, or `admin` for rapport up's own key.
    public var role: KeyRole = .plugin

    public init(plugin: String, keyFile: String, registry: String, consumes: [String], publishes: [String], role: KeyRole = .plugin) {
        self.plugin = plugin
        self.keyFile = keyFile
        self.registry = registry
        self.consumes = consumes
        self.publishes = publishes
        self.role = role
    }

    /// Its name in the registry.
    public var registeredName: String { role == .plugin ? "plugin.\(plugin)" : plugin }

    /// rapport up's own key, for reading INFO (the metrics endpoint) from a bus that checks
    /// keys: admin, as the supervisor runs the bus and can read its secret key anyway.
    public static func supervisor(_ bus: BusConfiguration) -> PluginKeyGrant {
        PluginKeyGrant(plugin: "rapport-up", keyFile: bus.dataDirectory + "/rapport-up.key", registry: bus.keysFile,
                       consumes: [], publishes: [], role: .admin)
    }
}

/// Makes and registers plugins' keys for `rapport up`, so plugins reach a bus that checks keys
/// (on tcp, or with `curve.on_ipc`) with exactly the rights their manifests ask for.
///
/// Before an instance starts: the key pair is made once (secret key mode 0600, beside the
/// plugin's state), and the registry entry `plugin.<name>` is added, or updated when the
/// manifest changed. The registry is replaced atomically; the bus reads it again before it
/// answers the plugin's handshake.
public enum PluginKeys {
    /// Makes sure `grant`'s key exists and is registered as it says; returns whether the
    /// registry changed. Throws with what to fix.
    @discardableResult
    public static func ensure(_ grant: PluginKeyGrant, now: Date = Date()) throws(PluginKeyError) -> Bool {
        try ensureReturningKeys(grant, now: now).changed
    }

    /// ``ensure(_:now:)``, also returning the key pair.
    public static func ensureReturningKeys(_ grant: PluginKeyGrant, now: Date = Date()) throws(PluginKeyError) -> (keys: CurveKeyPair, changed: Bool) {
        let pair = try keyPair(grant.keyFile)
        let publicKey = pair.publicKey
        var registry = KeyRegistry()
        if let data = FileManager.default.contents(atPath: grant.registry) {
            do { registry = try KeyRegistry.parse(String(decoding: data, as: UTF8.self), file: grant.registry) } catch {
                throw PluginKeyError("cannot register \(grant.plugin)'s key: the key registry is broken: \(error)")
            }
        } else if FileManager.default.fileExists(atPath: grant.registry) {
            throw PluginKeyError("cannot read the key registry \(grant.registry) to register \(grant.plugin)'s key")
        }
        let changed: Bool
        do {
            changed = try registry.grant(name: grant.registeredName, publicKey: publicKey, role: grant.role, consumes: grant.consumes,
                                         publishes: grant.publishes, at: now)
        } catch {
            throw PluginKeyError("cannot register \(grant.plugin)'s key: \(error.message)")
        }
        guard changed else { return (pair, false) }
        try write(registry.rendered(), to: grant.registry, mode: 0o640)
        return (pair, true)
    }

    /// The key pair in `path`, made now if there is none.
    private static func keyPair(_ path: String) throws(PluginKeyError) -> CurveKeyPair {
        if let data = FileManager.default.contents(atPath: path) {
            let secret = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            do { return try CurveKeyPair(secretKey: secret) } catch {
                throw PluginKeyError("\(path) does not hold a CURVE secret key; remove it to let rapport up make a new one")
            }
        }
        let directory = (path as NSString).deletingLastPathComponent
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw PluginKeyError("cannot make \(directory) for the plugin's key: \(error.localizedDescription)")
        }
        let pair: CurveKeyPair
        do { pair = try CurveKeyPair.generate() } catch { throw PluginKeyError("cannot make a key pair: \(error)") }
        try write(pair.secretKey + "\n", to: path, mode: 0o600)
        try write(pair.publicKey + "\n", to: path + ".pub", mode: 0o644)
        return pair
    }

    /// Writes `text` to a temporary file with `mode` from the start, then renames it over `path`.
    private static func write(_ text: String, to path: String, mode: mode_t) throws(PluginKeyError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw PluginKeyError("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                close(fd)
                unlink(temporary)
                throw PluginKeyError("cannot write \(temporary): \(String(cString: strerror(errno)))")
            }
            written += n
        }
        fchmod(fd, mode)
        fsync(fd)
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw PluginKeyError("cannot replace \(path): \(reason)")
        }
    }
}

/// A plugin's key could not be made or registered; the message says what to fix.
public struct PluginKeyError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
