/// One sentence of an utterance with its deadline words found: what the finder, the scopes
/// and the judge of undertakings read.
struct SentenceContext {
    /// The utterance.
    let utterance: Utterance
    /// The sentence.
    let span: SentenceSpan
    /// The deadline words in the sentence, leftmost first.
    let dues: [DuePhrase]
    /// For each token of the sentence (by offset from its start), whether deadline words cover it.
    private let covered: [Bool]

    /// Finds the deadline words of `span`.
    init(_ utterance: Utterance, _ span: SentenceSpan) {
        self.utterance = utterance
        self.tokens = utterance.tokens
        self.span = span
        self.dues = DuePhraseParser(utterance.tokens, end: span.range.upperBound).phrases(in: span.range)
        var covered = [Bool](repeating: false, count: span.range.count)
        for due in dues {
            for index in due.range { covered[index - span.range.lowerBound] = true }
        }
        self.covered = covered
    }

    /// The utterance's tokens.
    let tokens: [Token]
    /// The sentence's token range.
    var range: Range<Int> { span.range }

    /// The word at `index` when it is in the sentence; `nil` otherwise or at punctuation.
    func word(_ index: Int) -> String? {
        range.contains(index) && tokens[index].isWord ? tokens[index].text : nil
    }

    /// Whether the token at `index` is a word in the sentence with any of `classes`.
    func `is`(_ index: Int, _ classes: WordClass) -> Bool {
        range.contains(index) && tokens[index].is(classes)
    }

    /// Whether deadline words cover the token at `index`.
    func isInDue(_ index: Int) -> Bool {
        range.contains(index) && covered[index - range.lowerBound]
    }

    /// Whether one of `phrases` starts at `index`.
    func matches(_ phrases: PhraseIndex, at index: Int) -> Bool {
        range.contains(index) && phrases.match(tokens, at: index, end: range.upperBound) != nil
    }

    /// The index after the longest of `phrases` that starts at `index`.
    func match(_ phrases: PhraseIndex, at index: Int) -> Int? {
        range.contains(index) ? phrases.match(tokens, at: index, end: range.upperBound) : nil
    }

    /// Whether the words from `index` are `sequence`.
    func matches(_ sequence: [String], at index: Int) -> Bool {
        for (offset, wanted) in sequence.enumerated() where word(index + offset) != wanted { return false }
        return true
    }

    /// The index of the next word at or after `index` that is not one of `classes`.
    func skipping(_ classes: WordClass, from index: Int) -> Int {
        var at = index
        while range.contains(at), tokens[at].isWord, tokens[at].is(classes) { at += 1 }
        return at
    }

    /// The index of the nearest word at or before `index` that is not one of `classes`.
    func skippingBack(_ classes: WordClass, from index: Int) -> Int {
        var at = index
        while range.contains(at), tokens[at].isWord, tokens[at].is(classes) { at -= 1 }
        return at
    }
}
