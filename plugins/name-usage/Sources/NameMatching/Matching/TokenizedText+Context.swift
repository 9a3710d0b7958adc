/// Reading the words around a position.
extension TokenizedText {
    /// True when the token at `index` spells `word` (a possessive `it's` spells `its`).
    func spells(_ index: Int, _ word: String) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        if token.key == word { return true }
        return token.possessive && word.count == token.key.count + 1 && word.hasSuffix("s")
            && word.hasPrefix(token.key)
    }

    /// True when one of `phrases` ends right before `index`, its words joined by white space
    /// only (the last may be followed by a comma when `allowComma`).
    func phrase(_ phrases: [[String]], endsBefore index: Int, allowComma: Bool = false) -> Bool {
        phrases.contains { phrase in
            let start = index - phrase.count
            guard start >= 0 else { return false }
            for (offset, word) in phrase.enumerated() {
                let position = start + offset
                guard spells(position, word) else { return false }
                let boundary = tokens[position].after
                let last = offset == phrase.count - 1
                guard boundary.joins || (last && allowComma && boundary == .comma) else { return false }
            }
            return true
        }
    }

    /// True when one of `phrases` starts at `index` (words joined by white space; anything may
    /// follow the last).
    func phrase(_ phrases: [[String]], startsAt index: Int) -> Bool {
        phrases.contains { phrase in
            guard index + phrase.count <= tokens.count else { return false }
            for (offset, word) in phrase.enumerated() {
                let position = index + offset
                guard spells(position, word) else { return false }
                if offset < phrase.count - 1, !tokens[position].after.joins { return false }
            }
            return true
        }
    }

    /// The token before `index` when only white space (or a hyphen) separates them.
    func joinedBefore(_ index: Int) -> Token? {
        guard index > 0, tokens[index - 1].after.joins else { return nil }
        return tokens[index - 1]
    }

    /// The token after `index` when only white space (or a hyphen) separates them.
    func joinedAfter(_ index: Int) -> Token? {
        guard index + 1 < tokens.count, tokens[index].after.joins else { return nil }
        return tokens[index + 1]
    }

    /// True when the text has any punctuation (so a missing comma means something).
    var punctuated: Bool {
        tokens.contains { $0.after != .space && $0.after != .hyphen && $0.after != .end }
    }

    /// Index of the last token of the sentence that contains `index`.
    func sentenceEnd(from index: Int) -> Int {
        var position = index
        while position < tokens.count - 1, !tokens[position].after.endsSentence { position += 1 }
        return position
    }

    /// Index of the first token of the sentence that contains `index`.
    func sentenceStart(from index: Int) -> Int {
        var position = index
        while position > 0, !tokens[position - 1].after.endsSentence { position -= 1 }
        return position
    }
}
