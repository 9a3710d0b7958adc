import RapportWire

/// Whether a requested type pattern stays within the patterns a key may consume.
///
/// Decided without listing types (site types `x-...` are open-ended): a request is within
/// scope when every type it can match is matched by one allowed pattern, as far as that can be
/// shown from the patterns' text. `*` covers everything; an exact type is covered by any
/// pattern matching it; `p*` is covered by `q*` when `p` starts with `q`; a pattern with a
/// `*` inside is covered by `q*` when the text before its first `*` starts with `q`.
/// Anything else is refused, with the allowed patterns in the message.
enum PatternScope {
    static func covers(_ allowed: [String], _ requested: String) -> Bool {
        allowed.contains { covers($0, requested) }
    }

    static func covers(_ allowed: String, _ requested: String) -> Bool {
        if allowed == "*" || allowed == requested { return true }
        guard let star = requested.firstIndex(of: "*") else {
            return TypePattern(allowed).matches(requested)
        }
        // Only a prefix pattern (one `*`, at the end) is known to cover an open-ended request.
        guard let allowedStar = allowed.firstIndex(of: "*"), allowedStar == allowed.index(before: allowed.endIndex) else {
            return false
        }
        return requested[..<star].hasPrefix(allowed[..<allowedStar])
    }
}
