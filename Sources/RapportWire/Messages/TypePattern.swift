/// An event type pattern, as JOIN's and READ's `types` take them: `*` matches any run of
/// characters (`rapport.promise.*`, `*`, `x-*`, `rapport.*.received`). The one matcher of the
/// project: the bus's groups and readers and the plugin SDK's routing all use it.
public struct TypePattern: Hashable, Sendable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String

    public init(_ text: String) { self.text = text }

    public var description: String { text }

    /// Whether `type` matches.
    public func matches(_ type: String) -> Bool {
        if text == "*" || text == type { return true }
        guard let star = text.firstIndex(of: "*") else { return false }
        if star == text.index(before: text.endIndex) {
            // Bytes, like the general glob below (`hasPrefix` compares characters).
            return type.utf8.starts(with: text[..<star].utf8)
        }
        return Self.glob(Array(text.utf8), Array(type.utf8))
    }

    private static func glob(_ p: [UInt8], _ t: [UInt8]) -> Bool {
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && p[pi] == UInt8(ascii: "*") {
                star = pi; mark = ti; pi += 1
            } else if pi < p.count && p[pi] == t[ti] {
                pi += 1; ti += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
