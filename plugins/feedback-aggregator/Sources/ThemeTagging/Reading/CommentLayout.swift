/// The sentences and clauses of a comment, and the weight contrast words give each clause.
///
/// Clauses end at commas, semicolons, colons, dashes and ellipses, at sentence ends, and where a
/// contrast ("but", "although") or a clause break ("and the", "because") starts. A contrast weights the
/// rest of its sentence by its lexicon weight ("but" makes what follows count more); a contrast word
/// that ends its sentence ("nice about it though.") is an afterthought and splits nothing.
struct CommentLayout: Sendable {
    /// The clause of each token.
    private(set) var clauseOf: [Int] = []
    /// The sentence of each token.
    private(set) var sentenceOf: [Int] = []
    /// The first token of each clause.
    private(set) var clauseStart: [Int] = []
    /// The token after each clause.
    private(set) var clauseEnd: [Int] = []
    /// The sentence of each clause.
    private(set) var clauseSentence: [Int] = []
    /// The contrast weight of each clause (1 when no contrast precedes it in its sentence).
    private(set) var clauseWeight: [Double] = []
    /// Whether a contrast precedes the clause in its sentence.
    private(set) var afterContrast: [Bool] = []
    /// How many sentences there are.
    private(set) var sentenceCount = 0

    init(tokens: [Token], matches: [ReadMatch]) {
        // For each token, whether a clause starts there and the contrast weight it brings (0: none).
        var startsClause = [Bool](repeating: false, count: tokens.count)
        var contrastAt = [Double](repeating: 0, count: tokens.count)
        for item in matches {
            if let weight = item.info.contrast {
                // A contrast that ends its sentence, or is followed only by emoji, is an afterthought
                // ("nice about it though.", "the toilets tho 🤢").
                var after = item.end
                while after < tokens.count, tokens[after].isEmoji { after += 1 }
                if after >= tokens.count || tokens[after].isMark { continue }
                startsClause[item.start] = true
                contrastAt[item.start] = weight
            } else if item.info.isBreak {
                startsClause[item.start] = true
            }
        }
        clauseOf.reserveCapacity(tokens.count)
        sentenceOf.reserveCapacity(tokens.count)
        var sentence = 0
        var weight = 1.0
        var contrasted = false
        var open = false
        for (index, token) in tokens.enumerated() {
            if startsClause[index] {
                if contrastAt[index] > 0 {
                    weight = contrastAt[index]
                    contrasted = true
                }
                open = false
            }
            if !open {
                if let last = clauseEnd.indices.last { clauseEnd[last] = index }
                clauseStart.append(index)
                clauseEnd.append(index)
                clauseSentence.append(sentence)
                clauseWeight.append(weight)
                afterContrast.append(contrasted)
                open = true
            }
            clauseOf.append(clauseStart.count - 1)
            sentenceOf.append(sentence)
            if token.kind == .sentenceEnd {
                sentence += 1
                weight = 1
                contrasted = false
                open = false
            } else if token.kind == .clauseEnd {
                open = false
            }
        }
        if let last = clauseEnd.indices.last { clauseEnd[last] = tokens.count }
        sentenceCount = sentence + 1
    }
}
