import Foundation

/// What to say after "unknown key": the close known key at the same place (a typo), or where
/// a known key belongs when it is written under the wrong parent.
enum KeySuggestion {
    /// The hint for `name`, unknown in the mapping at `pattern` (see ``ConfigSchema``), or
    /// `nil` when nothing known is close.
    static func hint(for name: String, in pattern: String) -> String? {
        let here = ConfigSchema.keys(of: pattern)
        if let close = closest(to: name, among: here) {
            return "did you mean '\(close)'?"
        }
        let elsewhere = ConfigSchema.allPaths.filter { $0.split(separator: ".").last.map(String.init) == name }
        if let path = elsewhere.first {
            let parent = path.split(separator: ".").dropLast().joined(separator: ".")
            let place = parent.isEmpty ? "at the top level" : "under '\(ConfigSchema.readable(parent))'"
            return "'\(name)' belongs \(place) (\(ConfigSchema.readable(path))); check the indentation"
        }
        let lastNames = ConfigSchema.allPaths.map { ($0, String($0.split(separator: ".").last ?? "")) }
        if let close = closest(to: name, among: lastNames.map(\.1)), let path = lastNames.first(where: { $0.1 == close })?.0 {
            return "did you mean '\(ConfigSchema.readable(path))'?"
        }
        return nil
    }

    /// The known name nearest to `name` by edit distance (ignoring case, `-` read as `_`),
    /// if near enough to be a slip: at most one edit in a short name, two or three in longer.
    static func closest(to name: String, among known: [String]) -> String? {
        let typed = Array(name.lowercased().replacingOccurrences(of: "-", with: "_"))
        let limit = max(1, min(3, typed.count / 3))
        let scored = known.map { ($0, distance(typed, Array($0))) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
