/// Whether a comment judges a theme favourably or unfavourably; encoded as `"positive"` or `"negative"`.
public enum Polarity: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// The comment praises the theme ("staff were lovely", "not rude at all").
    case positive
    /// The comment complains about the theme ("waited 40 minutes", "great, only waited an hour").
    case negative

    /// The other polarity.
    public var flipped: Polarity { self == .positive ? .negative : .positive }

    /// `+1` for positive, `-1` for negative.
    var sign: Double { self == .positive ? 1 : -1 }

    /// `"positive"` or `"negative"`.
    public var description: String { rawValue }
}
