/// Closing words: "end of day", "EOD", "by close", "close of business (today)", "before we
/// close", "by the time we shut", "end of the week", "end of next month", "end of day tomorrow".
extension DuePhraseParser {
    /// Nouns that name the location in "before the shop closes".
    static let premises: Set<String> = [
        "shop", "store", "branch", "office", "clinic", "desk", "counter", "garage", "bank", "practice", "surgery",
        "centre", "center", "reception", "front", "hotel", "showroom", "workshop", "doors",
    ]

    /// Who closes in "before we close".
    static let closers: Set<String> = ["we", "they", "i"]
    /// Verbs of closing with a pronoun subject.
    static let closeVerbs: Set<String> = ["close", "shut", "finish", "lock"]
    /// Verbs of closing with the premises as subject.
    static let closesVerbs: Set<String> = ["closes", "shuts", "close", "shut"]
    /// Words that may end a closing clause ("before we close up for the day").
    static let closingTails = PhraseIndex([["up"], ["for", "the", "day"], ["today"], ["tonight"], ["this", "evening"]])

    /// Closing words at `index`.
    func closing(at index: Int, lead: DueLead?) -> (DueExpression, Int)? {
        if let found = abbreviation(at: index) { return found }
        if let found = endOf(at: index) { return found }
        guard let lead, lead.takesClock else { return nil }
        return closeWord(at: index)
    }

    /// "EOD", "COB", "EOP", optionally followed by "today" or "tomorrow".
    private func abbreviation(at index: Int) -> (DueExpression, Int)? {
        guard let text = word(index) else { return nil }
        let base: DueExpression
        switch text {
        case "eod", "eop", "eob": base = .endOfToday
        case "cob", "cop", "cod": base = .closeOfBusiness
        default: return nil
        }
        return dayAfterClosing(base, at: index + 1)
    }

    /// "(the) end of (the) day / today / business / week / month / Friday", "close of business".
    private func endOf(at index: Int) -> (DueExpression, Int)? {
        var at = skip("the", at: index)
        guard let kind = word(at), kind == "end" || kind == "close", word(at + 1) == "of" else { return nil }
        at = skip("the", at: at + 2)
        guard let noun = word(at) else { return nil }
        switch noun {
        case "day", "today":
            return dayAfterClosing(.endOfToday, at: at + 1)
        case "tomorrow":
            return (.day(.tomorrow, .closing), at + 1)
        case "business", "play", "trading", "working":
            let after = word(at + 1) == "day" ? at + 2 : at + 1
            return dayAfterClosing(.closeOfBusiness, at: after)
        case "week", "month":
            return (noun == "week" ? .week(next: false) : .month(next: false), at + 1)
        case "this", "next":
            guard let unit = word(at + 1), unit == "week" || unit == "month" else { return nil }
            let next = noun == "next"
            return (unit == "week" ? .week(next: next) : .month(next: next), at + 2)
        default:
            if let month = CalendarWords.monthNames[noun], noun != "may" || word(at - 1) == "of" {
                return (.endOfMonth(month), at + 1)
            }
            if let weekday = CalendarWords.weekdayNames[noun], !CalendarWords.pluralWeekdays.contains(noun) {
                return (.day(.weekday(weekday, nextWeek: false), .closing), at + 1)
            }
            return nil
        }
    }

    /// "close", "closing", "closing time", optionally with "today" or "tomorrow" (after a lead).
    private func closeWord(at index: Int) -> (DueExpression, Int)? {
        guard let text = word(index), text == "close" || text == "closing" else { return nil }
        let after = text == "closing" && word(index + 1) == "time" ? index + 2 : index + 1
        if word(after) == "of" { return nil }
        return dayAfterClosing(.closeOfBusiness, at: after)
    }

    /// "we close", "the time we close", "the shop closes", "we shut up" (after "before", "by", "until").
    func closingClause(at index: Int) -> (DueExpression, Int)? {
        var at = index
        if let next = match(["the", "time"], at: at) { at = next }
        if let subject = word(at), Self.closers.contains(subject) {
            guard let verb = word(at + 1), Self.closeVerbs.contains(verb) else { return nil }
            at += 2
        } else if word(at) == "the", let noun = word(at + 1), Self.premises.contains(noun),
                  let verb = word(at + 2), Self.closesVerbs.contains(verb) {
            at += 3
        } else {
            return nil
        }
        if let next = Self.closingTails.match(tokens, at: at, end: end) { at = next }
        return (.closeOfBusiness, at)
    }

    /// `base`, or the same closing on the day named right after it ("EOD tomorrow", "end of
    /// day Friday", "close of business today").
    private func dayAfterClosing(_ base: DueExpression, at index: Int) -> (DueExpression, Int) {
        var at = index
        if word(at) == "on" || word(at) == "this", isDayWord(at + 1) { at += 1 }
        guard let text = word(at) else { return (base, index) }
        if text == "today" { return (base, at + 1) }
        if text == "tomorrow" { return (.day(.tomorrow, .closing), at + 1) }
        if let weekday = CalendarWords.weekdayNames[text], !CalendarWords.pluralWeekdays.contains(text) {
            return (.day(.weekday(weekday, nextWeek: false), .closing), at + 1)
        }
        return (base, index)
    }
}
