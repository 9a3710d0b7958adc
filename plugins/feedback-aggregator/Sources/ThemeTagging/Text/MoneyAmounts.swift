/// Prices compared as two amounts: "went from $59.99 to $94.99" (`@higher-money`: an amount higher than
/// the one before it in its sentence), "They quoted me $89 and charged $89", "The quote said £420. The
/// invoice said £420." (`@quoted-money`: an amount equal to one that followed a `quoting` word, within
/// four words, earlier in the comment).
enum MoneyAmounts {
    /// Marks the compared amounts in `tokens`.
    static func markCompared(_ tokens: inout [Token]) {
        var previousInSentence: Double?
        var quoted: [Double] = []
        for index in tokens.indices {
            if tokens[index].kind == .sentenceEnd { previousInSentence = nil }
            guard tokens[index].kind == .money, let amount = tokens[index].amount else { continue }
            if let previous = previousInSentence, amount > previous { tokens[index].higherAmount = true }
            if quoted.contains(amount) {
                tokens[index].quotedAmount = true
            } else if (max(0, index - 4)..<index).contains(where: { tokens[$0].flags.contains(.quoting) }) {
                quoted.append(amount)
            }
            previousInSentence = amount
        }
        markAgainstRivals(&tokens)
    }

    /// "Main dealer quoted £620. These lads did it for £380" (`@cheaper-money`), "our labour rate of £165
    /// an hour, when the independent down the road charges £70" (`@dearer-money`): an amount named with
    /// another business ("main dealer", "everyone else", "another garage", "down the road") or as the
    /// estimate, within the six words before it (or "estimate" right after it), or given by a quoting word
    /// within the three before it ("quoted me £280 ... the bill was £455"), is the rival's; every other
    /// amount in the comment is this business's and is marked cheaper or dearer than the rival's. Against a
    /// quote, only an amount billed (a `billing` word in the four words before it: "the bill was", "charged")
    /// is compared, not another part of the quote ("quoted £280 for the job and £40 for parts"). With no
    /// rival's amount, or none of this business's, nothing is compared.
    static func markAgainstRivals(_ tokens: inout [Token]) {
        let amounts = tokens.indices.filter { tokens[$0].kind == .money && tokens[$0].amount != nil }
        guard amounts.count >= 2 else { return }
        let kinds = amounts.map { rival(tokens, $0) }
        let rivals = amounts.indices.filter { kinds[$0] != nil }.map { amounts[$0] }
        guard let first = kinds.firstIndex(where: { $0 != nil }), let price = tokens[amounts[first]].amount,
            rivals.count < amounts.count
        else { return }
        let againstQuote = kinds[first] == .quote
        for index in rivals { tokens[index].rivalAmount = true }
        for index in amounts where !rivals.contains(index) {
            guard let amount = tokens[index].amount, amount != price else { continue }
            if againstQuote, !(max(0, index - 4)..<index).contains(where: { billingWords.contains(tokens[$0].text) }) { continue }
            if amount < price { tokens[index].cheaperThanRival = true } else { tokens[index].dearerThanRival = true }
        }
    }

    /// Whose an amount compared is: another business's (or the estimate), or a quote given.
    private enum Rival { case business, quote }

    /// Words before an amount that make it what was billed.
    private static let billingWords: Set<String> = [
        "bill", "billed", "charged", "charge", "charges", "invoice", "invoiced", "paid", "pay", "total", "came",
        "cost", "costs", "said", "ended", "final", "was", "were",
    ]

    /// Whether the amount at `index` is another business's, or the estimate or quote ("quoted me £280"): "here"
    /// right after it makes it this business's ("came to £47 here"); "at", "in" or "from" a rival right after
    /// it makes it the rival's ("£62 at the big place down the road").
    private static func rival(_ tokens: [Token], _ index: Int) -> Rival? {
        if index + 1 < tokens.count, ["estimate", "quote"].contains(tokens[index + 1].text) { return .business }
        if (index + 1..<min(tokens.count, index + 3)).contains(where: { tokens[$0].text == "here" }) { return nil }
        if index + 1 < tokens.count, ["at", "in", "from"].contains(tokens[index + 1].text) {
            var ahead = index + 2
            while ahead < tokens.count, ahead - index <= 7, !tokens[ahead].isMark, tokens[ahead].kind != .money {
                if names(tokens, ahead) { return .business }
                ahead += 1
            }
        }
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 6, tokens[cursor].kind != .sentenceEnd {
            if names(tokens, cursor) { return .business }
            cursor -= 1
        }
        // "they quoted me £280", "quote of £280": the amount a quoting word gives, with no amount between them.
        var before = index - 1
        while before >= 0, index - before <= 3, !tokens[before].isMark, tokens[before].kind != .money {
            if tokens[before].flags.contains(.quoting) { return .quote }
            before -= 1
        }
        return nil
    }

    /// Whether the word at `cursor` names another business (or ends a phrase that does).
    private static func names(_ tokens: [Token], _ cursor: Int) -> Bool {
        let word = tokens[cursor].text
        if rivalWords.contains(word) { return true }
        if word == "else", cursor > 0, ["everyone", "everywhere", "anywhere", "everybody", "somewhere"].contains(tokens[cursor - 1].text) {
            return true
        }
        if word == "other" || word == "another", cursor + 1 < tokens.count, tokens[cursor + 1].flags.contains(.place) { return true }
        return word == "road" && cursor >= 2 && tokens[cursor - 1].text == "the" && tokens[cursor - 2].text == "down"
    }

    private static let rivalWords: Set<String> = [
        "dealer", "dealers", "dealership", "independent", "elsewhere", "competitor", "competitors", "supermarket",
        "supermarkets", "estimate", "estimated",
    ]
}
