/// One process the supervisor keeps running: the bus, or one instance of a plugin.
public struct ProcessSpec: Sendable, Equatable {
    /// What the process is.
    public enum Role: Sendable, Equatable, Hashable {
        /// The bus (`rapport bus`): started first, stopped last, kept running across reloads.
        case bus
        /// Instance `instance` (1-based) of plugin `name`.
        case plugin(name: String, instance: Int)
    }

    /// Its role.
    public let role: Role
    /// The program, as an absolute path.
    public let executable: String
    /// Its arguments (without the program).
    public let arguments: [String]
    /// Variables added to the supervisor's own environment.
    public let environment: [String: String]
    /// Its working directory (the plugin's folder), `nil` for the supervisor's.
    public let directory: String?
    /// The plugin's key, made and registered before it starts when the bus checks keys.
    public let key: PluginKeyGrant?

    /// Bundles the values.
    public init(role: Role, executable: String, arguments: [String], environment: [String: String], directory: String?,
                key: PluginKeyGrant? = nil) {
        self.role = role
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.directory = directory
        self.key = key
    }

    /// How logs and `rapport status` name it: `bus`, `complaint-alerts#1`.
    public var id: String {
        switch role {
        case .bus: "bus"
        case .plugin(let name, let instance): "\(name)#\(instance)"
        }
    }

    /// The plugin's name, `nil` for the bus.
    public var pluginName: String? {
        if case .plugin(let name, _) = role { name } else { nil }
    }
}
