/// What separates a token from the next one.
///
/// Ordered by strength: when several punctuation marks stand between two tokens the
/// strongest is kept ("Okafor?!" ends with a question).
enum Boundary: UInt8, Sendable, Comparable {
    /// Only white space (or quotes, or an opening ¿ ¡).
    case space
    /// A hyphen inside a compound: `Lloyd-Evans`, `X-ray`, `Tanaka-san`.
    case hyphen
    /// `.`, `@`, `_` or `/` between letters with no space: an e-mail address or a web address.
    case joiner
    /// An ampersand: `Marks & Spencer`.
    case ampersand
    /// A comma (any script's).
    case comma
    /// A colon, semicolon, dash, bracket: a clause break that is not a sentence end.
    case colon
    /// A full stop, ellipsis or line break.
    case stop
    /// An exclamation mark.
    case exclamation
    /// A question mark.
    case question
    /// The end of the utterance.
    case end

    static func < (lhs: Boundary, rhs: Boundary) -> Bool { lhs.rawValue < rhs.rawValue }

    /// True when the boundary ends a sentence (or the utterance).
    var endsSentence: Bool { self == .stop || self == .exclamation || self == .question || self == .end }

    /// True when the boundary is punctuation or the end (anything that sets a name off).
    var setsOff: Bool { self >= .comma }

    /// True when the two tokens belong to one phrase (white space or a hyphen only).
    var joins: Bool { self == .space || self == .hyphen }
}
