/// Deadline words too vague to give an instant: "soon", "as soon as possible", "shortly", "in
/// due course", "in a few days", "right away". They are deadline words all the same, and are
/// reported as unreadable rather than guessed.
extension DuePhraseParser {
    /// Vague words that need no lead.
    static let vagueWords = PhraseIndex([
        ["sometime", "soon"], ["some", "time", "soon"], ["very", "soon"], ["pretty", "soon"], ["real", "soon"],
        ["quite", "soon"], ["soon"], ["asap"], ["shortly"], ["eventually"], ["later", "on"], ["straightaway"],
        ["right", "away"], ["straight", "away"], ["immediately"], ["right", "now"], ["in", "a", "bit"],
        ["in", "a", "while"], ["in", "a", "little", "while"], ["in", "a", "little", "bit"], ["in", "a", "moment"],
        ["in", "a", "sec"], ["in", "due", "course"], ["in", "the", "near", "future"], ["before", "long"],
        ["at", "some", "point"], ["one", "of", "these", "days"], ["at", "once"], ["at", "the", "earliest"],
        ["at", "the", "first", "opportunity"], ["at", "the", "earliest", "opportunity"],
        ["at", "your", "earliest", "convenience"], ["any", "minute", "now"], ["any", "day", "now"],
        ["any", "time", "now"], ["in", "no", "time"], ["when", "possible"], ["whenever", "possible"],
        ["this", "weekend"], ["at", "the", "weekend"], ["over", "the", "weekend"], ["by", "the", "weekend"],
        ["next", "weekend"], ["early", "next", "week"], ["mid", "next", "week"], ["middle", "of", "next", "week"],
        ["the", "middle", "of", "next", "week"], ["early", "this", "week"], ["next", "year"], ["this", "year"],
        ["in", "the", "new", "year"], ["in", "the", "morning"], ["in", "the", "afternoon"], ["in", "the", "evening"],
        ["in", "the", "coming", "days"], ["in", "the", "coming", "weeks"],
    ])

    /// Vague words that follow a lead ("in a bit", "before long", "at some point").
    static let vagueAfterLead = PhraseIndex([
        ["a", "bit"], ["a", "while"], ["a", "little", "while"], ["a", "little", "bit"], ["a", "moment"], ["a", "sec"],
        ["due", "course"], ["the", "near", "future"], ["the", "coming", "days"], ["the", "coming", "weeks"],
        ["the", "coming", "week"], ["some", "point"], ["long"], ["once"], ["the", "earliest"],
        ["the", "first", "opportunity"], ["the", "earliest", "opportunity"], ["the", "weekend"], ["the", "new", "year"],
        ["the", "morning"], ["the", "afternoon"], ["the", "evening"],
    ])

    /// Words that may follow "as soon as" and its kin to make them vague deadline words.
    static let asSoonAsTails = PhraseIndex([
        ["possible"], ["humanly", "possible"], ["practicable"], ["practical"], ["feasible"], ["possibly", "can"],
        ["we", "can"], ["i", "can"], ["he", "can"], ["she", "can"], ["they", "can"], ["we", "could"], ["i", "could"],
        ["we", "possibly", "can"], ["i", "possibly", "can"], ["we", "are", "able"], ["i", "am", "able"],
        ["we", "humanly", "can"], ["i", "humanly", "can"], ["they", "could"], ["we", "get", "a", "chance"],
        ["i", "get", "a", "chance"],
    ])

    /// "as soon as", "as quickly as" and their kin.
    static let asSoonAsManners: Set<String> = ["soon", "quick", "quickly", "fast", "early", "promptly"]
    /// Counts that are no number ("a few days").
    static let vagueCounts = PhraseIndex([["a", "few"], ["few"], ["several"], ["a", "number", "of"]])
    /// Counts of one or two ("a couple of").
    static let smallCounts = PhraseIndex([["a", "couple", "of"], ["couple", "of"], ["a"], ["an"]])
    /// Parts of a period with no set day.
    static let periodParts: Set<String> = ["mid", "early", "late", "middle", "beginning", "start"]

