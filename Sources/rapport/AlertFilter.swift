import RapportEvents

/// Which alerts `rapport alerts` shows: by location, by least severity and by kind pattern.
///
/// Every part left empty lets everything through. Several locations or kind patterns mean
/// "any of them"; a severity means "at least this one" (`warning` shows warning and critical).
struct AlertFilter: Sendable {
    /// Location ids (the events' `location` extension); empty: every location, and alerts
    /// without one.
    var locations: Set<String> = []
    /// The least severity shown; `nil`: all.
    var minimumSeverity: AlertSeverity?
    /// Kind patterns, where `*` matches any run of characters and `?` one character, e.g.
    /// `promise.*`; empty: every kind.
    var kinds: [String] = []

    /// Whether an alert raised at `location` passes.
    func admits(_ alert: AlertRaised, location: String?) -> Bool {
        if !locations.isEmpty {
            guard let location, locations.contains(location) else { return false }
        }
        if let minimumSeverity, Self.rank(alert.severity) < Self.rank(minimumSeverity) { return false }
        if !kinds.isEmpty, !kinds.contains(where: { Self.glob($0, matches: alert.kind.rawValue) }) { return false }
        return true
    }

    /// Orders severities: info < warning < critical.
    static func rank(_ severity: AlertSeverity) -> Int {
        switch severity {
        case .info: 0
        case .warning: 1
        case .critical: 2
        }
    }

    /// Whether `text` matches `pattern` (`*`: any run of characters, `?`: one character).
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern.unicodeScalars), t = Array(text.unicodeScalars)
        var pi = 0, ti = 0
        var star: Int?, resume = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "*" {
                star = pi
                resume = ti
                pi += 1
            } else if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                pi += 1
                ti += 1
            } else if let star {
                pi = star + 1
                resume += 1
                ti = resume
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
