extension ThemeLexicon {
    /// The lexicon shipped with the feedback aggregator: ``defaultText`` parsed.
    ///
    /// The shipped text is checked by a unit test; if it ever failed to parse that is a build defect,
    /// not a condition a caller can handle, so it stops the program with the parse error.
    public static let `default`: ThemeLexicon = {
        do {
            return try ThemeLexicon(parsing: defaultText)
        } catch {
            preconditionFailure("the shipped theme lexicon does not parse: \(error)")
        }
    }()

    /// The text of the shipped lexicon, in the documented format; copy it to a file to edit it.
    public static let defaultText: String = [
        DefaultLexicon.format, DefaultLexicon.grammar, DefaultLexicon.opinions, DefaultLexicon.waitingTime,
        DefaultLexicon.clocksAndDays,
        DefaultLexicon.staffAttitude, DefaultLexicon.knowledge, DefaultLexicon.cleanliness, DefaultLexicon.price,
        DefaultLexicon.productQuality, DefaultLexicon.communication, DefaultLexicon.workplace,
        DefaultLexicon.spellings,
    ].joined(separator: "\n")
}

/// The parts of the shipped lexicon text, one file each, joined in order by ``ThemeLexicon/defaultText``.
enum DefaultLexicon {}