    /// Vague deadline words at `index`.
    func vague(at index: Int, lead: DueLead?) -> (DueExpression, Int)? {
        if let next = asSoonAs(at: index) { return (.vague, next) }
        // "as soon as it arrives" ties the deadline to an event: no deadline words.
        if index > 0, tokens[index - 1].text == "as", word(index) == "soon" { return nil }
        if word(index) == "later" {
            switch word(index + 1) {
            case "today", "this", "tomorrow": return nil
            case "on": return (.vague, index + 2)
            default: return (.vague, index + 1)
            }
        }
        if let next = Self.vagueWords.match(tokens, at: index, end: end) { return (.vague, next) }
        if lead != nil, let next = Self.vagueAfterLead.match(tokens, at: index, end: end) { return (.vague, next) }
        if let lead, lead != .on, let next = fuzzyPeriod(at: index) { return (.vague, next) }
        if lead?.takesElapsed == true || lead == .during, let next = fewUnits(at: index) { return (.vague, next) }
        if word(index) == "in" || word(index) == "within", let next = fewUnits(at: index + 1) { return (.vague, next) }
        return nil
    }

    /// Parts of a period with no set day ("mid-December", "early next month", "the middle of
    /// the week", "the beginning of March") or a month alone ("by December"), after a lead.
    private func fuzzyPeriod(at index: Int) -> Int? {
        var at = skip("the", at: index)
        var part = false
        if let text = word(at), Self.periodParts.contains(text) {
            part = true
            at = skip("of", at: at + 1)
            at = skip("the", at: at)
        }
        if let text = word(at), text == "this" || text == "next" { at += 1 }
        guard let unit = word(at) else { return nil }
        if let month = CalendarWords.monthNames[unit] {
            if month == 5 && !part { return nil }
            let day = skip("the", at: at + 1)
            return NumberWords.ordinal(tokens, at: day, end: end) == nil && NumberWords.cardinal(tokens, at: day, end: end) == nil
                ? at + 1 : nil
        }
        return part && ["week", "month", "year"].contains(unit) ? at + 1 : nil
    }

    /// "as soon as possible", "as quickly as we can", "as fast as i can".
    private func asSoonAs(at index: Int) -> Int? {
        guard word(index) == "as", let manner = word(index + 1), word(index + 2) == "as",
              Self.asSoonAsManners.contains(manner) else { return nil }
        return Self.asSoonAsTails.match(tokens, at: index + 3, end: end)
    }

    /// "a few days", "the next few hours", "several weeks", "a couple of months": counts that
    /// are not numbers, or units without a fixed length.
    private func fewUnits(at index: Int) -> Int? {
        var at = index
        if let next = match(["the", "next"], at: at) { at = next } else if word(at) == "the" || word(at) == "next" { at += 1 }
        var vagueCount = false
        if let next = Self.vagueCounts.match(tokens, at: at, end: end) {
            vagueCount = true
            at = next
        } else if let next = Self.smallCounts.match(tokens, at: at, end: end) {
            at = next
        } else if let (_, next) = NumberWords.cardinal(tokens, at: at, end: end) {
            at = next
        } else {
            return nil
        }
        if word(at) == "working" || word(at) == "business" { at += 1 }
        guard let unit = word(at) else { return nil }
        if CalendarWords.vagueUnits.contains(unit) { return at + 1 }
        if vagueCount, CalendarWords.elapsedUnits[unit] != nil { return at + 1 }
        return nil
    }

    /// Whether the word at `index` names a day ("tomorrow", "monday").
    func isDayWord(_ index: Int) -> Bool {
        guard let text = word(index) else { return false }
        return text == "tomorrow" || text == "today" || CalendarWords.weekdayNames[text] != nil
    }
}
