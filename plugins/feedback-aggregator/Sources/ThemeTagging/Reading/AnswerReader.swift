/// Reads a question answered by a bare "no" in the next sentence: "Value for money? Not really.", "Rude?
/// Not at all." The answer reverses what the question judged.
struct AnswerReader: Sendable {
    /// The words a bare answer may be made of.
    static let answerWords: Set<String> = [
        "no", "not", "nope", "nah", "hardly", "really", "at", "all", "exactly", "quite", "definitely", "sadly",
        "you", "are", "must", "be", "joking", "kidding", "as", "if", "of", "course",
    ]
    /// The words that make such an answer a "no".
    static let noWords: Set<String> = ["no", "not", "nope", "nah", "hardly", "joking", "kidding", "if"]
    /// The longest bare answer, in words.
    static let longestAnswer = 4

    /// The judgements with those of each question answered "no" reversed.
    func apply(_ judgements: [Judgement], tokens: [Token], layout: CommentLayout) -> [Judgement] {
        var answered = Set<Int>()
        for index in tokens.indices where tokens[index].kind == .sentenceEnd && tokens[index].text == "?" {
            let question = layout.sentenceOf[index]
            let answer = tokens.indices.filter { layout.sentenceOf[$0] == question + 1 && !tokens[$0].isMark }
            guard !answer.isEmpty, answer.count <= Self.longestAnswer,
                answer.allSatisfy({ Self.answerWords.contains(tokens[$0].text) }),
                answer.contains(where: { Self.noWords.contains(tokens[$0].text) })
            else { continue }
            answered.insert(question)
        }
        guard !answered.isEmpty else { return judgements }
        return judgements.map { judgement in
            var reversed = judgement
            if answered.contains(judgement.sentence) { reversed.polarity = judgement.polarity.flipped }
            return reversed
        }
    }
}
