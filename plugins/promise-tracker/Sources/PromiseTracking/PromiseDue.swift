import Foundation

/// When a promise is due, as the tracker holds it: an instant (given, or read from the words),
/// or words nobody can turn into an instant, kept verbatim.
public enum PromiseDue: Sendable, Hashable {
    /// Due at this instant; `words` are the agent's words it was read from, when there were some.
    case at(Date, words: String?)
    /// The words give no instant ("as soon as possible"): kept verbatim, never guessed.
    case unreadable(words: String)

    /// The instant, when there is one.
    public var instant: Date? {
        if case .at(let date, _) = self { return date }
        return nil
    }

    /// The words, when there are some.
    public var words: String? {
        switch self {
        case .at(_, let words): words
        case .unreadable(let words): words
        }
    }
}
