import RapportWire

/// Which event types a consumer group takes: its ``TypePattern``s (`rapport.promise.*`, `*`,
/// `x-*`).
struct TypeFilter: Equatable, Sendable {
    let patterns: [String]
    private let compiled: [TypePattern]

    init(patterns: [String]) {
        self.patterns = patterns
        compiled = patterns.map(TypePattern.init)
    }

    /// Matches everything.
    static let all = TypeFilter(patterns: ["*"])

    /// Filters are the same when they hold the same patterns, in any order (a JOIN's `types`
    /// is a set; clients need not list it in one order).
    static func == (lhs: TypeFilter, rhs: TypeFilter) -> Bool {
        lhs.patterns == rhs.patterns || Set(lhs.patterns) == Set(rhs.patterns)
    }

    func matches(_ type: String) -> Bool {
        compiled.contains { $0.matches(type) }
    }
}
