/// Builds the folded look-up sets of the lexicons from readable word lists.
enum WordList {
    /// The folded keys of every word in `text` (white space or commas between words; `#`
    /// starts a comment to the end of the line). Accents and case may be written naturally.
    static func keys(_ text: String) -> Set<String> {
        var result = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            for token in Tokenizer.tokenize(String(content)).tokens { result.insert(token.key) }
        }
        return result
    }

    /// The folded key sequences of comma-separated phrases in `text` (`thank you, good morning`).
    static func phrases(_ text: String) -> [[String]] {
        text.split(separator: ",").compactMap { phrase in
            let keys = Tokenizer.tokenize(String(phrase)).tokens.map(\.key)
            return keys.isEmpty ? nil : keys
        }
    }
}
