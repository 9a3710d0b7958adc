/// The keys of one YAML mapping, in file order, each once: what the reader asks for by name.
struct ConfigMapping {
    /// Dotted path of the mapping (`""` for the root).
    let path: String
    /// The keys, first occurrence of each, in file order.
    let fields: [ConfigField]

    /// No keys (a section left empty or out).
    static func empty(_ path: String) -> ConfigMapping { ConfigMapping(path: path, fields: []) }

    /// The key `name`, if written.
    subscript(name: String) -> ConfigField? { fields.first { $0.name == name } }
}
