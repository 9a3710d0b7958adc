/// The grammatical and marker classes a word can belong to; a word can be in several.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    /// "i", "we": the speaker or the business.
    static let firstPerson = WordClass(rawValue: 1 << 0)
    /// "you": the customer.
    static let secondPerson = WordClass(rawValue: 1 << 1)
    /// "he", "she", "they".
    static let thirdPerson = WordClass(rawValue: 1 << 2)
    /// "it", "that", "this": a thing as subject.
    static let impersonal = WordClass(rawValue: 1 << 3)
    /// "there" as in "there will be".
    static let existential = WordClass(rawValue: 1 << 4)
    /// "someone", "somebody": an unnamed person of the business.
    static let someone = WordClass(rawValue: 1 << 5)
    /// Articles, possessives and demonstratives: "the", "your", "our", "this".
    static let determiner = WordClass(rawValue: 1 << 6)
    /// Quantifiers that make a subject general: "all", "every", "any", "most".
    static let quantifier = WordClass(rawValue: 1 << 7)
    /// "will", "shall": the future.
    static let futureModal = WordClass(rawValue: 1 << 8)
    /// Modals that do not commit: "would", "could", "should", "might", "may", "can", "must".
    static let weakModal = WordClass(rawValue: 1 << 9)
    /// Forms of "be", "do" and "have".
    static let auxiliary = WordClass(rawValue: 1 << 10)
    /// "not", "never".
    static let negation = WordClass(rawValue: 1 << 11)
    /// "and", "but", "or", "so", "then".
    static let coordinator = WordClass(rawValue: 1 << 12)
    /// Words that turn a sentence against what came before: "but", "however", "though".
    static let contrastive = WordClass(rawValue: 1 << 13)
    /// Words that open a subordinate clause: "if", "when", "because", "that".
    static let subordinator = WordClass(rawValue: 1 << 14)
    /// Discourse fillers, greetings and forms of address: "um", "ok", "so", "sir", "madam".
    static let filler = WordClass(rawValue: 1 << 15)
    /// Adverbs that sit between subject, modal and verb: "definitely", "personally", "also".
    static let midAdverb = WordClass(rawValue: 1 << 16)
    /// Adverbs that hedge: "probably", "hopefully", "maybe".
    static let hedgeAdverb = WordClass(rawValue: 1 << 17)
    /// Adverbs of standing practice: "usually", "normally", "always".
    static let habitual = WordClass(rawValue: 1 << 18)
    /// A plain (base form) verb: "call", "send", "fix".
    static let verb = WordClass(rawValue: 1 << 19)
    /// Verbs of state or need, not action: "need", "cost", "depend".
    static let stativeVerb = WordClass(rawValue: 1 << 20)
    /// Verbs of effort or hope instead of an outcome: "try", "aim", "hope".
    static let hedgeVerb = WordClass(rawValue: 1 << 21)
    /// Verbs that report someone's words: "said", "told", "mentioned".
    static let reportingVerb = WordClass(rawValue: 1 << 22)
    /// Adjectives of a state rather than a deliverable: "closed", "open", "busy", "available".
    static let stateAdjective = WordClass(rawValue: 1 << 23)
    /// Prepositions.
    static let preposition = WordClass(rawValue: 1 << 24)
    /// Question words: "what", "when", "how".
    static let whWord = WordClass(rawValue: 1 << 25)
    /// Object pronouns: "me", "us", "him", "her", "them".
    static let objectPronoun = WordClass(rawValue: 1 << 26)
    /// Verbs after which "if" means "whether": "check", "see", "ask".
    static let inquiryVerb = WordClass(rawValue: 1 << 27)
    /// Words that name a time (weekdays, months, "today", "tomorrow", "morning").
    static let timeWord = WordClass(rawValue: 1 << 28)
    /// Verbs of thinking that hedge with a first-person subject: "think", "believe", "reckon".
    static let opinionVerb = WordClass(rawValue: 1 << 29)

    /// A word deadline words can start with (see ``DuePhraseParser/startWords``).
    static let dueStart = WordClass(rawValue: 1 << 30)
    /// A word that leads deadline words ("by", "within", "before").
    static let dueLead = WordClass(rawValue: 1 << 31)
    /// A word that can open an undertaking other than a modal ("going", "let", "promise", "expect").
    static let undertakingCue = WordClass(rawValue: 1 << 32)
    /// A word that can open a condition or a hedge phrase ("if", "provided", "fingers", "not").
    static let markerCue = WordClass(rawValue: 1 << 33)

    /// Any subject pronoun.
    static let subjectPronoun: WordClass = [.firstPerson, .secondPerson, .thirdPerson, .impersonal, .existential, .someone]
}
