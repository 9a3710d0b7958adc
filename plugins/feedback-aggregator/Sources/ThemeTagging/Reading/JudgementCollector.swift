/// Turns matched phrases into judgements of themes: cues judge their theme, near opinions judge their
/// theme beside one of its aspects, general opinions judge the aspect they describe (see
/// ``AspectPairing``), and negated problems and needs judge their theme. A communication failure about
/// an aspect of an undisclosed theme judges that theme too ("nobody mentioned the clean-up fee").
struct JudgementCollector: Sendable {
    let settings: LexiconSettings

    /// The judgements and the unattached signals of a comment.
    func collect(_ items: [ReadMatch], tokens: [Token], layout: CommentLayout) -> ([Judgement], [Signal]) {
        let pairing = AspectPairing(items: items, tokens: tokens, layout: layout, settings: settings)
        var judgements: [Judgement] = []
        var signals: [Signal] = []
        for (index, item) in items.enumerated() where item.judges && !item.absorbed && !item.silenced {
            let nearTheme = pairing.closestNearTheme(of: item)
            var nearDone = item.info.judgesTheme && pairing.describesOtherNoun(item)
            for weighted in item.meanings {
                let target: Theme?
                let polarity: Polarity
                switch weighted.meaning {
                case .cue(let theme, let base):
                    guard nearTheme == nil, !Self.timesASkill(index, theme: theme, items: items, tokens: tokens,
                                                              expertise: settings.expertise)
                    else { continue }
                    (target, polarity) = (theme, base)
                case .near(let theme, let base):
                    guard !nearDone, nearTheme == nil || nearTheme == theme else { continue }
                    nearDone = true
                    (target, polarity) = (nearTheme, base)
                case .opinion(let base):
                    (target, polarity) = (pairing.described(by: index), base)
                case .problem(let theme):
                    guard item.negated else { continue }
                    (target, polarity) = (theme, .negative)
                case .need(let theme):
                    // A need stressed as done ("actually explained", "always texts") is praise; plain "told
                    // us" is not.
                    let stressed = item.start > 0 && Self.affirming.contains(tokens[item.start - 1].text)
                        && !tokens[item.start].quoted
                    guard item.negated || item.counterfactual || stressed else { continue }
                    (target, polarity) = (theme, item.negated || !item.counterfactual ? .positive : .negative)
                default:
                    continue
                }
                if target != nil, target == settings.expertise, Self.hasCustomerSubject(item, tokens: tokens, layout: layout) {
                    continue
                }
                if case .cue = weighted.meaning, target != nil, target == settings.courtesy,
                    Self.hasCustomerNounSubject(item, tokens: tokens, layout: layout)
                {
                    continue
                }
                let (judged, weight) = judge(polarity, weighted.weight, item, tokens: tokens, layout: layout)
                guard let target else {
                    signals.append(Signal(polarity: judged, clause: item.clause, sentence: item.sentence))
                    continue
                }
                judgements.append(Judgement(
                    theme: target, polarity: judged, weight: weight, position: item.start, clause: item.clause,
                    sentence: item.sentence, negated: item.negated
                ))
                if judged == .negative, target == settings.disclosure {
                    judgements += undisclosed(by: item, pairing: pairing, tokens: tokens)
                }
            }
        }
        judgements += ellipticalDenials(items, judgements: judgements, signals: signals, tokens: tokens, layout: layout)
        let replies = contradictedReports(tokens: tokens, layout: layout)
        judgements.removeAll { judgement in replies.denied.contains { $0.contains(judgement.position) } }
        for promise in replies.promises {
            for index in judgements.indices where promise.words.contains(judgements[index].position) {
                judgements[index].polarity = promise.polarity
            }
        }
        judgements += replies.found
        judgements += revealedReports(items, tokens: tokens, layout: layout)
        return (judgements, signals)
    }

    /// Whether the cue at `index` is a length of time ("in minutes", "within a minute of looking") right after
    /// praise of the `expertise` theme in its clause: it says how fast a skill worked ("diagnosed the fault in
    /// minutes"), not how long the customer waited.
    static func timesASkill(_ index: Int, theme: Theme, items: [ReadMatch], tokens: [Token], expertise: Theme?) -> Bool {
        let item = items[index]
        guard let expertise, theme != expertise,
            (item.start..<item.end).contains(where: { if case .duration = tokens[$0].kind { true } else { false } }),
            ["in", "within"].contains(tokens[item.start].text)
        else { return false }
        return items[..<index].contains { earlier in
            earlier.clause == item.clause && item.start - earlier.end <= 4 && !earlier.negated
                && earlier.meanings.contains { if case .cue(expertise, .positive) = $0.meaning { true } else { false } }
        }
    }

    /// Adverbs that affirm a need was met when they stand right before it ("they actually listen", "always
    /// texts").
    static let affirming: Set<String> = ["actually", "always", "even", "really", "properly", "genuinely", "clearly"]

