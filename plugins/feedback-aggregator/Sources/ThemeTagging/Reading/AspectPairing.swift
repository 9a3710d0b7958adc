/// Finds the aspect a judgement is about, within a comment's clauses.
///
/// A general opinion describes the aspect that follows it closely ("rude waiter"); else, when it does
/// not follow a copula and comes after a cue in its clause, it qualifies that cue ("knew my meds
/// better", "fixed it perfectly"); else it describes the first aspect before it in the clause ("the
/// staff were lovely", unless a customer word is the opinion's own subject, one or two words before it:
/// "staff say customers love the discounts"; a verb of liking or disliking judges its object instead:
/// "everyone loved the new menu"),
/// else the nearest after it within four words ("not impressed with the prices"). After a copula, a
/// clause that opens with an amount of money is about the price ("£18 for a burger is taking the mick").
/// A lone opening exclamation
/// ("Great, only waited ...") describes the first theme judgement or aspect of the next clause. An
/// opinion followed by a word of the class `event` ("nice *to* be reminded") judges the event, not an
/// aspect. A clause opening with a relative, a pronoun or a correction ("Marcus, who was great") also
/// sees the last aspect of the clause before it.
struct AspectPairing {
    let items: [ReadMatch]
    let tokens: [Token]
    let layout: CommentLayout
    let settings: LexiconSettings
    /// The indices of the items that are aspects, by clause.
    private var byClause: [[Int]]

    init(items: [ReadMatch], tokens: [Token], layout: CommentLayout, settings: LexiconSettings) {
        self.items = items
        self.tokens = tokens
        self.layout = layout
        self.settings = settings
        var byClause = Array(repeating: [Int](), count: layout.clauseStart.count)
        for (index, item) in items.enumerated() where !item.aspectThemes.isEmpty {
            byClause[item.clause].append(index)
        }
        for clause in byClause.indices.dropFirst().reversed() where byClause[clause].isEmpty {
            if Self.refersBack(clause, tokens: tokens, layout: layout), let antecedent = byClause[clause - 1].last,
                !(Self.opensWithThing(clause, tokens: tokens, layout: layout)
                    && items[antecedent].nounThemes.allSatisfy { $0 == settings.courtesy })
            {
                byClause[clause].append(antecedent)
            }
        }
        self.byClause = byClause
    }

    /// The indices of the aspects `clause` can see.
    func aspects(in clause: Int) -> [Int] { byClause[clause] }

    /// Whether a near opinion stands right before an aspect of none of its themes, so that it describes
    /// that noun ("older staff" is not old goods, "long story" is not a long wait).
    func describesOtherNoun(_ item: ReadMatch) -> Bool {
        guard let next = byClause[item.clause].first(where: { items[$0].start == item.end }) else { return false }
        return !item.meanings.contains { weighted in
            guard case .near(let theme, _) = weighted.meaning else { return false }
            return items[next].nounThemes.contains(theme)
        }
    }

    /// Of the themes a near opinion can judge, the one with an aspect closest to it in its clause.
    func closestNearTheme(of item: ReadMatch) -> Theme? {
        if describesOtherNoun(item) { return nil }
        var best: (Theme, Int)?
        for weighted in item.meanings {
            guard case .near(let theme, _) = weighted.meaning else { continue }
            for index in byClause[item.clause] where items[index].nounThemes.contains(theme)
                && items[index].start != item.start && noun(after: items[index], before: item) == nil
            {
                let distance = abs(items[index].start - item.start)
                if distance < (best?.1 ?? Int.max) { best = (theme, distance) }
            }
        }
        return best?.0
    }

