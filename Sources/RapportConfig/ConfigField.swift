import Yams

/// One key of a YAML mapping as the reader sees it: its name, full dotted path, where the key
/// and its value are written, and the value's node.
struct ConfigField {
    /// The key as written.
    let name: String
    /// Dotted path from the root, e.g. `log.retention.max_age`.
    let path: String
    /// Where the key is written.
    let keyPosition: ConfigPosition
    /// The value.
    let value: Node

    /// Where the value is written (the key's position when YAML gives none).
    var position: ConfigPosition { value.position ?? keyPosition }

    /// Whether the value is empty (`key:` with nothing after it, `~` or `null`).
    var isNull: Bool { value.isNull }
}

extension Node {
    /// Where this node starts in the file.
    var position: ConfigPosition? { mark.map { ConfigPosition(line: $0.line, column: $0.column) } }

    /// Whether this is a plain null scalar (nothing, `~`, `null`).
    var isNull: Bool {
        guard case let .scalar(scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        return tag.description == Tag.Name.null.rawValue
    }

    /// What the node is, for messages: `'90d'`, `a mapping`, `a list`, `nothing`.
    var shown: String {
        switch self {
        case let .scalar(scalar):
            if isNull { return "nothing" }
            return scalar.string.count > 40 ? "'\(scalar.string.prefix(37))...'" : "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}
