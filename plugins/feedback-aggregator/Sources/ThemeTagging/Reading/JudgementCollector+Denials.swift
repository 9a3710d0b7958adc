/// Denials that judge without a cue of their own: an elliptical clause ("the wait wasn't") and a bare
/// denial of what staff were reported to say ("They don't.").
extension JudgementCollector {
    /// "The hotel said breakfast was included. It wasn't.", "The engineer says 'they all do that'. They
    /// don't.": a sentence that is only a pronoun, an auxiliary and "not", right after a sentence that
    /// reports what staff said, denies what they said: wrong information, a complaint of the `expertise`
    /// theme.
    func contradictedReports(tokens: [Token], layout: CommentLayout) -> [Judgement] {
        guard let theme = settings.expertise else { return [] }
        var found: [Judgement] = []
        var start = 0
        var previousStart = -1
        for index in tokens.indices where tokens[index].kind == .sentenceEnd || index == tokens.count - 1 {
            let end = tokens[index].kind == .sentenceEnd ? index : index + 1
            if previousStart >= 0, end - start == 3, tokens[start].flags.contains(.pronoun),
                tokens[start + 1].flags.contains(.auxiliary) || tokens[start + 1].flags.contains(.copula),
                tokens[start + 2].text == "not",
                (previousStart..<start).contains(where: { tokens[$0].flags.contains(.reporting) })
            {
                found.append(Judgement(
                    theme: theme, polarity: .negative, weight: 1, position: start, clause: layout.clauseOf[start],
                    sentence: layout.sentenceOf[start]
                ))
            }
            previousStart = start
            start = index + 1
        }
        return found
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
