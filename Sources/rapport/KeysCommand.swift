import ArgumentParser
import Foundation
import RapportClient
import RapportConfig
import RapportSupervisor
import RapportWire
import ZMQ

/// `rapport keys`: the bus's key registry (who may do what), kept in `curve.keys_file`.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Register, list and revoke client keys and their roles (agent, plugin, manager, admin).",
        discussion: """
            Every client that presents a CURVE key (on tcp, and on ipc with curve.on_ipc) is \
            checked on every message against its key's role in the registry, \
            curve.keys_file (default <data_dir>/keys.yaml). The bus reads the file again when it \
            changes: a key added can connect at once, a key revoked is refused from its next \
            message, on connections already open too. After a change these commands wait (up \
            to --timeout) for a running bus to confirm it applied the file. docs/SECURITY.md \
            says what each role may do.
            """,
        subcommands: [KeysAddCommand.self, KeysNewCommand.self, KeysListCommand.self, KeysRevokeCommand.self],
        defaultSubcommand: KeysListCommand.self
    )
}

/// Where the registry is: `--keys-file`, else the site configuration's `curve.keys_file`,
/// else `<data_dir>/keys.yaml`.
struct KeyRegistryOptions: ParsableArguments {
    @Option(name: .long, help: "The key registry file. Default: curve.keys_file of --config, else <data dir>/keys.yaml.")
    var keysFile: String?

    @Option(name: .long, help: "The site configuration (rapport.yaml) naming curve.keys_file and data_dir.")
    var config: String?

    @OptionGroup var bus: ClientOptions

    /// The registry file's path.
    func path() throws -> String {
        if let keysFile { return keysFile }
        if let config {
            guard let text = try? String(contentsOfFile: config, encoding: .utf8) else {
                throw CommandFailure.cannotRead("the configuration file", config)
            }
            let reading = RapportConfigFile.read(text, source: config, dataDirectory: bus.dataDir.map { DataDirectory.resolve($0) }) {
                try? String(contentsOfFile: $0, encoding: .utf8)
            }
            do { return try reading.get().bus.keysFile } catch { throw CommandFailure("\(error)") }
        }
        return DataDirectory.resolve(bus.dataDir) + "/keys.yaml"
    }

    /// The registry as the file holds it now (empty when there is no file yet).
    func read(_ path: String) throws -> KeyRegistry {
        guard FileManager.default.fileExists(atPath: path) else { return KeyRegistry() }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandFailure.cannotRead("the key registry", path)
        }
        do { return try KeyRegistry.parse(text, file: path) } catch {
            throw CommandFailure("\(error); fix the file by hand (its format is in docs/SECURITY.md) before changing it with rapport keys")
        }
    }

    /// The bus's `keys_version` now, when a bus answers within a short wait; `nil` otherwise.
    func busKeysVersion() -> UInt64?? {
        guard let address = try? bus.address, (try? bus.checkIngest(address)) != nil,
              let connection = try? BusConnection(address),
              let info = try? connection.info(timeoutMilliseconds: min((try? bus.timeoutMilliseconds()) ?? 2_000, 2_000)) else { return nil }
        return .some(info.keysVersion)
    }

    /// Writes `registry` (atomically: the bus never reads half a file; mode 0640), then waits
    /// up to --timeout for a running bus to take it into force. Returns what happened, for
    /// the user.
    func write(_ registry: KeyRegistry, to path: String) throws -> String {
        let before = busKeysVersion()
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            throw CommandFailure("no directory \(directory) for the key registry: is --data-dir (or --keys-file) right?")
        }
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(registry.rendered().utf8),
                                             attributes: [.posixPermissions: 0o640]) else {
            throw CommandFailure("cannot write \(temporary): \(String(cString: strerror(errno)))")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CommandFailure("cannot replace \(path): \(reason)")
        }
        guard case .some(let version) = before else {
            return "no bus answered: a bus reads \(path) when it starts, and whenever it changes"
        }
        guard let version else {
            return "the bus that answered does not check keys (ipc without curve.on_ipc): every local client acts as admin"
        }
        let deadline = Date().addingTimeInterval(Double((try? bus.timeoutMilliseconds()) ?? 5_000) / 1_000)
        while Date() < deadline {
            if case .some(.some(let now)) = busKeysVersion(), now > version { return "the bus applied it" }
            usleep(50_000)
        }
        throw CommandFailure("\(path) was written, but the bus did not confirm reading it within the timeout: check the bus's log (is curve.keys_file this file?)", status: .unavailable)
    }
}

/// The role, name and scope of a key, shared by `add` and `new`.
struct KeyGrantOptions: ParsableArguments {
    @Option(name: .long, help: "What the key may do: agent, plugin, manager or admin.")
    var role: String

