/// A place in an utterance where the customer's name (or a spelling of a part of it) is said,
/// with the title before it and the honorific after it, before it is judged.
struct Occurrence: Sendable {
    /// Index of the first name token.
    var first: Int
    /// Index of the last name token.
    var last: Int
    /// Index of the first title token before the name ("Mr" of "Mr and Mrs Brown"), if any.
    var titleStart: Int?
    /// The titles before the name (two for a couple).
    var titles: [TitleInfo] = []
    /// Index of the honorific token after the name, if any.
    var suffixIndex: Int?
    /// The honorific after the name.
    var suffix: TitleInfo?
    /// How many name (or inflected) tokens the run has, not counting particles.
    var nameTokens: Int
    /// The riskiest word class among the run's name tokens (for a single token, its class).
    var wordClass: WordClass
    /// True when every name token of the run is an inflected form.
    var inflectedOnly: Bool
    /// True when some but not all name tokens are inflected forms ("Carlo Bruni" for Carla
    /// Bruni: an inflection beside a name in the nominative is another name, not a declension).
    var mixedInflection = false
    /// The folded keys of the run's name tokens.
    var keys: [String]
    /// True when the last name token is a possessive (`Maria's`, `James'`, or `okafors` in a
    /// transcript without apostrophes).
    var possessive = false

    /// Index where the whole form (title included) starts.
    var start: Int { titleStart ?? first }
    /// Index where the whole form (honorific included) ends.
    var end: Int { suffixIndex ?? last }
    /// True when a title or an honorific is attached.
    var titled: Bool { titleStart != nil || suffixIndex != nil }

    /// The identity of the name used, for remembering that it meant someone else: the name
    /// keys and the gender of the title ("mrs okafor" and "mr okafor" are two people).
    var identity: String {
        let gender = (titles.first ?? suffix).map { String($0.gender.rawValue) } ?? "-"
        return keys.sorted().joined(separator: " ") + "|" + gender
    }
}