    /// The theme of the aspect the general opinion at `index` describes, if any.
    func described(by index: Int) -> Theme? {
        let item = items[index]
        if item.end < tokens.count, tokens[item.end].flags.contains(.event) { return nil }
        let inClause = byClause[item.clause].filter { $0 != index }
        // An emoji comes after what it judges: "queue 👎 staff 👍".
        if (tokens[item.start].text.utf8.first ?? 0) >= 0xE2, tokens[item.start].isEmoji,
            let before = inClause.last(where: { items[$0].end == item.start })
        {
            return items[before].aspectThemes.first
        }
        let reach = settings.attributiveReach
        // "Everyone loved the new menu", "members resent the new fee": what a verb of liking or disliking
        // judges is its object, not its subject.
        if !followsCopula(item), isVerbOfLiking(item), let object = inClause.first(where: {
            items[$0].start >= item.end && items[$0].start <= item.end + 4 && !items[$0].nounThemes.isEmpty
        }) {
            return items[head(of: object, in: inClause, before: tokens.count)].nounThemes.first
        }
        if let follows = inClause.first(where: { items[$0].start >= item.end && items[$0].start <= item.end + reach }) {
            return items[follows].aspectThemes.first
        }
        if !followsCopula(item), !followsDeterminer(item),
            let judged = items[..<index].last(where: { $0.clause == item.clause && $0.judges }),
            let theme = judged.info.cueTheme,
            // "They called the staff rude": a verb of contacting with a noun after it is no cue to qualify.
            noun(after: judged, before: item) == nil
        {
            return theme
        }
        if followsCopula(item), let lead = items[..<index].first(where: {
            $0.clause == item.clause && ($0.judges || !$0.nounThemes.isEmpty)
        }), tokens[lead.start].kind == .money, let theme = lead.info.cueTheme ?? lead.nounThemes.first {
            return theme
        }
        if neutralSubject(of: item) { return nil }
        // "Several called the staff rude": an aspect that is a verb of contacting ("called", "rang") is not the
        // subject when a noun aspect stands after it; the noun is what is described.
        var subjectCandidate = inClause.first { items[$0].start < item.start && !items[$0].nounThemes.isEmpty }
        if let first = subjectCandidate, let noun = noun(after: items[first], before: item) {
            subjectCandidate = noun
        }
        if let subject = subjectCandidate,
            !(max(items[subject].end, item.start - 2)..<item.start).contains(where: {
                tokens[$0].flags.contains(.customer)
            })
        {
            return items[head(of: subject, in: inClause, before: item.start)].nounThemes.first
        }
        // "better than the shop down the road": what follows "than" is compared with, not judged.
        let compared = item.end < tokens.count && tokens[item.end].text == "than"
        if !compared, let after = inClause.first(where: {
            items[$0].start >= item.end && items[$0].start <= item.end + 4 && !items[$0].nounThemes.isEmpty
        }) {
            return items[after].nounThemes.first
        }
        return exclaimed(by: item)
    }

    /// For an exclamation that is a sentence's whole first clause ("Oh fantastic, a £3 charge"), the
    /// theme of the first theme judgement, else the first aspect, of the next clause, unless an event
    /// word comes before it.
    private func exclaimed(by item: ReadMatch) -> Theme? {
        let clause = item.clause
        guard clause + 1 < layout.clauseStart.count, layout.clauseSentence[clause + 1] == item.sentence,
            clause == 0 || layout.clauseSentence[clause - 1] != item.sentence
        else { return nil }
        let words = (layout.clauseStart[clause]..<layout.clauseEnd[clause]).filter { !tokens[$0].isMark }
        let exclaiming = items.filter {
            $0.clause == clause && ($0.info.isOpinion || $0.isIntensifier || $0.info.isSarcasmMarker)
        }
        guard words.count <= 3, words.allSatisfy({ word in exclaiming.contains { $0.start <= word && word < $0.end } })
        else { return nil }
        let nextClause = items.filter { $0.clause == clause + 1 }
        guard let next = nextClause.first(where: { $0.info.judgesTheme }) ?? nextClause.first(where: {
            !$0.aspectThemes.isEmpty
        }) else { return nil }
        let before = layout.clauseStart[clause + 1]..<next.start
        guard !before.contains(where: { tokens[$0].flags.contains(.event) }) else { return nil }
        if next.aspectThemes.isEmpty {
            // A near opinion judges the theme of the aspect it stands beside ("Brilliant, cold chips"
            // is the chips, not cold staff), else its first theme.
            let besideThemes = Set(nextClause.flatMap(\.nounThemes))
            for weighted in next.meanings {
                if case .near(let theme, _) = weighted.meaning, besideThemes.contains(theme) { return theme }
            }
            // A near opinion with no aspect of its themes beside it judges nothing ("Oh great, another
            // 'improved' app" is not an improved wait).
            if next.meanings.allSatisfy({ if case .near = $0.meaning { true } else { false } }) { return nil }
        }
        return next.aspectThemes.first ?? next.info.judgedTheme
    }

    /// Whether the subject right before the copula of `item` is a phrase that judges no theme ("the doctor
    /// said my blood pressure *was fine*", "the waiting room is lovely"): the opinion describes it, not an
    /// aspect further back.
    private func neutralSubject(of item: ReadMatch) -> Bool {
        var cursor = item.start - 1
        while cursor >= 0, let covering = items.last(where: { $0.start <= cursor && cursor < $0.end }),
            covering.isIntensifier
        {
            cursor = covering.start - 1
        }
        guard cursor >= 0, tokens[cursor].flags.contains(.copula) else { return false }
        // "my manager has been brilliant": auxiliaries may stand between the subject and the copula.
        var subjectEnd = cursor
        while subjectEnd > 0, tokens[subjectEnd - 1].flags.contains(.auxiliary), !tokens[subjectEnd - 1].flags.contains(.negator) {
            subjectEnd -= 1
        }
        return items.contains { candidate in
            (candidate.end == cursor || candidate.end == subjectEnd) && candidate.end - candidate.start > 1
                && candidate.clause == item.clause
                && !Self.prepositions.contains(tokens[candidate.start].text)
                && !followsPreposition(candidate.start)
                && candidate.meanings.allSatisfy {
                    switch $0.meaning {
                    case .neutral, .workplace: true
                    default: false
                    }
                }
        }
    }

