/// Reads an employee's comment for the workplace's own matters, which judge no theme: a sentence that
/// names one (a lexicon `[workplace]` phrase: "rota", "staff room", "my manager") and no customer ("Rota
/// for December came out late again", "The staff room is filthy", "My manager has been really supportive")
/// is about the job, not the service: the judgements of the clause naming it are dropped, and of the
/// clauses after it those that go on about it. A sentence that names a customer keeps its judgements ("our
/// manager is lovely with customers"): staff reporting what customers meet is a judgement. So does a later
/// clause with a subject of its own ("great team, and *the new tills* are quick") or one that gives
/// the consequence or the point ("the rota puts one person on reception, *so* the line is ridiculous", "a
/// question for management*:* why is the queue round the store?"); clauses before the workplace matter
/// are not touched.
struct WorkplaceReader: Sendable {
    /// The judgements of `author`'s comment that count, and those set aside as the workplace's own matters.
    func apply(
        _ judgements: [Judgement], author: CommentAuthor, items: [ReadMatch], tokens: [Token], layout: CommentLayout
    ) -> (counted: [Judgement], workplace: [Judgement]) {
        let aboutWorkplace = internalJudgements(judgements, author: author, items: items, tokens: tokens, layout: layout)
        guard aboutWorkplace.contains(true) else { return (judgements, []) }
        let indices = judgements.indices
        return (indices.filter { !aboutWorkplace[$0] }.map { judgements[$0] }, indices.filter { aboutWorkplace[$0] }.map { judgements[$0] })
    }

    /// For each judgement, whether it is about the workplace itself.
    private func internalJudgements(
        _ judgements: [Judgement], author: CommentAuthor, items: [ReadMatch], tokens: [Token], layout: CommentLayout
    ) -> [Bool] {
        let none = [Bool](repeating: false, count: judgements.count)
        guard author == .employee, !judgements.isEmpty else { return none }
        // Sentences, not clauses: "the customers are patient with us and my colleagues stay cheerful with
        // them" is about customers throughout.
        let withCustomers = Set(tokens.indices.filter { Self.namesCustomer($0, tokens) }.map { layout.sentenceOf[$0] })
        // The first clause naming a workplace matter, by sentence, in sentences that name no customer.
        var firstInternal: [Int: Int] = [:]
        for item in items where item.info.isWorkplace && !withCustomers.contains(item.sentence) {
            firstInternal[item.sentence] = min(firstInternal[item.sentence] ?? item.clause, item.clause)
        }
        guard !firstInternal.isEmpty else { return none }
        let workplaceClauses = Set(items.filter { $0.info.isWorkplace }.map(\.clause))
        let clausesWithAspects = Set(items.filter { !$0.info.isWorkplace && !$0.aspectThemes.isEmpty }.map(\.clause))
        return judgements.map { judgement in
            guard let opening = firstInternal[judgement.sentence], judgement.clause >= opening else { return false }
            if workplaceClauses.contains(judgement.clause) { return true }
            // A later clause with an aspect of its own has its own subject ("great team, and the new tills are
            // quick"); one without goes on about the workplace matter, unless it gives its consequence.
            return !(clausesWithAspects.contains(judgement.clause)
                || Self.opensWithSubject(judgement.clause, tokens: tokens, layout: layout)
                || (opening..<judgement.clause).contains { Self.givesConsequence($0 + 1, tokens: tokens, layout: layout) })
        }
    }

    /// Whether `clause` opens, after any "and" or "but", with a subject of its own: a determiner ("and *the*
    /// new tills are quick").
    private static func opensWithSubject(_ clause: Int, tokens: [Token], layout: CommentLayout) -> Bool {
        var cursor = layout.clauseStart[clause]
        while cursor < layout.clauseEnd[clause], tokens[cursor].isMark || tokens[cursor].flags.contains(.coordinator)
            || ["but", "yet", "also"].contains(tokens[cursor].text)
        {
            cursor += 1
        }
        return cursor < layout.clauseEnd[clause] && tokens[cursor].flags.contains(.determiner)
    }

    /// Whether `clause` opens with a consequence ("so", "which means") or follows a colon.
    private static func givesConsequence(_ clause: Int, tokens: [Token], layout: CommentLayout) -> Bool {
        guard clause < layout.clauseStart.count else { return false }
        let start = layout.clauseStart[clause]
        if start > 0, tokens[start - 1].text == ":" { return true }
        return start < tokens.count && consequences.contains(tokens[start].text)
    }

    private static let consequences: Set<String> = ["so", "which", "meaning", "means", "therefore", "hence"]

    /// Whether the token at `index` is a customer noun ("customers", "patients", "guests"), not "I", "we" or
    /// "you" (in an employee's comment those are staff), nor one after a staff noun ("team members").
    private static func namesCustomer(_ index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        return token.flags.contains(.customer) && !token.flags.contains(.pronoun) && !staffPronouns.contains(token.text)
            && (index == 0 || !staffNouns.contains(tokens[index - 1].text))
    }

    private static let staffPronouns: Set<String> = ["i", "we", "you"]
    private static let staffNouns: Set<String> = ["team", "staff", "crew", "fellow", "union"]
}
