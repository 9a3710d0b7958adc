/// Turns a comment into normalised tokens: spellings corrected, contractions expanded, stretched words
/// ("loooong") shortened, a currency sign repeated three times or more ("£££") read as "expensive",
/// numbers, money and durations recognised, and each word numbered from the lexicon's word table with
/// the word it is a form of.
struct TextReader: Sendable {
    let lexicon: CompiledLexicon

    /// The tokens of `text`.
    func tokens(of text: String) -> [Token] {
        let raw = Tokenizer.tokens(of: text)
        var words: [Token] = []
        words.reserveCapacity(raw.count + 4)
        var index = 0
        while index < raw.count {
            let piece = raw[index]
            switch piece.kind {
            case .sentenceEnd, .clauseEnd:
                words.append(Token(text: piece.text, kind: piece.kind == .sentenceEnd ? .sentenceEnd : .clauseEnd))
            case .currency:
                var run = 1
                while index + run < raw.count, raw[index + run].kind == .currency { run += 1 }
                if run >= 3 {
                    // "£££", "$$$": the sign repeated is a price, read as "expensive".
                    appendKnown("expensive", like: piece, first: true, to: &words)
                    index += run
                    continue
                }
                words.append(Token(text: piece.text, kind: .word, quoted: piece.quoted))
                words[words.count - 1].flags.insert(.currencySign)
            case .emoji:
                appendKnown(piece.text, like: piece, first: true, to: &words)
            case .word where piece.text == "/":
                // The slash of a score or a date ("10/10", "3/10/26"), which Ratings reads.
                words.append(Token(text: "/", kind: .word))
            case .word:
                if let id = lexicon.words.id(piece.text), lexicon.words.entries[Int(id)].startsSpelling,
                    let (meant, length) = spelling(at: index, in: raw)
                {
                    for (offset, word) in meant.enumerated() {
                        appendKnown(word, like: piece, first: offset == 0, to: &words)
                    }
                    index += length
                    continue
                }
                if piece.text.hasSuffix("'d"), lexicon.words.id(piece.text) == nil, participleFollows(index, in: raw) {
                    // "I'd known", "we'd already paid": "'d" before a past participle is "had", not "would".
                    appendKnown(String(piece.text.dropLast(2)), like: piece, first: true, to: &words)
                    appendKnown("had", like: piece, first: false, to: &words)
                } else {
                    append(piece.text, like: piece, to: &words)
                }
            }
            index += 1
        }
        var merged = DurationReader(table: lexicon.words, words: lexicon.durationWords).merge(words)
        Ratings.mark(&merged)
        dropHeadingColons(&merged)
        dropApproximations(&merged)
        unquoteReportedSpeech(&merged)
        markNames(&merged)
        ClockTimes.markLate(&merged, lateAfter: lexicon.settings.longTime)
        MoneyAmounts.markCompared(&merged)
        DurationsCompared.mark(&merged, longTime: lexicon.settings.longTime)
        // Both day readings mark and never move tokens: the days named are found once for them.
        let days = DaySpans.days(in: merged)
        DaysCompared.mark(&merged, days: days)
        DaySpans.mark(&merged, days: days)
        ClockIntervals.mark(&merged)
        return merged
    }

    /// An employee's comment retold as a customer would tell it: the business's "we" is "they", the
    /// customers' "them" and "their" are "me" and "my" ("we text them when their glasses are ready" reads as
    /// "they text me when my glasses are ready"), so the phrases written in a customer's words read it.
    func retold(_ tokens: [Token]) -> [Token] {
        tokens.map { token in
            guard token.kind == .word, let told = Self.customerWords[token.text], let id = lexicon.words.id(told) else { return token }
            var retold = Token(text: told, kind: .word, capitalised: token.capitalised, quoted: token.quoted, id: id)
            let entry = lexicon.words.entries[Int(id)]
            retold.lemma = entry.lemma
            retold.plural = entry.plural
            retold.flags = entry.flags
            return retold
        }
    }

    private static let customerWords = ["we": "they", "them": "me", "their": "my"]

    /// Whether a quotation after `token` is speech: after a reporting verb, a copula or an object pronoun.
    private static func introducesSpeech(_ token: Token) -> Bool {
        token.flags.contains(.reporting) || token.flags.contains(.copula)
            || ["me", "us", "him", "her", "them", "as"].contains(token.text) || givesReason(token)
    }

    /// Whether a quotation after `token` is what someone said as their reason, with no reporting verb
    /// needed: "chose the bakery because 'the bread is always fresh'", "complained, saying 'never again'".
    private static func givesReason(_ token: Token) -> Bool {
        ["because", "saying", "cos", "coz"].contains(token.text)
    }