    /// Whether `item` is about knowing or asking and a customer word is its subject: it stands right before
    /// it in its clause, with only auxiliaries, adverbs and negators between ("I had no idea", "I still
    /// don't know", "customers keep asking"). "We" and "you" are left out: "we" is the staff in employee
    /// comments ("we don't know"), "you" as often general ("you can tell they know their stuff").
    static func hasCustomerSubject(_ item: ReadMatch, tokens: [Token], layout: CommentLayout) -> Bool {
        guard (item.start..<item.end).contains(where: { tokens[$0].flags.contains(.knowing) }) else { return false }
        let clauseStart = layout.clauseStart[item.clause]
        var cursor = item.start - 1
        while cursor >= clauseStart, tokens[cursor].flags.contains(.auxiliary) || tokens[cursor].flags.contains(.negator) {
            cursor -= 1
        }
        return cursor >= clauseStart && tokens[cursor].flags.contains(.customer) && tokens[cursor].text != "you"
            && tokens[cursor].text != "we"
    }

    /// Whether a customer noun ("customers", "patients", not a pronoun) is the subject of `item`, with only
    /// auxiliaries, adverbs and negators between: "patients are generally patient with us".
    static func hasCustomerNounSubject(_ item: ReadMatch, tokens: [Token], layout: CommentLayout) -> Bool {
        let clauseStart = layout.clauseStart[item.clause]
        var cursor = item.start - 1
        while cursor >= clauseStart, tokens[cursor].flags.contains(.auxiliary) || tokens[cursor].flags.contains(.negator) {
            cursor -= 1
        }
        guard cursor >= clauseStart, tokens[cursor].flags.contains(.customer), !tokens[cursor].flags.contains(.pronoun),
            !["i", "we", "you"].contains(tokens[cursor].text)
        else { return false }
        // After a preposition the noun is an object, not the subject: "brought crayons for the kids without
        // us asking".
        var before = cursor - 1
        while before >= clauseStart, ["the", "my", "our", "his", "her", "their", "a", "an", "some"].contains(tokens[before].text) {
            before -= 1
        }
        return before < clauseStart || !["for", "to", "with", "at", "from", "by", "towards", "of"].contains(tokens[before].text)
    }

    /// The polarity and weight of a judgement after negation, counterfactuals, quotation and contrast.
    private func judge(_ base: Polarity, _ weight: Double, _ item: ReadMatch, tokens: [Token], layout: CommentLayout)
        -> (Polarity, Double)
    {
        var polarity = base
        var weight = weight * item.intensity * layout.clauseWeight[item.clause]
        if item.negated {
            if item.hedged {
                weight *= base == .negative ? settings.hedgedWeight : 1
            } else {
                weight *= settings.negatedWeight
            }
            polarity = base.flipped
        }
        if item.counterfactual { polarity = .negative }
        if tokens[item.start].quoted && polarity == .positive { polarity = .negative }
        return (polarity, weight)
    }

    /// "Nobody mentioned the fee", "kept in the dark about the delay": a communication failure also
    /// judges the undisclosed themes whose aspects stand in its clause, when the failure says no (a
    /// negation or counterfactual), or whose aspect follows it as what it was "about". An aspect the
    /// customer asked about ("I've emailed about the delay three times and had no answer") is the subject
    /// of their enquiry, not something kept from them: it judges nothing.
    private func undisclosed(by item: ReadMatch, pairing: AspectPairing, tokens: [Token]) -> [Judgement] {
        let saysNo = item.negated || item.counterfactual
            || (item.start..<item.end).contains { tokens[$0].flags.contains(.negator) }
        var found: [Judgement] = []
        var candidates = pairing.aspects(in: item.clause)
        // "Found a £12 card fee on my receipt. Nobody mentioned it": a failure to tell whose object is a pronoun is
        // about the aspects of the clause before, when its own clause has none.
        if saysNo, candidates.isEmpty, item.clause > 0,
            (item.end..<min(item.end + 2, tokens.count)).contains(where: { ["it", "this", "that", "them"].contains(tokens[$0].text) })
        {
            candidates = pairing.aspects(in: item.clause - 1)
        }
        for index in candidates {
            let aspect = pairing.items[index]
            if askedAbout(aspect.start, tokens: tokens) { continue }
            let about = aspect.start >= item.end
                && (1...2).contains { aspect.start - $0 >= 0 && tokens[aspect.start - $0].flags.contains(.about) }
            guard saysNo || about else { continue }
            for theme in aspect.aspectThemes where settings.undisclosed.contains(theme)
                && !found.contains(where: { $0.theme == theme })
            {
                found.append(Judgement(
                    theme: theme, polarity: .negative, weight: settings.undisclosedWeight, position: aspect.start,
                    clause: item.clause, sentence: item.sentence
                ))
            }
        }
        return found
    }

    /// Whether the aspect starting at `start` follows an `about` word (within four words) that follows a
    /// verb of the customer's own enquiry (within two) whose subject is the customer or left out: "I've
    /// emailed about her dinner money", "Rang them about the delay". "Nobody rang me about the delay" is
    /// a failure to tell, so it still judges the delay.
    private func askedAbout(_ start: Int, tokens: [Token]) -> Bool {
        for about in max(0, start - 4)..<start where tokens[about].flags.contains(.about) {
            for verb in max(0, about - 2)..<about where tokens[verb].flags.contains(.enquiry) {
                let subject = max(0, verb - 3)..<verb
                if verb == 0 || tokens[verb - 1].isMark { return true }
                if subject.contains(where: { tokens[$0].flags.contains(.negator) }) { continue }
                if subject.contains(where: { tokens[$0].flags.contains(.customer) }) { return true }
            }
        }
        return false
    }
}
