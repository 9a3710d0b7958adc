/// Comparatives read against what they compare: a superlative by litotes ("couldn't have been
/// clearer"), a comparison with somewhere else the customer has been ("I've had friendlier welcomes at the
/// dentist"), or praise of another branch ("the staff at the other branch are much friendlier").
extension ModifierReader {
    /// "the staff at the other branch are much friendlier": a comparative said of another place ("other"
    /// or "another" before a place word earlier in its clause) praises that place, so here is worse.
    func otherPlace(_ items: inout [ReadMatch], tokens: [Token], layout: CommentLayout) {
        guard tokens.contains(where: { $0.flags.contains(.place) }) else { return }
        for index in items.indices where items[index].judges && !items[index].negated {
            let start = items[index].start
            guard Self.isComparative(tokens[start]) else { continue }
            let clauseStart = layout.clauseStart[items[index].clause]
            guard clauseStart < start else { continue }
            let elsewhere = (clauseStart..<start).contains { position in
                (tokens[position].text == "other" || tokens[position].text == "another")
                    && (position + 1..<min(position + 3, start)).contains { tokens[$0].flags.contains(.place) }
            }
            if elsewhere { items[index].negated = true }
        }
    }

    /// "the main dealer wanted £120 just to diagnose", "the independent down the road charges £70": what is
    /// said of a rival's amount, in its clause up to the amount and on it, is about the rival, not this
    /// business (the comparison itself judges the price: `@cheaper-money`, `@dearer-money`).
    func rivalsOwn(_ items: inout [ReadMatch], tokens: [Token], layout: CommentLayout) {
        guard tokens.contains(where: \.rivalAmount) else { return }
        for index in items.indices where items[index].judges {
            let item = items[index]
            let clauseEnd = layout.clauseEnd[item.clause]
            let rival = (item.start..<min(clauseEnd, item.end + 6)).contains { tokens[$0].rivalAmount }
            if rival, !(item.start..<item.end).contains(where: { tokens[$0].cheaperThanRival || tokens[$0].dearerThanRival }) {
                items[index].silenced = true
            }
        }
    }

    /// "I've had friendlier welcomes at the dentist", "we've seen cleaner bus stations": a comparative the
    /// customer has had or seen elsewhere says that here was worse, so its judgement is reversed.
    func comparedElsewhere(_ items: inout [ReadMatch], tokens: [Token]) {
        guard tokens.contains(where: { $0.flags.contains(.experience) }) else { return }
        for index in items.indices where items[index].judges && !items[index].negated {
            // The comparative starts the judgement ("friendlier welcomes"), or follows its verb in it ("seen
            // cleaner").
            var start = items[index].start
            if tokens[start].flags.contains(.experience), start + 1 < items[index].end { start += 1 }
            guard start >= 2, tokens[start - 1].flags.contains(.experience), Self.isComparative(tokens[start])
            else { continue }
            let subject = (max(0, start - 4)..<(start - 1)).contains { ["i", "we"].contains(tokens[$0].text) }
            let perfect = (max(0, start - 3)..<(start - 1)).contains { ["have", "has", "had"].contains(tokens[$0].text) }
            // "I've never seen cleaner toilets" is a superlative, not a comparison with elsewhere.
            let denied = (max(0, start - 4)..<start).contains { tokens[$0].flags.contains(.negator) }
            guard subject && perfect && !denied else { continue }
            items[index].negated = true
        }
    }

    /// "couldn't have been clearer", "can't be quicker": a negated counterfactual right before a
    /// comparative judgement is a superlative, so the judgement is praise of its own, strengthened, and
    /// neither negated nor counterfactual.
    func litotes(_ items: inout [ReadMatch], tokens: [Token]) {
        for index in items.indices.dropLast() where items[index].info.isCounterfactual && items[index].match.innerNegated {
            let next = index + 1
            guard items[next].start == items[index].end, items[next].judges, Self.isComparative(tokens[items[next].start])
            else { continue }
            items[next].negated = false
            items[next].counterfactual = false
            items[next].intensity *= 1.5
        }
    }

    /// Whether a word is a comparative ("cleaner", "quicker", "better"): a form ending in -er of a lexicon
    /// word, or "better".
    static func isComparative(_ token: Token) -> Bool {
        token.text == "better" || token.lemma >= 0 && token.text.hasSuffix("er") && !token.plural
    }
}