    @Option(name: .long, help: "A unique name people recognise: desk-3, promise-tracker, sam.patel.")
    var name: String

    @Option(name: .long, help: "A location the key acts for (agent, manager); repeat for several.")
    var location: [String] = []

    @Flag(name: .long, help: "The key acts for every location (a head-office manager).")
    var allLocations = false

    @Option(name: .long, help: "plugin: read what it consumes and publishes from this installed plugin's manifest (see --plugins-dir).")
    var plugin: String?

    @Option(name: .long, help: "plugin: a type pattern it may consume; repeat for several (instead of --plugin).")
    var consumes: [String] = []

    @Option(name: .long, help: "plugin: a type it may publish; repeat for several (instead of --plugin).")
    var publishes: [String] = []

    @OptionGroup var plugins: PluginsDirectoryOption

    func key(publicKey: String) throws -> RegisteredKey {
        guard let role = KeyRole(rawValue: role) else {
            throw ValidationError("--role must be one of agent, plugin, manager, admin; got '\(role)'")
        }
        let locations: LocationScope
        switch (role, allLocations, location.isEmpty) {
        case (_, true, false): throw ValidationError("give --location or --all-locations, not both")
        case (.agent, _, _), (.manager, _, _): locations = allLocations ? .all : .only(Set(location))
        case (_, _, false): throw ValidationError("--location applies to agent and manager keys; a \(role) key acts for every location")
        default: locations = .all
        }
        var consumes = self.consumes, publishes = self.publishes
        if let plugin {
            guard role == .plugin else { throw ValidationError("--plugin applies to plugin keys") }
            let (installed, problems) = PluginDirectory(plugins.directory).read()
            guard let manifest = installed[plugin]?.manifest else {
                let known = installed.keys.sorted().joined(separator: ", ")
                throw ValidationError("no plugin '\(plugin)' is installed in \(plugins.directory) (installed: \(known.isEmpty ? "none" : known))"
                    + (problems.isEmpty ? "" : "; problems: " + problems.joined(separator: "; ")))
            }
            consumes += manifest.subscriptions
            publishes += manifest.publishes
        } else if role != .plugin && !(consumes.isEmpty && publishes.isEmpty) {
            throw ValidationError("--consumes and --publishes apply to plugin keys")
        }
        return RegisteredKey(name: name, publicKey: publicKey, role: role, locations: locations,
                             consumes: consumes, publishes: publishes, added: Date())
    }
}

/// `rapport keys add`: registers a public key a client made itself.
struct KeysAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register a client's public key with a role (the client made its pair with `rapport keygen`; its secret key never leaves it).",
        discussion: """
            Examples:
              rapport keys add --public-key-file desk3.key.pub --role agent --name desk-3 --location store-12
              rapport keys add --public-key KEY --role plugin --name promise-tracker --plugin promise-tracker
              rapport keys add --public-key KEY --role manager --name sam.patel --location store-12 --location store-14

            \(ExitStatus.help(.failure))
            """
    )

    @Option(name: .long, parsing: .unconditional, help: "The client's public key (Z85, 40 characters, as `rapport keygen` prints it; it may start with '-').")
    var publicKey: String?

    @Option(name: .long, help: "A file holding the client's public key (the .pub file `rapport keygen` wrote).")
    var publicKeyFile: String?

    @OptionGroup var grant: KeyGrantOptions
    @OptionGroup var registry: KeyRegistryOptions

    @Flag(name: .long, help: "Print the registered key as one JSON object.")
    var json = false

    func run() throws {
        let key: String
        switch (publicKey, publicKeyFile) {
        case (let text?, nil): key = text.trimmingCharacters(in: .whitespacesAndNewlines)
        case (nil, let file?):
            key = try KeyFiles.clientPublicKey(file)
        default: throw ValidationError("give the client's public key: --public-key KEY or --public-key-file FILE")
        }
        try KeysMutation.apply(registry: registry, json: json) { keys in
            let entry = try grant.key(publicKey: key)
            do { try keys.add(entry) } catch { throw CommandFailure("\(error)") }
            return (entry, "registered \(entry.name) as \(entry.role)")
        }
    }
}

