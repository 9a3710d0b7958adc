/// Where a comment complains, before any contrast: by judgement, by general signal, or by naming a
/// problem it does not deny (a queue, a wait).
struct Complaints {
    var sentences = Set<Int>()
    var clauses = Set<Int>()

    init(judgements: [Judgement], signals: [Signal], items: [ReadMatch], layout: CommentLayout) {
        for item in items where !item.negated && !layout.afterContrast[item.clause]
            && !item.info.problems.isEmpty
        {
            sentences.insert(item.sentence)
            clauses.insert(item.clause)
        }
        for judgement in judgements where judgement.polarity == .negative && !layout.afterContrast[judgement.clause] {
            sentences.insert(judgement.sentence)
            clauses.insert(judgement.clause)
        }
        for signal in signals where signal.polarity == .negative && !layout.afterContrast[signal.clause] {
            sentences.insert(signal.sentence)
            clauses.insert(signal.clause)
        }
    }

    func inSentence(_ sentence: Int) -> Bool { sentences.contains(sentence) }
    func inClause(_ clause: Int) -> Bool { clauses.contains(clause) }
}
