/// Denials that judge without a cue of their own: an elliptical clause ("the wait wasn't") and a bare
/// reply that contradicts what staff were reported to say ("They don't.", "She did.").
extension JudgementCollector {
    /// "The hotel said breakfast was included. It wasn't.", "told us our toddler didn't need a passport.
    /// She did.", "told me my meter could be read remotely; it can't": a bare reply (a pronoun, an
    /// auxiliary and perhaps "not", a clause of its own) to what staff were reported to say just before
    /// (the sentence before, or the clauses before it in its sentence) denies it when the two differ in
    /// negation: wrong information, a complaint of the `expertise` theme. What was said, being denied, is
    /// no judgement of the customer's (`denied`: the words from the reporting verb to the reply). A reply that
    /// agrees ("said it wouldn't fit. It didn't.") denies nothing, and the customer's own words ("I said I'd
    /// come back. I didn't.") or those of people on their side ("my husband said") are no report. A promise answered with "did" or "didn't" ("said he would call
    /// me back, but he didn't") is kept or broken, not wrong information: what was promised is judged
    /// positive when kept and negative when broken (`promises`).
    func contradictedReports(tokens: [Token], layout: CommentLayout) -> ReportReading {
        guard let theme = settings.expertise else { return ReportReading() }
        var reading = ReportReading()
        // A bare reply is at most four words and its marks: longer clauses are passed over unread.
        for clause in layout.clauseStart.indices where layout.clauseEnd[clause] - layout.clauseStart[clause] <= 8 {
            let words = (layout.clauseStart[clause]..<layout.clauseEnd[clause]).filter { !tokens[$0].isMark }
            guard let reply = Self.bareReply(words, tokens: tokens) else { continue }
            let sentence = layout.clauseSentence[clause]
            let first = layout.clauseSentence.firstIndex(of: sentence) ?? clause
            let report: Range<Int>
            if first < clause {
                report = layout.clauseStart[first]..<layout.clauseStart[clause]
            } else if sentence > 0, let previous = layout.clauseSentence.firstIndex(of: sentence - 1) {
                report = layout.clauseStart[previous]..<layout.clauseStart[clause]
            } else {
                continue
            }
            // The customer's own words ("I said I'd come back") are no staff report.
            guard let said = report.first(where: { tokens[$0].flags.contains(.reporting) }),
                !Self.customerSide(said, tokens: tokens)
            else { continue }
            // What was said is the reporting verb's own clause ("said it was ready, no problem": the "no" of
            // the next clause is not the report's).
            let reported = said..<min(layout.clauseEnd[layout.clauseOf[said]], report.upperBound)
            let reportDenies = reported.contains { tokens[$0].flags.contains(.negator) }
            // A promise is a person's "would" or "will" ("he would call"); "the charger wouldn't work" is a claim.
            if reported.contains(where: { $0 > said && Self.promises.contains(tokens[$0].text) && Self.promisers.contains(tokens[$0 - 1].text) }),
                Self.doForms.contains(tokens[reply.verb].text)
            {
                reading.promises.append((reported, reportDenies == reply.denies ? .positive : .negative))
                continue
            }
            guard reportDenies != reply.denies else { continue }
            reading.found.append(Judgement(
                theme: theme, polarity: .negative, weight: 1, position: reply.start, clause: clause, sentence: sentence
            ))
            reading.denied.append(said..<layout.clauseStart[clause])
        }
        return reading
    }

    /// "The mechanic told me I needed a new clutch. Took it to another garage for a second opinion – it was
    /// the cable.", "Agent said a month's notice would do. Turns out that's wrong.": a `[revelations]`
    /// phrase in a clause after what staff were reported to say (in its sentence or the two before) reveals
    /// it was wrong, a complaint of the `expertise` theme; with a `confirming` word within three words after
    /// it ("everything I was told turned out to be true") it was right, praise. The customer's own words
    /// and those of people on their side ("I said …", "a friend said …") are no report, and praise after
    /// the phrase ("it turned out to be a great night") is no correction.
    func revealedReports(_ items: [ReadMatch], tokens: [Token], layout: CommentLayout) -> [Judgement] {
        guard let theme = settings.expertise else { return [] }
        var found: [Judgement] = []
        for item in items where item.info.isRevelation {
            let firstClause = layout.clauseSentence.firstIndex { $0 >= item.sentence - 2 } ?? 0
            let earlier = layout.clauseStart[firstClause]..<layout.clauseStart[item.clause]
            guard earlier.contains(where: { tokens[$0].flags.contains(.reporting) && !Self.customerSide($0, tokens: tokens) })
            else { continue }
            // "Ready by Tuesday, they said. Ready by Friday, as it turned out.": what was revealed is when, a
            // promise of time broken or kept (a day or time read so, within six words), not wrong advice.
            let near = max(0, item.start - 6)..<min(tokens.count, item.end + 6)
            guard !near.contains(where: { layout.sentenceOf[$0] == item.sentence && tokens[$0].answersPromise }) else { continue }
            let confirmed = (item.end..<min(item.end + 3, tokens.count)).contains { tokens[$0].flags.contains(.confirming) }
            // "it turned out to be a great night": what was revealed is praise, not a correction.
            let praised = items.contains { $0.clause == item.clause && $0.start > item.start && $0.info.isPositiveOpinion && !$0.negated }
            guard confirmed || !praised else { continue }
            found.append(Judgement(
                theme: theme, polarity: confirmed ? .positive : .negative, weight: 1, position: item.start,
                clause: item.clause, sentence: item.sentence
            ))
        }
        return found
    }

