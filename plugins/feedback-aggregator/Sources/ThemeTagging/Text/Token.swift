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
    /// An amount of money's value, when known (`@higher-money`, `@quoted-money`).
    var amount: Double?
    /// What the readings of times, days and amounts found about the token, one bit each: kept apart as
    /// separate flags they made every copy of a token larger, and copying tokens cost 5% of tagging (by perf).
    var marks: Marks = []

    /// The readings' marks, read through the properties below.
    struct Marks: OptionSet, Sendable {
        let rawValue: UInt32
        static let lateClock = Marks(rawValue: 1 << 0)
        static let keptClock = Marks(rawValue: 1 << 1)
        static let quickClock = Marks(rawValue: 1 << 2)
        static let slowClock = Marks(rawValue: 1 << 3)
        static let agreedClock = Marks(rawValue: 1 << 4)
        static let windowEnd = Marks(rawValue: 1 << 5)
        static let higherAmount = Marks(rawValue: 1 << 6)
        static let rivalAmount = Marks(rawValue: 1 << 7)
        static let cheaperThanRival = Marks(rawValue: 1 << 8)
        static let dearerThanRival = Marks(rawValue: 1 << 9)
        static let quotedAmount = Marks(rawValue: 1 << 10)
        static let overdueTime = Marks(rawValue: 1 << 11)
        static let keptTime = Marks(rawValue: 1 << 12)
        static let comparedPromise = Marks(rawValue: 1 << 13)
        static let lateDay = Marks(rawValue: 1 << 14)
        static let keptDay = Marks(rawValue: 1 << 15)
        static let stressed = Marks(rawValue: 1 << 16)
        static let highRating = Marks(rawValue: 1 << 17)
        static let middlingRating = Marks(rawValue: 1 << 18)
        static let lowRating = Marks(rawValue: 1 << 19)
        static let quickDay = Marks(rawValue: 1 << 20)
        static let slowDay = Marks(rawValue: 1 << 21)
    }

    /// Whether it is a time of day later than the one agreed before it (`@late-clock`).
    var lateClock: Bool {
        get { marks.contains(.lateClock) }
        set { if newValue { marks.insert(.lateClock) } else { marks.remove(.lateClock) } }
    }
    /// Whether it is a time of day at or just before the one agreed (`@kept-clock`).
    var keptClock: Bool {
        get { marks.contains(.keptClock) }
        set { if newValue { marks.insert(.keptClock) } else { marks.remove(.keptClock) } }
    }
    /// Whether it is a time of day soon after the one before it, after "by" (`@quick-clock`).
    var quickClock: Bool {
        get { marks.contains(.quickClock) }
        set { if newValue { marks.insert(.quickClock) } else { marks.remove(.quickClock) } }
    }
    /// Whether it is a time of day long after the one before it (`@slow-clock`).
    var slowClock: Bool {
        get { marks.contains(.slowClock) }
        set { if newValue { marks.insert(.slowClock) } else { marks.remove(.slowClock) } }
    }
    /// Whether it is a time of day agreed: booked, promised or timetabled.
    var agreedClock: Bool {
        get { marks.contains(.agreedClock) }
        set { if newValue { marks.insert(.agreedClock) } else { marks.remove(.agreedClock) } }
    }
    /// Whether it is the end of a window of time booked ("between 8 and *6*").
    var windowEnd: Bool {
        get { marks.contains(.windowEnd) }
        set { if newValue { marks.insert(.windowEnd) } else { marks.remove(.windowEnd) } }
    }
    /// Whether it is an amount higher than the one before it in its sentence (`@higher-money`).
    var higherAmount: Bool {
        get { marks.contains(.higherAmount) }
        set { if newValue { marks.insert(.higherAmount) } else { marks.remove(.higherAmount) } }
    }
    /// Whether it is a rival's amount (or the estimate) this business's amounts are compared with.
    var rivalAmount: Bool {
        get { marks.contains(.rivalAmount) }
        set { if newValue { marks.insert(.rivalAmount) } else { marks.remove(.rivalAmount) } }
    }
    /// Whether it is this business's amount, lower than a rival's or the estimate (`@cheaper-money`).
    var cheaperThanRival: Bool {
        get { marks.contains(.cheaperThanRival) }
        set { if newValue { marks.insert(.cheaperThanRival) } else { marks.remove(.cheaperThanRival) } }
    }
    /// Whether it is this business's amount, higher than a rival's (`@dearer-money`).
    var dearerThanRival: Bool {
        get { marks.contains(.dearerThanRival) }
        set { if newValue { marks.insert(.dearerThanRival) } else { marks.remove(.dearerThanRival) } }
    }
    /// Whether it is an amount equal to one quoted or estimated earlier in the comment (`@quoted-money`).
    var quotedAmount: Bool {
        get { marks.contains(.quotedAmount) }
        set { if newValue { marks.insert(.quotedAmount) } else { marks.remove(.quotedAmount) } }
    }
    /// Whether it is a length of time well past one promised in the comment (`@overdue-time`).
    var overdueTime: Bool {
        get { marks.contains(.overdueTime) }
        set { if newValue { marks.insert(.overdueTime) } else { marks.remove(.overdueTime) } }
    }
    /// Whether it is a length of time no longer than one promised in the comment (`@kept-time`).
    var keptTime: Bool {
        get { marks.contains(.keptTime) }
        set { if newValue { marks.insert(.keptTime) } else { marks.remove(.keptTime) } }
    }
    /// Whether it is the promised length of time another is compared with (no wait itself).
    var comparedPromise: Bool {
        get { marks.contains(.comparedPromise) }
        set { if newValue { marks.insert(.comparedPromise) } else { marks.remove(.comparedPromise) } }
    }
    /// Whether it is a day of the week after the one promised in the comment (`@late-day`).
    var lateDay: Bool {
        get { marks.contains(.lateDay) }
        set { if newValue { marks.insert(.lateDay) } else { marks.remove(.lateDay) } }
    }
    /// Whether it is the day of the week promised, named again as the day it happened (`@kept-day`).
    var keptDay: Bool {
        get { marks.contains(.keptDay) }
        set { if newValue { marks.insert(.keptDay) } else { marks.remove(.keptDay) } }
    }
    /// Whether it is a length of time padded to stress it ("a full nineteen hours", "the best part of an
    /// hour"): `@stressed-time`.
    var stressed: Bool {
        get { marks.contains(.stressed) }
        set { if newValue { marks.insert(.stressed) } else { marks.remove(.stressed) } }
    }

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
