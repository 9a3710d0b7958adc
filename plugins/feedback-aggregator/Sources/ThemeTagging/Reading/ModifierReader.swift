/// Applies the words that change other judgements: negators and their scope, hedges, after-negators
/// ("vanished"), intensifiers, counterfactuals ("should have been") and mentions ("I rang about"); then
/// the comparisons that reverse or strengthen a comparative (`ModifierReader+Comparisons.swift`).
struct ModifierReader: Sendable {
    let settings: LexiconSettings

    /// Sets the clause, sentence, negation, intensity and scope flags of each match.
    func apply(to items: inout [ReadMatch], tokens: [Token], layout: CommentLayout) {
        for index in items.indices {
            items[index].clause = layout.clauseOf[items[index].start]
            items[index].sentence = layout.sentenceOf[items[index].start]
        }
        negate(&items, tokens: tokens, layout: layout)
        tooToBe(&items, tokens: tokens)
        hedgeCorrected(&items, tokens: tokens, layout: layout)
        intensify(&items)
        scope(&items, tokens: tokens, layout: layout)
        litotes(&items, tokens: tokens)
        comparedElsewhere(&items, tokens: tokens)
        otherPlace(&items, tokens: tokens, layout: layout)
        rivalsOwn(&items, tokens: tokens, layout: layout)
    }

    /// Negators reverse every judgement that starts within their scope in their clause (the lexicon's
    /// `negation-scope` words, or the negator's own weight when above 1: "no ~3"); the nearest
    /// negator wins, and a judgement following a negated one closely in the clause is negated with it
    /// ("didn't make me feel like I was wasting his time") unless it judges another theme ("without any
    /// jargon and stayed on the line"). "Never" before a comparative is a superlative, not a negation
    /// ("the floor's never been cleaner"). What follows "about" is the topic of what was not said or done,
    /// not negated itself ("nobody told us about the delay" does not praise the wait). A hedge right after
    /// a negator or a negated judgement marks the negation hedged.
    private func negate(_ items: inout [ReadMatch], tokens: [Token], layout: CommentLayout) {
        var scopeEnd = -1
        var scopeHedged = false
        var scopeNever = false
        var scopeStart = 0
        var chainEnd: (Int, Int, Theme?)?
        var toldEnd = Int.max
        for index in items.indices {
            let item = items[index]
            if item.isNegator || item.match.innerNegated && !item.judges {
                let clauseEnd = layout.clauseEnd[item.clause]
                let reach = item.info.negatorScope.flatMap { $0 > 1 ? Int($0) : nil } ?? settings.negationScope
                scopeEnd = Self.coordinationCut(from: item.end, to: min(item.end + reach, clauseEnd), tokens: tokens)
                scopeStart = item.end
                let next = index + 1 < items.count ? items[index + 1] : nil
                scopeHedged = next.map { $0.start == item.end && $0.info.isHedge } ?? false
                scopeNever = item.end - item.start == 1 && tokens[item.start].flags.contains(.skippable)
                    && tokens[item.start].text == "never"
                chainEnd = nil
                toldEnd = Int.max
                continue
            }
            guard item.judges else { continue }
            // "Nobody phoned to say it was running late": a failure to tell does not deny what would have
            // been told about an undisclosed theme (the failure itself judges that theme).
            let told = item.start >= toldEnd
                && (item.info.judgedTheme.map { settings.undisclosed.contains($0) } ?? false)
            // An emoji judges its sentence as a whole: no negator reaches it ("knew every code without looking 👏").
            if item.start < scopeEnd, !told, !tokens[item.start].isEmoji {
                if scopeNever && (Self.isComparative(tokens[item.start])
                    || item.end - item.start > 1 && Self.isComparative(tokens[item.start + 1]))
                {
                    continue  // "never been cleaner", "never seen cleaner": a superlative
                }
                if (scopeStart..<item.start).contains(where: { tokens[$0].flags.contains(.about) }) { continue }
                items[index].negated = true
                items[index].hedged = scopeHedged
                chainEnd = (item.end, item.clause, item.info.judgedTheme)
                if let disclosure = settings.disclosure, item.info.judgedTheme == disclosure {
                    toldEnd = item.end
                    chainEnd = nil
                }
                // "Nobody noticed we were waiting": the clause the negated judgement opens, with its own
                // subject, is what was not noticed, not itself denied.
                if Self.opensClause(tokens, at: item.end) {
                    scopeEnd = item.end
                    chainEnd = nil
                }
            } else if let (end, clause, theme) = chainEnd, clause == item.clause, item.start - end <= 2,
                theme == nil || item.info.judgedTheme == nil || theme == item.info.judgedTheme,
                !(end..<item.start).contains(where: { tokens[$0].flags.contains(.about) })
            {
                items[index].negated = true
                items[index].hedged = scopeHedged
                chainEnd = (item.end, item.clause, item.info.judgedTheme ?? theme)
            }
            if item.match.innerNegated { items[index].negated.toggle() }
            if index + 1 < items.count, items[index].negated, items[index + 1].info.isHedge,
                items[index + 1].start == item.end || Self.isTrailingHedge(items[index + 1], after: item, tokens: tokens)
            {
                items[index].hedged = true
            }
        }
        for index in items.indices where items[index].info.isAfterNegator {
            let item = items[index]
            if let target = items[..<index].lastIndex(where: {
                $0.judges && $0.clause == item.clause && item.start - $0.end <= 3
            }) {
                items[target].negated.toggle()
            }
        }
    }