    /// "Food: cold. Staff: lovely. Coffee: 9/10": a colon after a heading of one or two words at the start of a
    /// sentence or clause does not part the heading from what is said of it (a word or a score), so it is
    /// dropped ("Food cold").
    private func dropHeadingColons(_ tokens: inout [Token]) {
        var index = tokens.count - 2
        while index >= 1 {
            if tokens[index].kind == .clauseEnd, tokens[index].text == ":", tokens[index - 1].kind == .word,
                tokens[index + 1].kind == .word || !tokens[index + 1].marks.isDisjoint(with: [.highRating, .middlingRating, .lowRating])
            {
                let opening = index >= 2 && tokens[index - 2].kind == .word ? index - 2 : index - 1
                if opening == 0 || tokens[opening - 1].isMark { tokens.remove(at: index) }
            }
            index -= 1
        }
    }

    /// "in about five minutes", "saved me around £30": a word of the class `approximate` right before an
    /// amount of money or a length of time is dropped, so the amount reads as if it were exact.
    private func dropApproximations(_ tokens: inout [Token]) {
        // "£30 a month", "£160 a night": a length of time right after money makes a rate; the amount is
        // the price, the time is no wait.
        guard tokens.contains(where: { if case .money = $0.kind { true } else if case .duration = $0.kind { true } else { false } })
        else { return }
        var rate = tokens.count - 1
        while rate > 0 {
            if case .duration = tokens[rate].kind, case .money = tokens[rate - 1].kind { tokens.remove(at: rate) }
            rate -= 1
        }
        guard tokens.contains(where: { $0.flags.contains(.approximate) }) else { return }
        var index = tokens.count - 2
        while index >= 0 {
            if tokens[index].flags.contains(.approximate) {
                switch tokens[index + 1].kind {
                case .money: tokens.remove(at: index)
                case .duration(let minutes) where minutes >= 1: tokens.remove(at: index)
                default: break  // "in about ten seconds" is how fast something was done, kept as it was written
                }
            }
            index -= 1
        }
    }

    /// A quotation of two words or more after a reporting verb in its sentence, standing right after that
    /// verb, a copula or an object pronoun ("P2 said the instructor is 'a legend'", "called me 'young
    /// lady'"), reports what someone said: its words are not scare quotes. A single quoted word stays one
    /// ("said they'd 'fixed' it"), and so does a quoted name ("said the 'price promise' is a joke").
    private func unquoteReportedSpeech(_ tokens: inout [Token]) {
        guard tokens.contains(where: { $0.quoted }) else { return }
        var reported = false
        var index = 0
        while index < tokens.count {
            if case .sentenceEnd = tokens[index].kind {
                reported = false
            } else if tokens[index].flags.contains(.reporting) {
                reported = true
            } else if tokens[index].quoted {
                var end = index
                while end < tokens.count, tokens[end].quoted { end += 1 }
                if (reported || (index > 0 && Self.givesReason(tokens[index - 1]))) && end - index >= 2 && index > 0
                    && Self.introducesSpeech(tokens[index - 1])
                {
                    for quoted in index..<end { tokens[quoted].quoted = false }
                }
                index = end
                continue
            }
            index += 1
        }
    }

    /// Whether a past participle follows the word at `index`, after at most one adverb ("already",
    /// "never"): a known past form of a lexicon word ("paid", "known", "been", "waited").
    private func participleFollows(_ index: Int, in raw: [RawToken]) -> Bool {
        var next = index + 1
        if next < raw.count, raw[next].kind == .word,
            ["already", "just", "never", "ever", "only", "not", "always", "since"].contains(raw[next].text)
        {
            next += 1
        }
        guard next < raw.count, raw[next].kind == .word, let id = lexicon.words.id(raw[next].text) else { return false }
        let entry = lexicon.words.entries[Int(id)]
        guard entry.lemma >= 0, !entry.plural else { return false }
        let text = raw[next].text
        return !(text.hasSuffix("s") || text.hasSuffix("ing") || text.hasSuffix("er") || text.hasSuffix("est")
            || text.hasSuffix("ly"))
    }

    /// The longest spelling of several words written at `index`, with how many raw tokens it covers.
    private func spelling(at index: Int, in raw: [RawToken]) -> ([String], Int)? {
        guard let entries = lexicon.spellings[raw[index].text] else { return nil }
        for entry in entries where index + entry.written.count <= raw.count {
            var matches = true
            for (offset, word) in entry.written.enumerated()
            where raw[index + offset].kind != .word || raw[index + offset].text != word {
                matches = false
                break
            }
            if matches { return (entry.meant, entry.written.count) }
        }
        return nil
    }

