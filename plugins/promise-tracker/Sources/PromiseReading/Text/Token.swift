/// One word or punctuation mark of an utterance, normalised for matching.
///
/// Words are lower case ASCII where the text was ASCII, without dots ("a.m." is "am") and
/// with contractions already expanded ("I'll" is two tokens, "i" and "will", that share the
/// original span). `start` and `end` are UTF-8 offsets into the original text, so the words a
/// match covers can be cut from it verbatim.
struct Token: Sendable {
    /// What a token is.
    enum Kind: UInt8, Sendable {
        /// A word, a number or a number with letters ("4pm", "25th", "3/4", "16:00").
        case word
        /// A clause break inside a sentence: a comma, a colon or a dash between spaces.
        case comma
        /// The end of a sentence: a full stop, an exclamation mark or a semicolon.
        case stop
        /// A question mark: the end of a sentence asked as a question.
        case question
        /// A hyphen between two numbers ("2-3 days").
        case hyphen
    }

    /// The normalised text ("will", "4pm", ","); empty for punctuation other than commas.
    let text: String
    /// What the token is.
    let kind: Kind
    /// UTF-8 offset of the first byte of the original word.
    let start: Int
    /// UTF-8 offset just past the original word.
    let end: Int
    /// Whether the original word began with a capital letter.
    let capitalised: Bool
    /// The word's classes from the lexicon (empty for punctuation and unknown words).
    let classes: WordClass

    /// A token; `classes` are looked up in the lexicon for words unless given.
    init(text: String, kind: Kind, start: Int, end: Int, capitalised: Bool, classes: WordClass? = nil) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.capitalised = capitalised
        self.classes = classes ?? (kind == .word ? Lexicon.classes(of: text) : [])
    }

    /// Whether this is a word (not punctuation).
    var isWord: Bool { kind == .word }

    /// Whether the word has any of `wanted`'s classes.
    func `is`(_ wanted: WordClass) -> Bool { !classes.isDisjoint(with: wanted) }
}
