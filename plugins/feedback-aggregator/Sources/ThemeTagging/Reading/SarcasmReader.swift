/// Reads sarcasm by its meaning: praise in a sarcastic sentence is a complaint.
///
/// A sentence is sarcastic when:
/// - it holds a sarcasm marker ("thanks for nothing", "oh wonderful", "🙄"); a marker in a sentence
///   that judges nothing ("Thanks for that.") marks the sentence before as well;
/// - it ends in a comma and "not" ("Brilliant way to treat a customer, not."), or a "Not." follows it;
/// - it holds a sarcasm hint ("as usual", "which is why") and complains;
/// - it opens with a sarcasm frame ("so glad", "love") whose clause complains ("Love paying £4.20 for a
///   lukewarm latte"); or with a frame or a lone exclamation followed by a comma ("Great, only waited 40
///   minutes") and the rest of the sentence complains; or with a frame judging an event ("Nice *to* be
///   reminded", "Lovely to be kept informed.") and the sentence or the next one complains.
///
/// Complaints after a contrast ("but") do not count, and praise after one is not reversed. A short
/// closing verdict ("Fantastic value.") after nothing but complaints (two, or one of its theme) is
/// sarcastic too. Praise in scare
/// quotes was already reversed where it was read. Finally, praise and complaint of one theme in one
/// clause ("so attentive they managed to ignore me") keep only the complaint, unless the praise is a
/// negated complaint ("nobody was rude").
struct SarcasmReader: Sendable {

    /// The judgements with sarcastic praise reversed.
    func apply(_ judgements: [Judgement], signals: [Signal], items: [ReadMatch], tokens: [Token],
               layout: CommentLayout) -> [Judgement]
    {
        let complaints = Complaints(judgements: judgements, signals: signals, items: items, layout: layout)
        var sarcastic = Set<Int>()
        for item in items where item.info.isSarcasmMarker {
            sarcastic.insert(item.sentence)
            if item.sentence > 0, !judgements.contains(where: { $0.sentence == item.sentence }) {
                sarcastic.insert(item.sentence - 1)
            }
        }
        // "Brilliant way to treat a loyal customer, not." and "Friendly staff. Not.": a sentence that
        // ends in a comma and "not", or a "Not." of its own after one, takes back what it said.
        for index in tokens.indices.dropFirst() where tokens[index - 1].isMark && tokens[index].flags.contains(.negator)
            && (index + 1 == tokens.count || tokens[index + 1].isMark) && tokens[index].text == "not"
        {
            let sentence = layout.sentenceOf[index]
            if tokens[index - 1].kind == .clauseEnd {
                sarcastic.insert(sentence)
            } else if sentence > 0, tokens[index - 1].text != "?" {  // a question's answer is the answer reader's
                sarcastic.insert(sentence - 1)
            }
        }
        for item in items where item.info.isSarcasmHint && complaints.inSentence(item.sentence) {
            sarcastic.insert(item.sentence)
        }
        for opening in openings(items: items, layout: layout) where isSarcastic(opening, tokens, complaints) {
            sarcastic.insert(opening.sentence)
        }
        var result = judgements
        for index in result.indices where sarcastic.contains(result[index].sentence)
            && !layout.afterContrast[result[index].clause]
        {
            result[index].polarity = .negative
        }
        contradictedPraise(&result, tokens: tokens, layout: layout)
        result += praisedProblems(items, sarcastic: sarcastic, judgements: judgements, layout: layout)
        closingVerdict(&result, tokens: tokens, layout: layout)
        openingVerdict(&result, tokens: tokens, layout: layout)
        return keepComplaints(result)
    }

    /// In a sarcastic sentence, a problem that is not negated is the complaint ("thrilled to spend my
    /// Saturday in your queue"), unless its theme is already judged there.
    private func praisedProblems(_ items: [ReadMatch], sarcastic: Set<Int>, judgements: [Judgement],
                                 layout: CommentLayout) -> [Judgement]
    {
        var found: [Judgement] = []
        for item in items where sarcastic.contains(item.sentence) && !item.negated && !layout.afterContrast[item.clause] {
            for weighted in item.meanings {
                guard case .problem(let theme) = weighted.meaning,
                    !(judgements + found).contains(where: { $0.theme == theme && $0.sentence == item.sentence })
                else { continue }
                found.append(Judgement(theme: theme, polarity: .negative, weight: weighted.weight,
                                       position: item.start, clause: item.clause, sentence: item.sentence))
            }
        }
        return found
    }

    /// Whether a sentence's opening frame or exclamation makes it sarcastic.
    private func isSarcastic(_ opening: ReadMatch, _ tokens: [Token], _ complaints: Complaints) -> Bool {
        let next = opening.end < tokens.count ? tokens[opening.end] : nil
        let isFrame = opening.info.isSarcasmFrame
        if next?.kind == .clauseEnd {
            return complaints.inSentence(opening.sentence)
        }
        guard isFrame else { return false }
        if tokens[opening.end - 1].flags.contains(.event) || next?.flags.contains(.event) == true {
            return complaints.inSentence(opening.sentence) || complaints.inSentence(opening.sentence + 1)
        }
        return complaints.inClause(opening.clause)
    }