    private static let prepositions: Set<String> = ["on", "in", "at", "for", "with", "from", "by", "to", "of", "behind"]

    /// Whether a preposition, perhaps with a determiner, stands right before `start`: the phrase there is
    /// where the subject is ("the girl on customer services was lovely", "the lady in the waiting room"),
    /// not the subject itself.
    private func followsPreposition(_ start: Int) -> Bool {
        var cursor = start - 1
        if cursor >= 0, tokens[cursor].flags.contains(.determiner) { cursor -= 1 }
        return cursor >= 0 && Self.prepositions.contains(tokens[cursor].text)
    }

    /// Of nouns in a row starting at the aspect `first` and ending before `limit`, the last: the head ("the
    /// chef's pies", "the garage prices", "praised the opticians' text reminders").
    private func head(of first: Int, in clause: [Int], before limit: Int) -> Int {
        var head = first
        while let next = clause.first(where: { items[$0].start == items[head].end && items[$0].start < limit
            && !items[$0].nounThemes.isEmpty })
        {
            head = next
        }
        return head
    }

    /// When `contact` is a verb of contacting, the first noun aspect after it and before `item` ("called | the
    /// staff | rude"): the noun, not the call, is what `item` describes. Nil for any other word, or no noun.
    private func noun(after contact: ReadMatch, before item: ReadMatch) -> Int? {
        guard Self.contactVerbs.contains(tokens[contact.start].text) else { return nil }
        return byClause[item.clause].first { items[$0].start >= contact.end && items[$0].start < item.start
            && !items[$0].nounThemes.isEmpty }
    }

    private static let contactVerbs: Set<String> = ["rang", "phoned", "called", "emailed", "texted", "chased", "messaged"]

    /// Whether the opinion is one word, a verb of liking or disliking ("loved", "resent"), whose object follows.
    private func isVerbOfLiking(_ item: ReadMatch) -> Bool {
        item.end == item.start + 1 && Self.likingVerbs.contains(tokens[item.start].text)
    }

    private static let likingVerbs: Set<String> = [
        "love", "loves", "loved", "hate", "hates", "hated", "adore", "adores", "adored", "enjoy", "enjoys", "enjoyed",
        "like", "likes", "liked", "dislike", "dislikes", "disliked", "resent", "resents", "resented", "loathe",
        "loathes", "loathed", "appreciate", "appreciates", "appreciated", "begrudge", "begrudged", "praise",
        "praised", "rave", "raved",
    ]

    /// Whether a copula ("were", "seemed") stands right before `item`, skipping intensifiers.
    private func followsCopula(_ item: ReadMatch) -> Bool {
        var cursor = item.start - 1
        while cursor >= 0, let covering = items.last(where: { $0.start <= cursor && cursor < $0.end }),
            covering.isIntensifier
        {
            cursor = covering.start - 1
        }
        return cursor >= 0 && tokens[cursor].flags.contains(.copula)
    }

    /// Whether a determiner ("the", "a") stands right before `item`: the opinion is then a noun.
    private func followsDeterminer(_ item: ReadMatch) -> Bool {
        item.start > 0 && tokens[item.start - 1].flags.contains(.determiner)
    }

    /// Whether a clause opens with "it", "this" or "that", which never stand for a person: "The optician always
    /// runs on time. Love that." praises the time, not the optician.
    private static func opensWithThing(_ clause: Int, tokens: [Token], layout: CommentLayout) -> Bool {
        (layout.clauseStart[clause]..<min(layout.clauseStart[clause] + 3, layout.clauseEnd[clause])).contains {
            ["it", "this", "that"].contains(tokens[$0].text)
        }
    }

    /// Whether a clause opens with a relative or a correction (seeing back within its sentence) or a
    /// pronoun (seeing back into the sentence before too).
    private static func refersBack(_ clause: Int, tokens: [Token], layout: CommentLayout) -> Bool {
        let start = layout.clauseStart[clause]
        let sameSentence = layout.clauseSentence[clause - 1] == layout.clauseSentence[clause]
        // After a dash, a clause with no aspect of its own comments on the one before ("Loos at the station
        // - surprisingly not grim!"); so does one opened by a contrast, its subject left out ("the room was
        // dated but comfortable").
        if sameSentence, start > 0, ["-", "\u{2013}", "\u{2014}"].contains(tokens[start - 1].text) { return true }
        if sameSentence, ["but", "yet", "though", "although"].contains(tokens[start].text) { return true }
        // A clause that opens with a copula has left its subject in the clause before ("the bank manager,
        // Oliver, was a delight").
        if sameSentence, tokens[start].flags.contains(.copula) { return true }
        for index in start..<min(start + 2, layout.clauseEnd[clause]) {
            let flags = tokens[index].flags
            if flags.contains(.relative) || flags.contains(.correction) { return sameSentence }
            if flags.contains(.pronoun) { return true }
        }
        return false
    }
}
