/// A normalised piece of a comment, ready for phrase matching.
struct Token: Sendable {
    /// What kind of piece it is.
    enum Kind: Sendable, Equatable {
        /// A word (or an emoji, which is matched like a word).
        case word
        /// A number written in digits or words, with its value.
        case number(Double)
        /// An amount of money ("£4.20", "45p", "20 quid").
        case money
        /// A length of time ("40 mins", "an hour and a half"), in minutes.
        case duration(Double)
        /// The end of a sentence.
        case sentenceEnd
        /// The end of a clause (a comma, semicolon, colon, dash or ellipsis).
        case clauseEnd
    }

    /// The normalised text: lower case, spelling corrected, contractions expanded.
    var text: String
    /// What kind of piece it is.
    var kind: Kind
    /// Whether the original started with a capital letter.
    var capitalised = false
    /// Whether the token stands inside short quotation marks.
    var quoted = false
    /// The word's number in the lexicon's word table, or -1 for a word the lexicon does not know.
    var id: Int32 = -1
    /// The number of the lexicon word this one is a form of ("waited" of `wait`), or -1.
    var lemma: Int32 = -1
    /// Whether the token is a plural of its lemma ("queues"), so that it may match a noun.
    var plural = false
    /// The reader's word classes the word belongs to.
    var flags: WordTable.Flags = []
    /// Whether the token is a capitalised word the lexicon does not know, taken as a person's name.
    var isName = false
    /// Whether it is a time of day later than the one agreed before it (`@late-clock`).
    var lateClock = false
    /// Whether it is a time of day at or just before the one agreed (`@kept-clock`).
    var keptClock = false
    /// Whether it is a time of day soon after the one before it, after "by" (`@quick-clock`).
    var quickClock = false
    /// Whether it is a time of day long after the one before it (`@slow-clock`).
    var slowClock = false
    /// Whether it is a time of day agreed: booked, promised or timetabled.
    var agreedClock = false
    /// Whether it is the end of a window of time booked ("between 8 and *6*").
    var windowEnd = false
    /// An amount of money's value, when known (`@higher-money`, `@quoted-money`).
    var amount: Double?
    /// Whether it is an amount higher than the one before it in its sentence (`@higher-money`).
    var higherAmount = false
    /// Whether it is a rival's amount (or the estimate) this business's amounts are compared with.
    var rivalAmount = false
    /// Whether it is this business's amount, lower than a rival's or the estimate (`@cheaper-money`).
    var cheaperThanRival = false
    /// Whether it is this business's amount, higher than a rival's (`@dearer-money`).
    var dearerThanRival = false
    /// Whether it is an amount equal to one quoted or estimated earlier in the comment (`@quoted-money`).
    var quotedAmount = false
    /// Whether it is a length of time well past one promised in the comment (`@overdue-time`).
    var overdueTime = false
    /// Whether it is a length of time no longer than one promised in the comment (`@kept-time`).
    var keptTime = false
    /// Whether it is the promised length of time another is compared with (no wait itself).
    var comparedPromise = false
    /// Whether it is a day of the week after the one promised in the comment (`@late-day`).
    var lateDay = false
    /// Whether it is the day of the week promised, named again as the day it happened (`@kept-day`).
    var keptDay = false
    /// Whether it is a length of time padded to stress it ("a full nineteen hours", "the best part of an
    /// hour"): `@stressed-time`.
    var stressed = false

    /// Whether it is a time, length or day read against one promised or booked (late, overdue or kept).
    var answersPromise: Bool { lateClock || keptClock || overdueTime || keptTime || lateDay || keptDay }

    /// Whether the token is an emoji (it judges its sentence as a whole, and no negator reaches it).
    var isEmoji: Bool {
        guard let first = text.unicodeScalars.first, first.value >= 0x2000 else { return false }
        return first.properties.isEmoji
    }

    /// Whether the token is a punctuation mark rather than something said.
    var isMark: Bool {
        switch kind {
        case .sentenceEnd, .clauseEnd: true
        default: false
        }
    }
}

extension [Token] {
    /// The nearest word of the class `flag` within the `reach` tokens (punctuation counts) before `index`, in
    /// its sentence.
    func word(_ flag: WordTable.Flags, within reach: Int, before index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= reach, self[cursor].kind != .sentenceEnd {
            if self[cursor].flags.contains(flag) { return cursor }
            cursor -= 1
        }
        return nil
    }
}
