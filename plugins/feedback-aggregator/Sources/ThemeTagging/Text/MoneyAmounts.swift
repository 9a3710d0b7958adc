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
    }
}
