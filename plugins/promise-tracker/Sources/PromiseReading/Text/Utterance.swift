/// An utterance cut into tokens and sentences once, for every reading of it.
struct Utterance: Sendable {
    /// The text as given.
    let text: String
    /// Its tokens, contractions expanded.
    let tokens: [Token]
    /// Its sentences, in order; never empty ones.
    let sentences: [SentenceSpan]

    /// Tokenises `text`.
    init(_ text: String) {
        self.text = text
        let raw = Tokeniser.rawWords(text)
        self.tokens = Contractions.expand(raw)
        var sentences: [SentenceSpan] = []
        var start = 0
        for (index, token) in tokens.enumerated() where token.kind == .stop || token.kind == .question {
            if index > start { sentences.append(SentenceSpan(range: start..<index, endsWithQuestionMark: token.kind == .question)) }
            start = index + 1
        }
        if tokens.count > start { sentences.append(SentenceSpan(range: start..<tokens.count, endsWithQuestionMark: false)) }
        self.sentences = sentences
    }

    /// The original text covered by tokens `range` (from the first's start to the last's end).
    func text(of range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: tokens[range.lowerBound].start)
        let to = utf8.index(utf8.startIndex, offsetBy: tokens[range.upperBound - 1].end)
        return text[from..<to]
    }

    /// The `String.Index` range of the original text covered by tokens `range`.
    func stringRange(of range: Range<Int>) -> Range<String.Index> {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: tokens[range.lowerBound].start)
        let to = utf8.index(utf8.startIndex, offsetBy: tokens[range.upperBound - 1].end)
        return from..<to
    }

    /// The text of the word at `index`, or `nil` past the end or at punctuation.
    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count && tokens[index].kind == .word ? tokens[index].text : nil
    }
}
