/// Merges amounts of money ("£4.20", "45p") and lengths of time ("40 mins", "an hour and a half",
/// "half an hour", "a couple of hours", "the best part of an hour") into single tokens. "A second"
/// before a noun is an ordinal ("a second checkout"), not a length of time. A length padded to stress
/// it ("a full nineteen hours", "a good hour", "the best part of an hour") is marked `stressed`.
struct DurationReader: Sendable {
    /// The lexicon's word table (units of time are its entries' `unit`).
    let table: WordTable
    /// The numbers of the words lengths of time are built from.
    let words: DurationWords

    /// `tokens` with money and durations merged.
    func merge(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.flags.contains(.currencySign), index + 1 < tokens.count, case .number(let value) = tokens[index + 1].kind {
                result.append(merged(.money, "#money", from: tokens[index + 1]))
                result[result.count - 1].amount = value
                index += 2
            } else if case .number(let value) = token.kind, index + 1 < tokens.count, tokens[index + 1].flags.contains(.currency) {
                result.append(merged(.money, "#money", from: token))
                let unit = tokens[index + 1].text
                result[result.count - 1].amount = value * (unit == "p" || unit == "pence" ? 0.01 : unit == "grand" ? 1000 : 1)
                index += 2
            } else if let (minutes, end) = duration(at: index, in: tokens) {
                result.append(merged(.duration(minutes), "#time", from: token))
                result[result.count - 1].stressed = Self.isStressed(tokens, from: index)
                index = end
            } else {
                result.append(token)
                index += 1
            }
        }
        return result
    }

    private func merged(_ kind: Token.Kind, _ text: String, from token: Token) -> Token {
        Token(text: text, kind: kind, quoted: token.quoted)
    }

    /// Whether the length of time starting at `index` is padded to stress it: "a full", "a whole", "a good",
    /// "a solid", "the best part of".
    private static func isStressed(_ tokens: [Token], from index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let first = tokens[index].text, second = tokens[index + 1].text
        return (first == "a" || first == "an") && isPadding(second) || second == "best" || first == "best"
    }

    /// The length in minutes of a duration starting at `index`, and the index after it.
    func duration(at index: Int, in tokens: [Token]) -> (Double, Int)? {
        guard let (count, unitIndex) = quantity(at: index, in: tokens), let unit = unitMinutes(tokens, unitIndex)
        else { return nil }
        // "a second checkout", "a second mortgage": an ordinal before a noun, not a length of time.
        if tokens[unitIndex].id == words.second, unitIndex + 1 < tokens.count, tokens[unitIndex + 1].kind == .word,
            tokens[unitIndex + 1].id != words.and
        {
            return nil
        }
        var minutes = count * unit
        var end = unitIndex + 1
        if end < tokens.count, tokens[end].id == words.and {
            if end + 2 < tokens.count, tokens[end + 1].id == words.a, tokens[end + 2].id == words.half {
                minutes += unit / 2
                end += 3
            } else if let (extra, extraUnit) = quantity(at: end + 1, in: tokens),
                let more = unitMinutes(tokens, extraUnit)
            {
                minutes += extra * more
                end = extraUnit + 1
            }
        }
        return (minutes, end)
    }

    /// Whether a word pads a length of time after "a": "a good hour", "a solid twenty minutes".
    private static func isPadding(_ word: String) -> Bool {
        word == "good" || word == "solid" || word == "full" || word == "whole"
    }

    /// A count of units starting at `index` ("40", "forty five", "an", "half an", "a couple of") and
    /// the index of the unit word that should follow.
    private func quantity(at index: Int, in tokens: [Token]) -> (Double, Int)? {
        guard index < tokens.count else { return nil }
        func id(_ offset: Int) -> Int32 {
            index + offset < tokens.count ? tokens[index + offset].id : -1
        }
        let first = tokens[index].id
        if first == words.half, id(1) == words.a || id(1) == words.an { return (0.5, index + 2) }
        // "a half hour", "an extra half hour", "half day": half of the unit right after it.
        if first == words.half, unitMinutes(tokens, index + 1) != nil { return (0.5, index + 1) }
        if first == words.a, id(1) == words.half, unitMinutes(tokens, index + 2) != nil { return (0.5, index + 2) }
        if first == words.couple, id(1) == words.of { return (2, index + 2) }
        if first == words.few || first == words.several { return (3, index + 1) }
        if first == words.a || first == words.an, index + 2 < tokens.count,
            Self.isPadding(tokens[index + 1].text)
        {
            // "a good hour", "a solid 20 minutes": the padding word says the span was at least that long.
            if case .number = tokens[index + 2].kind { return quantity(at: index + 2, in: tokens) }
            if let minutes = unitMinutes(tokens, index + 2), minutes <= 60 { return (1, index + 2) }
        }
        if first == words.a || first == words.an || first == words.one || first == words.my || first == words.the
            || first == words.our
        {
            if id(1) == words.couple, id(2) == words.of { return (2, index + 3) }
            if id(1) == words.few { return (3, index + 2) }
            return first == words.my || first == words.the || first == words.our ? nil : (1, index + 1)
        }
        if first == words.best, id(1) == words.part, id(2) == words.of {
            let next = id(3)
            let determiner = [words.a, words.an, words.the, words.my, words.our, words.one].contains(next)
            // "the best part of forty minutes": nine tenths of the count that follows.
            if !determiner, case .number = tokens[min(index + 3, tokens.count - 1)].kind, index + 3 < tokens.count,
                let (count, unit) = quantity(at: index + 3, in: tokens)
            {
                return (0.9 * count, unit)
            }
            return (0.9, index + (determiner ? 4 : 3))
        }
        guard case .number(let value) = tokens[index].kind else { return nil }
        if index + 1 < tokens.count, case .number(let units) = tokens[index + 1].kind,
            value >= 20, value.truncatingRemainder(dividingBy: 10) == 0, units < 10
        {
            return (value + units, index + 2)
        }
        return (value, index + 1)
    }

    private func unitMinutes(_ tokens: [Token], _ index: Int) -> Double? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let token = tokens[index]
        if token.id >= 0, let minutes = table.entries[Int(token.id)].unit { return minutes }
        // "hours" is a unit, "weekly" and "hourly" are not ("a weekly update" is no length of time).
        if token.lemma >= 0, token.plural, let minutes = table.entries[Int(token.lemma)].unit { return minutes }
        return nil
    }
}
