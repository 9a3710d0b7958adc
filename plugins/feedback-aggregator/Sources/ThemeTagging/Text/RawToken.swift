/// A piece of text as the tokenizer cuts it, before the lexicon's spellings and word forms are applied.
struct RawToken: Sendable, Equatable {
    /// What kind of piece it is.
    enum Kind: Sendable, Equatable {
        /// Letters and digits, possibly with inner apostrophes ("wasn't", "gr8", "45p").
        case word
        /// A currency sign ("£", "$", "€") that may start an amount of money.
        case currency
        /// One emoji.
        case emoji
        /// The end of a sentence: `.`, `!`, `?` or a line break.
        case sentenceEnd
        /// The end of a clause: `,`, `;`, `:`, a dash, a bracket or an ellipsis.
        case clauseEnd
    }

    /// The lower-cased text.
    var text: String
    /// What kind of piece it is.
    var kind: Kind
    /// Whether the original started with a capital letter.
    var capitalised: Bool = false
    /// Whether the piece stands inside short quotation marks ('fixed', "express").
    var quoted: Bool = false
}
