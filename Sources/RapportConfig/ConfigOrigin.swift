/// Where an effective setting came from: a line of the file, the built-in default, or an
/// override outside the file (a command-line option, an environment variable).
public enum ConfigOrigin: Sendable, Equatable {
    /// Written in `file` at `position`.
    case file(String, ConfigPosition)
    /// Not written anywhere: the built-in default.
    case defaultValue
    /// Set outside the file, e.g. `--data-dir` or `$RAPPORT_DATA_DIR`.
    case override(String)

    /// `file rapport.yaml:12`, `default` or the override's name.
    public var description: String {
        switch self {
        case let .file(file, position): "file \(file):\(position.line)"
        case .defaultValue: "default"
        case let .override(name): name
        }
    }
}