    /// "too busy to be kind", "too slow to help": praise that follows "too" and a word and "to" (or "to be")
    /// is what was not done or not so. A complaint there is the complaint itself ("too long to wait in"), and
    /// the reversal combines with a negator before it ("nobody was too busy to help" is praise).
    private func tooToBe(_ items: inout [ReadMatch], tokens: [Token]) {
        for index in items.indices where items[index].judges && Self.praises(items[index]) {
            var cursor = items[index].start - 1
            if cursor >= 0, tokens[cursor].text == "be" { cursor -= 1 }
            guard cursor >= 2, tokens[cursor].text == "to", tokens[cursor - 2].text == "too",
                tokens[cursor - 1].kind == .word
            else { continue }
            items[index].negated.toggle()
        }
    }

    /// Whether a judgement's own words praise (before any negation).
    private static func praises(_ item: ReadMatch) -> Bool {
        item.meanings.contains { weighted in
            switch weighted.meaning {
            case .cue(_, let polarity), .near(_, let polarity), .opinion(let polarity): polarity == .positive
            default: false
            }
        }
    }

    /// Whether the judgement ending at `index` ended with the subject of a clause of its own ("noticed we |
    /// were waiting"). After a phrase that stops before the subject the negation runs on as before: "didn't
    /// make me feel like I was wasting his time", "nobody phoned to say they'd noticed".
    private static func opensClause(_ tokens: [Token], at index: Int) -> Bool {
        index > 0 && index < tokens.count && subjects.contains(tokens[index - 1].text) && tokens[index].kind == .word
    }

    private static let subjects: Set<String> = ["i", "we", "he", "she", "they", "it"]

    /// Where a negation's scope ends: at `end`, or earlier at "and"/"or"/"then" before a verb in the past
    /// ("suggested an option I hadn't thought of *and saved* me six quid": the second verb is not
    /// negated). Coordinated adjectives stay in scope ("wasn't clean and tidy").
    private static func coordinationCut(from start: Int, to end: Int, tokens: [Token]) -> Int {
        guard start + 1 < end else { return end }
        for index in start..<(end - 1) where tokens[index].flags.contains(.coordinator) {
            if isPastVerb(tokens[index + 1]) { return index }
        }
        return end
    }

    /// Whether a word looks like a verb in the past: a regular form ("saved"), or an irregular form of a
    /// lexicon word ("went", "took").
    private static func isPastVerb(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        let text = token.text
        if text.hasSuffix("ed") && text.utf8.count >= 5 { return true }
        guard token.lemma >= 0, !token.plural else { return false }
        return !(text.hasSuffix("s") || text.hasSuffix("ing") || text.hasSuffix("er") || text.hasSuffix("est")
            || text.hasSuffix("ly") || text.hasSuffix("y"))
    }

    /// Whether `hedge` stands alone after a comma right after `item`, ending its clause: "I wouldn't say he
    /// was rude, exactly."
    private static func isTrailingHedge(_ hedge: ReadMatch, after item: ReadMatch, tokens: [Token]) -> Bool {
        hedge.start == item.end + 1 && tokens[item.end].kind == .clauseEnd
            && (hedge.end >= tokens.count || tokens[hedge.end].isMark)
    }

