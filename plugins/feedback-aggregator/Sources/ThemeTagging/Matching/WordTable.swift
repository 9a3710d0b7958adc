/// Every word the lexicon knows, numbered, with what reading needs to know about it: the word it is a
/// form of, whether it is a plural, its value as a number or a unit of time, the classes it belongs to,
/// and what it stands for when it is a misspelling.
struct WordTable: Sendable {
    /// Classes of words the reader itself uses.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let event = Flags(rawValue: 1 << 0)
        static let copula = Flags(rawValue: 1 << 1)
        static let relative = Flags(rawValue: 1 << 2)
        static let pronoun = Flags(rawValue: 1 << 3)
        static let correction = Flags(rawValue: 1 << 4)
        static let determiner = Flags(rawValue: 1 << 5)
        static let about = Flags(rawValue: 1 << 6)
        static let negator = Flags(rawValue: 1 << 7)
        static let currency = Flags(rawValue: 1 << 8)
        static let afterName = Flags(rawValue: 1 << 9)
        static let skippable = Flags(rawValue: 1 << 10)
        /// A currency sign ("£") that may start an amount of money.
        static let currencySign = Flags(rawValue: 1 << 11)
        static let customer = Flags(rawValue: 1 << 12)
        /// A word that makes an amount approximate ("about", "around"): dropped before money or a duration.
        static let approximate = Flags(rawValue: 1 << 13)
        /// A verb that reports speech ("said", "called"): a quotation after it is quoted, not scare quotes.
        static let reporting = Flags(rawValue: 1 << 14)
        /// A word that may stand between a subject and its verb ("did", "not", "still"), for the
        /// customer-subject test.
        static let auxiliary = Flags(rawValue: 1 << 15)
        /// A word of knowing or asking ("know", "idea", "ask"): a judgement of the expertise theme that holds
        /// one and has a customer as its subject is the customer's own knowledge.
        static let knowing = Flags(rawValue: 1 << 16)
        /// A word for a place ("branch", "store"): a capitalised word before it names the place, not a person.
        static let place = Flags(rawValue: 1 << 17)
        /// A verb of having met something elsewhere ("had", "seen"): a comparative after it compares
        /// with elsewhere ("I've had friendlier welcomes at the dentist").
        static let experience = Flags(rawValue: 1 << 18)
        /// A word that joins a second action ("and", "then"): negation and mentions stop before it when a
        /// verb in the past follows.
        static let coordinator = Flags(rawValue: 1 << 19)
        /// A verb of the customer's own contacting or asking ("emailed", "rang", "asked"): a theme's aspect
        /// after it and an `about` word is what the customer asked about, not something left undisclosed.
        static let enquiry = Flags(rawValue: 1 << 20)
        /// A word of an agreed time ("booked", "appointment"): a time of day after it is the time agreed.
        static let booking = Flags(rawValue: 1 << 21)
        /// A word of a price given in advance ("quote", "estimate"): an amount after it is the one quoted.
        static let quoting = Flags(rawValue: 1 << 22)
        /// A word of a promise ("said", "quoted", "would"): a length of time after it is the one promised.
        static let promising = Flags(rawValue: 1 << 23)
        /// A word that confirms what was revealed ("turned out to be *true*"): the report was right.
        static let confirming = Flags(rawValue: 1 << 24)

        /// The lexicon class that sets each flag.
        static let classes: [(String, Flags)] = [
            ("event", .event), ("copula", .copula), ("relative", .relative), ("pronoun", .pronoun),
            ("correction", .correction), ("determiner", .determiner), ("about", .about),
            ("currency", .currency), ("after-name", .afterName), ("customer", .customer),
            ("approximate", .approximate), ("reporting", .reporting), ("auxiliary", .auxiliary),
            ("knowing", .knowing), ("place", .place),
            ("experience", .experience), ("coordinator", .coordinator), ("enquiry", .enquiry), ("booking", .booking), ("quoting", .quoting),
            ("promising", .promising), ("confirming", .confirming),
        ]
    }

    /// What is known about one word.
    struct Entry: Sendable {
        /// The word this one is a form of, or -1.
        var lemma: Int32 = -1
        /// Whether it is a plural of `lemma`.
        var plural = false
        /// Its value, when it is a number word.
        var number: Double?
        /// Its length in minutes, when it is a unit of time.
        var unit: Double?
        var flags: Flags = []
        /// Whether a spelling of several words starts with it.
        var startsSpelling = false
        /// What it stands for, when it is a one-word spelling or a contraction.
        var replacement: [String]?
    }

    private(set) var ids: [String: Int32] = [:]
    private(set) var entries: [Entry] = []
    private var texts: [String] = []

    /// The number of `word`, if the table knows it.
    func id(_ word: String) -> Int32? { ids[word] }

    /// The word numbered `id`.
    func word(_ id: Int32) -> String { texts[Int(id)] }

    /// The number of `word`, adding it when it is new.
    @discardableResult
    mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(entries.count)
        ids[word] = id
        entries.append(Entry())
        texts.append(word)
        return id
    }

    /// Changes the entry of `word` (adding the word when it is new).
    mutating func update(_ word: String, _ change: (inout Entry) -> Void) {
        let id = intern(word)
        change(&entries[Int(id)])
    }

    /// Gives every form the classes of the word it is a form of.
    mutating func inheritFlags() {
        for index in entries.indices where entries[index].lemma >= 0 {
            entries[index].flags.formUnion(entries[Int(entries[index].lemma)].flags)
        }
    }
}