    /// Appends a word as it came from the tokenizer: a known word (or its spelling), else a contraction,
    /// a number, a stretched or misspelt known word, or an unknown word.
    private func append(_ text: String, like piece: RawToken, to tokens: inout [Token]) {
        if let id = lexicon.words.id(text) {
            return appendKnown(text, id: id, like: piece, first: true, to: &tokens)
        }
        if text.utf8.contains(UInt8(ascii: "'")), let parts = Contractions.expand(text) {
            for (offset, part) in parts.enumerated() { appendKnown(part, like: piece, first: offset == 0, to: &tokens) }
            return
        }
        if let first = text.utf8.first, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") {
            return appendNumber(text, like: piece, to: &tokens)
        }
        let unstretched = unstretched(text)
        if unstretched != text, let id = lexicon.words.id(unstretched) {
            return appendKnown(unstretched, id: id, like: piece, first: true, to: &tokens)
        }
        if let corrected = lexicon.corrector.correction(of: unstretched) {
            return appendKnown(corrected, like: piece, first: true, to: &tokens)
        }
        appendKnown(unstretched, like: piece, first: true, to: &tokens)
    }

    /// Appends a word, following its one-word spelling when it has one.
    private func appendKnown(_ text: String, id known: Int32? = nil, like piece: RawToken, first: Bool,
                             to tokens: inout [Token])
    {
        var token = Token(text: text, kind: .word, capitalised: first && piece.capitalised, quoted: piece.quoted)
        if let id = known ?? lexicon.words.id(text) {
            let entry = lexicon.words.entries[Int(id)]
            if let replacement = entry.replacement {
                for (offset, word) in replacement.enumerated() {
                    appendKnown(word, like: piece, first: first && offset == 0, to: &tokens)
                }
                return
            }
            token.id = id
            token.lemma = entry.lemma
            token.plural = entry.plural
            token.flags = entry.flags
            if let value = entry.number { token.kind = .number(value) }
        }
        if case .word = token.kind, let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9"),
            let value = Double(text)
        {
            token.kind = .number(value)
        }
        tokens.append(token)
    }

    /// Appends digits as a number, splitting trailing letters off ("40mins" is `40 mins`, "45p" is `45 p`, "22nd"
    /// is `22 nd`).
    private func appendNumber(_ text: String, like piece: RawToken, to tokens: inout [Token]) {
        let scalars = text.unicodeScalars
        let letter = scalars.firstIndex { !("0"..."9").contains($0) && $0 != "." } ?? scalars.endIndex
        let digits = String(scalars[..<letter])
        var token = Token(text: digits, kind: .word, quoted: piece.quoted)
        token.id = lexicon.words.id(digits) ?? -1
        if let value = Double(digits) { token.kind = .number(value) }
        tokens.append(token)
        guard letter < scalars.endIndex else { return }
        let rest = String(scalars[letter...])
        if ["st", "nd", "rd", "th"].contains(rest) {
            // "22nd", "23rd": an ordinal's ending, kept as written (not corrected to "and" or "road").
            tokens.append(Token(text: rest, kind: .word, quoted: piece.quoted, id: lexicon.words.id(rest) ?? -1))
        } else {
            append(rest, like: piece, to: &tokens)
        }
    }

    /// `text` with runs of three or more equal letters cut to two or one, whichever the lexicon knows.
    private func unstretched(_ text: String) -> String {
        var previous: UInt8 = 0
        var run = 0
        var stretched = false
        for byte in text.utf8 {
            run = byte == previous ? run + 1 : 1
            if run >= 3 { stretched = true }
            previous = byte
        }
        guard stretched else { return text }
        let double = collapse(text, keeping: 2)
        if lexicon.words.id(double) != nil { return double }
        let single = collapse(text, keeping: 1)
        return lexicon.words.id(single) != nil ? single : double
    }

    private func collapse(_ text: String, keeping limit: Int) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == previous ? run + 1 : 1
            previous = scalar
            if run <= limit { result.append(scalar) }
        }
        return String(result)
    }

    /// Flags capitalised words the lexicon does not know as names: inside a sentence ("Marcus, who was
    /// great"), or first in it when a word of the class `after-name` follows ("Jo on the phones").
    private func markNames(_ tokens: inout [Token]) {
        for index in tokens.indices where tokens[index].capitalised && tokens[index].kind == .word
            && tokens[index].id < 0
        {
            guard tokens[index].text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { continue }
            // "the Leeds branch", "the Tesco down the road": a place or a business, not a person.
            if index + 1 < tokens.count, tokens[index + 1].flags.contains(.place) { continue }
            if index > 0, tokens[index - 1].text == "the" { continue }
            let startsSentence = index == 0 || tokens[index - 1].kind == .sentenceEnd
            if startsSentence {
                guard index + 1 < tokens.count, tokens[index + 1].flags.contains(.afterName) else { continue }
            }
            tokens[index].isName = true
        }
    }
}