    /// A negated judgement followed in its sentence by a clause opening with a correction that judges
    /// the same theme ("not unfriendly, just distracted") is hedged: the correction carries the
    /// judgement. A correction about another theme leaves it alone ("wouldn't say unhelpful, they just
    /// didn't know the answer" is attitude positive and knowledge negative).
    private func hedgeCorrected(_ items: inout [ReadMatch], tokens: [Token], layout: CommentLayout) {
        for index in items.indices where items[index].negated {
            guard let theme = items[index].info.judgedTheme else { continue }
            let next = items[index].clause + 1
            guard next < layout.clauseStart.count, layout.clauseSentence[next] == items[index].sentence,
                tokens[layout.clauseStart[next]].flags.contains(.correction),
                items.contains(where: { $0.clause == next && $0.info.judgedTheme == theme })
            else { continue }
            items[index].hedged = true
        }
    }

    /// Intensifiers right before a judgement and after-intensifiers right after it multiply its weight;
    /// a general opinion right before a theme judgement strengthens it instead of being paired itself
    /// (unless that judgement is also an aspect the opinion describes: "the best cut").
    private func intensify(_ items: inout [ReadMatch]) {
        for index in items.indices where items[index].judges {
            var cursor = index - 1
            var start = items[index].start
            while cursor >= 0, items[cursor].end == start, let factor = items[cursor].info.intensifier {
                items[index].intensity *= factor
                start = items[cursor].start
                cursor -= 1
            }
            if index + 1 < items.count, items[index + 1].start == items[index].end,
                let factor = items[index + 1].info.afterIntensifier
            {
                items[index].intensity *= factor
            }
        }
        for index in items.indices.dropLast() where items[index].info.isOpinion {
            let next = items[index + 1]
            guard next.start == items[index].end, next.info.judgesTheme, next.aspectThemes.isEmpty,
                !items[index].negated
            else {
                continue
            }
            items[index].absorbed = true
            items[index + 1].intensity *= 1.2
        }
    }

    /// "The staff could be friendlier", "it could be quicker": a comparative right after "could be" (or "might
    /// be") says it is not so now, like "should be". Not "could be ready" (what may happen) nor "could be
    /// worse" read as praise: only praise that is a comparative.
    private static func couldBeMore(_ item: ReadMatch, tokens: [Token]) -> Bool {
        let start = item.start
        guard start >= 2, tokens[start - 1].text == "be", ["could", "might"].contains(tokens[start - 2].text),
            ModifierReader.isComparative(tokens[start])
        else { return false }
        return true
    }

    /// Counterfactuals reach to the end of their clause; mentions too, unless "and" and a verb in the past
    /// start another action first ("I asked whether I needed a form *and got* three different answers").
    private func scope(_ items: inout [ReadMatch], tokens: [Token], layout: CommentLayout) {
        var counterfactualClause = -1
        var mentionEnd = -1
        for index in items.indices {
            let item = items[index]
            if item.info.isCounterfactual { counterfactualClause = item.clause }
            if item.info.isMention {
                mentionEnd = Self.coordinationCut(from: item.end, to: layout.clauseEnd[item.clause], tokens: tokens)
            }
            if item.clause == counterfactualClause || Self.couldBeMore(item, tokens: tokens) { items[index].counterfactual = true }
            if item.start < mentionEnd || Self.namesTopic(item, tokens: tokens) { items[index].silenced = true }
        }
    }

    /// "The emails about the delay were really good": a bare word that is both an aspect and a cue of one
    /// theme, right after an `about` word (and a determiner), names what something was about and judges
    /// nothing. A failure to tell about it still judges it as undisclosed ("nobody told us about the delay").
    private static func namesTopic(_ item: ReadMatch, tokens: [Token]) -> Bool {
        guard let theme = item.info.cueTheme, item.end - item.start == 1, item.aspectThemes.contains(theme)
        else { return false }
        var before = item.start - 1
        if before >= 0, tokens[before].flags.contains(.determiner) { before -= 1 }
        return before >= 0 && tokens[before].flags.contains(.about)
    }
}
