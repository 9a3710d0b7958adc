/// The word that leads deadline words: "by Friday", "within 48 hours", "before noon".
enum DueLead: Sendable {
    case by, on, at, before, until, sometime, during, over
    case inside
    case within

    /// Leads by their one-word form.
    static let words: [String: DueLead] = [
        "by": .by, "on": .on, "in": .inside, "within": .within, "at": .at, "before": .before, "until": .until,
        "till": .until, "til": .until, "sometime": .sometime, "during": .during, "over": .over, "around": .at,
    ]

    /// Whether an elapsed time may follow ("in 2 days", "within 48 hours").
    var takesElapsed: Bool { self == .inside || self == .within || self == .over }
    /// Whether a bare time of day may follow ("by 5pm", "at noon", "before 10").
    var takesClock: Bool { self == .by || self == .at || self == .before || self == .until }
}
