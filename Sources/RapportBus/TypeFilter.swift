/// Which event types a consumer group takes: glob patterns where `*` matches any run of
/// characters (`rapport.promise.*`, `*`, `x-*`).
struct TypeFilter: Equatable, Sendable {
    let patterns: [String]

    /// Matches everything.
    static let all = TypeFilter(patterns: ["*"])

    /// Filters are the same when they hold the same patterns, in any order (a JOIN's `types`
    /// is a set; clients need not list it in one order).
    static func == (lhs: TypeFilter, rhs: TypeFilter) -> Bool {
        lhs.patterns == rhs.patterns || Set(lhs.patterns) == Set(rhs.patterns)
    }

    func matches(_ type: String) -> Bool {
        for pattern in patterns {
            if pattern == "*" || pattern == type { return true }
            guard let star = pattern.firstIndex(of: "*") else { continue }
            if star == pattern.index(before: pattern.endIndex) {
                // Bytes, like the general glob below (`hasPrefix` compares characters).
                if type.utf8.starts(with: pattern[..<star].utf8) { return true }
            } else if Self.glob(pattern.utf8, type.utf8) {
                return true
            }
        }
        return false
    }

    private static func glob(_ pattern: String.UTF8View, _ text: String.UTF8View) -> Bool {
        let p = Array(pattern), t = Array(text)
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
