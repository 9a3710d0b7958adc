/// Where an undertaking's clause starts and how far its words reach: the start is the nearest
/// clause break before its subject (a comma, a conjunction, a subordinator), moved back over
/// deadline words that open the sentence ("By Friday, we'll..."); the reach ends at a
/// contrast ("but"), at a condition that follows, at the next undertaking's clause, or at the
/// end of the sentence.
struct ClauseExtent {
    /// The first token of the clause.
    let start: Int
    /// The token index past the clause's reach.
    let end: Int

    /// The extent of `undertaking`, whose successor in the sentence starts its clause at `nextStart`.
    init(of undertaking: Undertaking, in context: SentenceContext, scopes: SentenceScopes, nextStart: Int?) {
        let start = Self.start(of: undertaking, in: context)
        self.start = start
        var end = nextStart ?? context.range.upperBound
        if let contrast = scopes.contrasts.first(where: { $0 > undertaking.marker }) { end = min(end, contrast) }
        if let condition = scopes.conditions.first(where: { $0 > undertaking.marker }) { end = min(end, condition) }
        self.end = max(end, undertaking.marker + 1)
    }

    /// The clause start of `undertaking`.
    static func start(of undertaking: Undertaking, in context: SentenceContext) -> Int {
        var start = undertaking.subjectStart
        while start - 1 >= context.range.lowerBound {
            let previous = start - 1
            if context.isInDue(previous) {
                start -= 1
                continue
            }
            let token = context.tokens[previous]
            if !token.isWord || token.is([.coordinator, .subordinator, .contrastive]) { break }
            start -= 1
        }
        if start - 1 >= context.range.lowerBound, context.tokens[start - 1].kind == .comma,
           let fronted = context.dues.last(where: { $0.range.upperBound == start - 1 }),
           fronted.range.lowerBound == context.range.lowerBound || !context.tokens[fronted.range.lowerBound - 1].isWord {
            start = fronted.range.lowerBound
        }
        return start
    }
}