    /// What the replies to reported speech said of it.
    struct ReportReading {
        /// Wrong information: a judgement of the `expertise` theme at each contradicting reply.
        var found: [Judgement] = []
        /// The reports those replies deny: their judgements are dropped.
        var denied: [Range<Int>] = []
        /// Promises kept (positive) or broken (negative): their judgements take that polarity.
        var promises: [(words: Range<Int>, polarity: Polarity)] = []
    }

    /// Whether the reporting verb at `index` has the customer, or someone on the customer's side, as its
    /// speaker: "I said", "my husband told them", "a friend said".
    static func customerSide(_ index: Int, tokens: [Token]) -> Bool {
        guard index > 0 else { return false }
        let speaker = tokens[index - 1]
        return customerSpeakers.contains(speaker.text)
            || speaker.flags.contains(.customer) && !speaker.flags.contains(.pronoun) && speaker.text != "you"
    }

    private static let customerSpeakers: Set<String> = ["i", "we", "friend", "friends", "mate", "mates", "neighbour", "neighbours"]
    private static let promises: Set<String> = ["would", "will"]
    private static let promisers: Set<String> = ["he", "she", "they", "someone", "somebody", "we"]
    private static let doForms: Set<String> = ["do", "does", "did"]

    /// Whether `words` (a clause without its marks) are a bare reply, "It wasn't", "but she did", "They
    /// don't", and whether it says "not".
    private static func bareReply(_ words: [Int], tokens: [Token]) -> (start: Int, verb: Int, denies: Bool)? {
        var rest = words[...]
        if let opening = rest.first, ["but", "and", "yet"].contains(tokens[opening].text) { rest = rest.dropFirst() }
        guard let start = rest.first, tokens[start].flags.contains(.pronoun) || ["i", "we"].contains(tokens[start].text)
        else { return nil }
        rest = rest.dropFirst()
        guard let verb = rest.first, tokens[verb].flags.contains(.auxiliary) || tokens[verb].flags.contains(.copula),
            !tokens[verb].flags.contains(.negator)
        else { return nil }
        rest = rest.dropFirst()
        let denies = rest.first.map { tokens[$0].text == "not" } ?? false
        if denies { rest = rest.dropFirst() }
        guard rest.isEmpty else { return nil }
        return (start, verb, denies)
    }

    /// "The food was fine, the wait wasn't", "Service was ok, prices were not": a clause that is only an
    /// aspect, a copula and "not" (after a contrast, if any) denies of that aspect the judgement, or the
    /// general opinion, of the clause before it in its sentence.
    func ellipticalDenials(
        _ items: [ReadMatch], judgements: [Judgement], signals: [Signal], tokens: [Token], layout: CommentLayout
    ) -> [Judgement] {
        var found: [Judgement] = []
        for clause in 1..<max(1, layout.clauseStart.count) {
            var start = layout.clauseStart[clause]
            var end = layout.clauseEnd[clause]
            while start < end, tokens[start].isMark { start += 1 }
            while end > start, tokens[end - 1].isMark { end -= 1 }
            guard end - start >= 3, tokens[end - 1].text == "not", tokens[end - 2].flags.contains(.copula),
                !judgements.contains(where: { $0.clause == clause })
            else { continue }
            if let contrast = items.first(where: { $0.start == start && $0.info.contrast != nil }) { start = contrast.end }
            if start < end, tokens[start].flags.contains(.determiner) { start += 1 }
            guard layout.clauseSentence[clause - 1] == layout.clauseSentence[clause],
                let aspect = items.first(where: { $0.start == start && $0.end == end - 2 }),
                let theme = aspect.aspectThemes.first
            else { continue }
            let previous = judgements.last(where: { $0.clause == clause - 1 })
            guard previous?.theme != theme,
                let polarity = previous?.polarity ?? signals.last(where: { $0.clause == clause - 1 })?.polarity
            else { continue }
            found.append(Judgement(
                theme: theme, polarity: polarity.flipped, weight: previous?.weight ?? 1, position: aspect.start,
                clause: clause, sentence: aspect.sentence, negated: true
            ))
        }
        return found
    }
}
