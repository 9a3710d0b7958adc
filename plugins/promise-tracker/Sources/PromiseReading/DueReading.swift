import Foundation

/// What deadline words mean at a location: an instant, or words that cannot be read.
public enum DueReading: Sendable, Equatable {
    /// The words give `Date`; `explanation` shows it in the location's zone, e.g.
    /// "Fri 28 Nov, 18:00 Europe/London".
    case due(Date, explanation: String)
    /// The words, kept verbatim, give no instant: vague ("as soon as possible"), a numeric date
    /// at a location without a date order, a date that does not exist, or a form not known.
    /// The plugin raises a `promise.unreadable-due` alert instead of guessing.
    case unreadable(String)

    /// The due instant, or `nil` when unreadable.
    public var date: Date? {
        if case .due(let date, _) = self { return date }
        return nil
    }

    /// How the words were read, for people: the instant in the location's zone, or
    /// `unreadable: "…"` with the words.
    public var explanation: String {
        switch self {
        case .due(_, let explanation): explanation
        case .unreadable(let words): "unreadable: \"\(words)\""
        }
    }
}
