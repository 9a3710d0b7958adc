import RapportCalendar

/// Named days and times of day: "tomorrow", "by Friday", "next Tuesday", "this morning",
/// "tomorrow at 3pm", "by 10am tomorrow", "by 5pm", "next week", "this month".
extension DuePhraseParser {
    /// "next week", "this week", "later this week", "next month", "this month".
    func weekOrMonth(at index: Int, lead: DueLead?) -> (DueExpression, Int)? {
        guard lead?.takesElapsed != true || lead == .inside else { return nil }
        var at = index
        var next = false
        switch word(at) {
        case "next": next = true; at += 1
        case "this": at += 1
        case "later" where word(at + 1) == "this": at += 2
        default: return nil
        }
        switch word(at) {
        case "week": return (.week(next: next), at + 1)
        case "month": return (.month(next: next), at + 1)
        default: return nil
        }
    }

    /// A time of day first: "by 5pm", "at noon", "by 10am tomorrow", "3pm on Friday".
    func timeFirst(at index: Int, lead: DueLead?) -> (DueExpression, Int)? {
        guard lead?.takesElapsed != true else { return nil }
        let (clock, next): (ClockTime, Int)
        if let found = ClockReader.clock(tokens, at: index, end: end, allowBare: false) {
            (clock, next) = found
        } else if lead?.takesClock == true, let found = ClockReader.clock(tokens, at: index, end: end, allowBare: true),
                  bareHourMayEnd(at: found.1) {
            (clock, next) = found
        } else {
            return nil
        }
        var at = next
        if let (part, after) = partOfToday(at: at) { return (.dayAt(.today, clock.inHalf(pm: part)), after) }
        if word(at) == "on" || word(at) == "this" { at += 1 }
        if let (day, after) = dayReference(at: at, lead: .on) {
            if let (part, afterPart) = partOfDay(at: after) { return (.dayAt(day, clock.inHalf(pm: part)), afterPart) }
            return (.dayAt(day, clock), after)
        }
        if word(next) == "today" { return (.dayAt(.today, clock), next + 1) }
        guard lead?.takesClock == true else { return nil }
        return (.clock(clock), next)
    }

    /// "this afternoon", "this evening", "tonight".
    static let laterToday = PhraseIndex([["this", "afternoon"], ["this", "evening"], ["tonight"]])
    /// Closing words after a named day ("tomorrow end of day").
    static let closingWords = PhraseIndex([
        ["end", "of", "day"], ["end", "of", "the", "day"], ["eod"], ["cob"], ["close", "of", "business"], ["close"], ["closing"],
    ])
    /// Words that may join a named day to its time ("tomorrow at 3pm").
    static let timeJoiners: Set<String> = ["at", "by", "before", "around", "until"]
    /// Words that may follow a bare hour.
    static let bareHourFollowers: Set<String> = ["on", "at", "sharp", "latest", "itself", "please", "tops"]

    /// "this afternoon", "this evening", "tonight" (`true`: after noon) or "this morning" (`false`).
    private func partOfToday(at index: Int) -> (Bool, Int)? {
        if let next = Self.laterToday.match(tokens, at: index, end: end) { return (true, next) }
        if let next = match(["this", "morning"], at: index) { return (false, next) }
        return nil
    }

    /// "morning" (`false`), "afternoon", "evening" or "night" (`true`) after a named day.
    private func partOfDay(at index: Int) -> (Bool, Int)? {
        switch word(index) {
        case "morning": (false, index + 1)
        case "afternoon", "evening", "night": (true, index + 1)
        default: nil
        }
    }

    /// A named day first, with an optional part or time of day: "tomorrow", "Friday morning",
    /// "tomorrow at 3pm", "tomorrow before noon", "this afternoon at 4", "first thing Monday".
    func dayFirst(at index: Int, lead: DueLead?) -> (DueExpression, Int)? {
        guard lead?.takesElapsed != true else { return nil }
        var at = index
        var part = DayPart.closing
        if let next = match(["first", "thing"], at: at) {
            if !isDayWord(next) {
                let after = match(["in", "the", "morning"], at: next) ?? match(["tomorrow", "morning"], at: next) ?? next
                return (.firstThing, after)
            }
            part = .opening
            at = next
        }
        let day: DayReference
        var vaguePart = false
        if let next = match(["this", "morning"], at: at) {
            (day, part, at) = (.today, .morning, next)
        } else if let next = Self.laterToday.match(tokens, at: at, end: end) {
            (day, vaguePart, at) = (.today, true, next)
        } else if let next = match(["later", "today"], at: at) {
            (day, at) = (.today, next)
        } else if let (found, next) = dayReference(at: at, lead: lead) {
            (day, at) = (found, next)
            switch word(at) {
            case "morning": part = part == .opening ? .opening : .morning; at += 1
            case "afternoon", "evening", "night", "lunchtime": vaguePart = true; at += 1
            default: break
            }
        } else {
            return nil
        }
        if let (clock, next) = timeAfterDay(at: at) {
            let pm = vaguePart ? true : part == .morning ? false : nil
            return (.dayAt(day, pm.map { clock.inHalf(pm: $0) } ?? clock), next)
        }
        if vaguePart { return (.vague, at) }
        if part == .closing, let next = closingAfterDay(at: at) { at = next }
        if day == .today && part == .closing { return (.endOfToday, at) }
        if lead == .before && part == .closing { return (.dayBefore(day), at) }
        return (.day(day, part), at)
    }

    /// A time of day after a named day: "at 3pm", "by noon", "before 10", "3pm".
    private func timeAfterDay(at index: Int) -> (ClockTime, Int)? {
        var at = index
        var allowBare = false
        if let text = word(at), Self.timeJoiners.contains(text) {
            at += 1
            allowBare = true
        }
        guard let (clock, next) = ClockReader.clock(tokens, at: at, end: end, allowBare: allowBare) else { return nil }
        if case .ambiguous = clock, allowBare, !bareHourMayEnd(at: next) { return nil }
        return (clock, next)
    }

    /// "end of day", "EOD", "by close", "close of business" right after a named day: the same day's closing.
    private func closingAfterDay(at index: Int) -> Int? {
        var at = skip("by", at: index)
        at = skip("the", at: at)
        return Self.closingWords.match(tokens, at: at, end: end)
    }

    /// Whether a bare hour ("by 5", "at ten") may end at `index`: the words after it are no noun
    /// it counts ("at 5 percent").
    func bareHourMayEnd(at index: Int) -> Bool {
        guard index < end, tokens[index].kind == .word else { return true }
        let next = tokens[index]
        if CalendarWords.monthNames[next.text] != nil { return false }
        return next.is([.timeWord, .coordinator, .subordinator, .filler, .subjectPronoun])
            || Self.bareHourFollowers.contains(next.text)
    }
}