    /// The first match of each sentence after any intensifiers, when it is a sarcasm frame or a
    /// positive general opinion.
    private func openings(items: [ReadMatch], layout: CommentLayout) -> [ReadMatch] {
        var found: [ReadMatch] = []
        var index = 0
        while index < items.count {
            let sentence = items[index].sentence
            var expected = layout.clauseSentence.firstIndex(of: sentence).map { layout.clauseStart[$0] } ?? 0
            var cursor = index
            while cursor < items.count, items[cursor].start == expected, items[cursor].isIntensifier {
                expected = items[cursor].end
                cursor += 1
            }
            if cursor < items.count, items[cursor].start == expected, items[cursor].sentence == sentence,
                items[cursor].info.isSarcasmFrame || items[cursor].info.isPositiveOpinion
            {
                found.append(items[cursor])
            }
            while index < items.count, items[index].sentence == sentence { index += 1 }
        }
        return found
    }

    /// Reverses a short closing verdict of praise that follows no praise and either at least two complaints
    /// or a complaint of the theme it praises ("Ten emails, zero replies. Stellar communication.").
    private func closingVerdict(_ judgements: inout [Judgement], tokens: [Token], layout: CommentLayout) {
        guard let lastWord = tokens.lastIndex(where: { !$0.isMark }) else { return }
        let last = layout.sentenceOf[lastWord]
        guard last > 0 else { return }
        let words = tokens.indices.filter { layout.sentenceOf[$0] == last && !tokens[$0].isMark }.count
        let closing = judgements.filter { $0.sentence == last }
        let before = judgements.filter { $0.sentence < last }
        guard words <= 4, !closing.isEmpty, closing.allSatisfy({ $0.polarity == .positive }),
            !before.contains(where: { $0.polarity == .positive })
        else { return }
        let complaints = before.filter { $0.polarity == .negative }
        // A one-word verdict after nothing that praises ("He just said 'it's on the website'. Charming.") is
        // sarcastic whatever came before.
        guard words == 1 || complaints.count >= 2
            || closing.contains(where: { praise in complaints.contains { $0.theme == praise.theme } })
        else { return }
        for index in judgements.indices where judgements[index].sentence == last {
            judgements[index].polarity = .negative
        }
    }

    /// Reverses praise that opens a sentence as a short clause of its own and is contradicted, with no
    /// contrast, by a complaint of the same theme later in the sentence: "What a bargain, £12 for a small
    /// salad", "Cheers for the update, three weeks after I asked".
    private func contradictedPraise(_ judgements: inout [Judgement], tokens: [Token], layout: CommentLayout) {
        for clause in layout.clauseStart.indices {
            guard clause == 0 || layout.clauseSentence[clause - 1] != layout.clauseSentence[clause],
                clause + 1 < layout.clauseStart.count, layout.clauseSentence[clause + 1] == layout.clauseSentence[clause]
            else { continue }
            let span = layout.clauseStart[clause]..<layout.clauseEnd[clause]
            guard span.count <= 8, judgements.contains(where: { $0.clause == clause }) else { continue }
            let words = span.filter { !tokens[$0].isMark }.count
            let opening = judgements.indices.filter { judgements[$0].clause == clause }
            // An exclamation has no verb of being: "the food was banging, the chips were meh" is a mixed view.
            guard words <= 4, !opening.isEmpty, !span.contains(where: { tokens[$0].flags.contains(.copula) }),
                opening.allSatisfy({ judgements[$0].polarity == .positive && !judgements[$0].negated })
            else { continue }
            let contradicted = opening.contains { index in
                judgements.contains {
                    $0.sentence == judgements[index].sentence && $0.clause > clause && $0.theme == judgements[index].theme
                        && $0.polarity == .negative && !layout.afterContrast[$0.clause]
                        && (layout.clauseStart[$0.clause]..<layout.clauseEnd[$0.clause]).filter { !tokens[$0].isMark }.count > 2
                }
            }
            guard contradicted else { continue }
            for index in opening { judgements[index].polarity = .negative }
        }
    }

    /// Reverses a short opening verdict of praise when the next sentence complains of the theme it praises
    /// and nothing after it praises anything ("Fantastic. Two hours to swap a battery.").
    private func openingVerdict(_ judgements: inout [Judgement], tokens: [Token], layout: CommentLayout) {
        guard let first = judgements.first, first.sentence == 0, judgements.contains(where: { $0.sentence > 0 }) else { return }
        let opening = judgements.filter { $0.sentence == 0 }
        let after = judgements.filter { $0.sentence > 0 }
        guard opening.allSatisfy({ $0.polarity == .positive && !$0.negated }),
            !after.contains(where: { $0.polarity == .positive }),
            opening.contains(where: { praise in after.contains { $0.sentence == 1 && $0.theme == praise.theme } })
        else { return }
        var words = 0
        for index in tokens.indices where !tokens[index].isMark {
            guard layout.sentenceOf[index] == 0 else { break }
            words += 1
        }
        guard words <= 4 else { return }
        for index in judgements.indices where judgements[index].sentence == 0 {
            judgements[index].polarity = .negative
        }
    }

    /// Drops praise of a theme that the same clause also complains about, unless the praise is a negated
    /// complaint ("nobody was rude and nobody went out of their way" judges both ways, and nets to none).
    private func keepComplaints(_ judgements: [Judgement]) -> [Judgement] {
        judgements.filter { judgement in
            judgement.polarity == .negative || judgement.negated || !judgements.contains {
                $0.clause == judgement.clause && $0.theme == judgement.theme && $0.polarity == .negative
            }
        }
    }
}
