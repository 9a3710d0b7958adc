/// An utterance cut into tokens, with what the matcher needs to know about the whole text.
struct TokenizedText: Sendable {
    /// The text the token ranges point into: the input, composed to NFC when it was not.
    var text: String
    /// The words, in order.
    var tokens: [Token]
    /// True when the text is written with case (typed, or a cased transcript); false for a
    /// speech-recognition transcript in lower case, or all capitals, or a caseless script.
    var cased: Bool
    /// True when some letter carries a Vietnamese tone spelling (so accents tell words apart).
    var tonal: Bool
    /// True when the text has Han or kana characters.
    var hasHan: Bool
    /// True when the text has Hangul.
    var hasHangul: Bool

    /// The folded key of the token at `index`, or "" outside the text.
    func key(_ index: Int) -> String {
        index >= 0 && index < tokens.count ? tokens[index].key : ""
    }

    /// What separates the token at `index` from the one before (`.stop` at the start).
    func boundary(before index: Int) -> Boundary {
        index > 0 && index <= tokens.count ? tokens[index - 1].after : .stop
    }

    /// True when the token at `index` starts a sentence (or the utterance, or follows a colon).
    func startsSentence(_ index: Int) -> Bool {
        let before = boundary(before: index)
        return before.endsSentence || before == .colon
    }

    /// The text of tokens `first...last` as written, possessive included.
    func span(_ first: Int, _ last: Int) -> String {
        Self.slice(text, tokens[first].start, tokens[last].end)
    }

    /// The text between two UTF-8 offsets.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        let to = utf8.index(utf8.startIndex, offsetBy: end)
        return String(text[from..<to])
    }
}