/// `rapport keys new`: makes a key pair and registers its public key.
struct KeysNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Make a key pair and register its public key (a convenience: better, let the client make its own pair and use `keys add`).",
        discussion: """
            Writes the secret key to --out (mode 0600) and the public key to --out.pub, then \
            registers the public key as `keys add` does. Hand the secret key file to the client \
            over a channel you trust; the client connects with --client-key-file.

            \(ExitStatus.help(.failure))
            """
    )

    @Option(name: .shortAndLong, help: "File for the secret key; the public key goes to this name with .pub appended.")
    var out: String

    @OptionGroup var grant: KeyGrantOptions
    @OptionGroup var registry: KeyRegistryOptions

    @Flag(name: .long, help: "Print the registered key and the files as one JSON object.")
    var json = false

    func run() throws {
        for existing in [out, out + ".pub"] where FileManager.default.fileExists(atPath: existing) {
            throw CommandFailure("\(existing) already exists: choose another --out")
        }
        _ = try grant.key(publicKey: String(repeating: "0", count: 40))  // the options, checked before a pair is made
        let pair = try CurveKeyPair.generate()
        try KeysMutation.apply(registry: registry, json: json, keyFiles: (out, out + ".pub")) { keys in
            let entry = try grant.key(publicKey: pair.publicKey)
            do { try keys.add(entry) } catch { throw CommandFailure("\(error)") }
            try KeygenCommand.writeKey(pair.secretKey, to: out, permissions: 0o600, what: "the secret key to")
            try KeygenCommand.writeKey(pair.publicKey, to: out + ".pub", permissions: 0o644, what: "the public key to")
            return (entry, "made \(out) (secret) and \(out).pub; registered \(entry.name) as \(entry.role)")
        }
    }
}

/// `rapport keys revoke`.
struct KeysRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a key: refused from its next message, on connections already open too.",
        discussion: """
            The key stays listed as revoked (names and keys are not reused, so the bus's log stays \
            readable). Waits for a running bus to confirm; from then on every message from the \
            key is refused with ERROR forbidden, and the bus refuses its new connections.

            \(ExitStatus.help(.failure))
            """
    )

    @Argument(help: "The key's name (or its public key; write `--` before a key that starts with '-').")
    var name: String

    @OptionGroup var registry: KeyRegistryOptions

    @Flag(name: .long, help: "Print the revoked key as one JSON object.")
    var json = false

    func run() throws {
        try KeysMutation.apply(registry: registry, json: json) { keys in
            let entry: RegisteredKey
            do { entry = try keys.revoke(name, at: Date()) } catch { throw CommandFailure("\(error)") }
            return (entry, "revoked \(entry.name) (\(entry.role))")
        }
    }
}

/// `rapport keys list`.
struct KeysListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the registered keys: name, role, locations, what plugins consume and publish, and revoked ones."
    )

    @OptionGroup var registry: KeyRegistryOptions

    @Flag(name: .long, help: "One JSON object a line.")
    var json = false

    func run() throws {
        let path = try registry.path()
        let keys = try registry.read(path).keys
        if json {
            for key in keys { Output.json(KeysMutation.object(key)) }
            return
        }
        guard !keys.isEmpty else {
            Output.line("no keys registered in \(path); add one with `rapport keys add`")
            return
        }
        var table = [["NAME", "ROLE", "LOCATIONS", "MAY CONSUME / PUBLISH", "STATE", "PUBLIC KEY"]]
        for key in keys {
            let scope = key.role == .plugin ? "consumes \(key.consumes.joined(separator: ",")); publishes \(key.publishes.joined(separator: ","))" : ""
            table.append([key.name, key.role.rawValue, key.role == .agent || key.role == .manager ? key.locations.description : "all",
                          scope, key.revoked.map { "revoked \($0.formatted(.iso8601))" } ?? "active", key.publicKey])
        }
        print(StatusCommand.table(table))
    }
}

/// A change to the registry: read, change, write, wait for the bus, report.
enum KeysMutation {
    static func apply(registry options: KeyRegistryOptions, json: Bool, keyFiles: (secret: String, public: String)? = nil,
                      _ change: (inout KeyRegistry) throws -> (RegisteredKey, String)) throws {
        let path = try options.path()
        var registry = try options.read(path)
        let (entry, done) = try change(&registry)
        let applied = try options.write(registry, to: path)
        if json {
            var o = object(entry)
            o.add("keys_file", path)
            o.add("bus", applied)
            if let keyFiles {
                o.add("secret_key_file", keyFiles.secret)
                o.add("public_key_file", keyFiles.public)
            }
            Output.json(o)
        } else {
            Output.line("\(done) in \(path); \(applied)")
        }
    }

    static func object(_ key: RegisteredKey) -> JSONObjectWriter {
        var o = JSONObjectWriter()
        o.add("name", key.name)
        o.add("public_key", key.publicKey)
        o.add("role", key.role.rawValue)
        switch key.locations {
        case .all: o.add("locations", "all")
        case .only(let ids): o.add("locations", strings: ids.sorted())
        }
        if key.role == .plugin {
            o.add("consumes", strings: key.consumes)
            o.add("publishes", strings: key.publishes)
        }
        if let added = key.added { o.add("added", added.formatted(.iso8601)) }
        o.add("revoked", key.revoked != nil)
        if let revoked = key.revoked { o.add("revoked_at", revoked.formatted(.iso8601)) }
        return o
    }
}
