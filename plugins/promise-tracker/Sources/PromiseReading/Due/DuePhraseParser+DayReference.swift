import RapportCalendar

/// Named days: "today", "tomorrow", "the day after tomorrow", weekdays ("Friday", "this
/// Friday", "next Friday"), dates ("Dec 3", "3 December 2026", "the 1st of January", "january
/// fourth"), numeric dates ("3/4", "3/4/27"), a bare day of the month ("the 15th"), and days
/// with a fixed date ("Christmas Eve", "New Year's Day").
extension DuePhraseParser {
    /// "the day after tomorrow".
    static let dayAfterTomorrow = PhraseIndex([["the", "day", "after", "tomorrow"], ["day", "after", "tomorrow"]])
    /// "this", "this coming", "the coming", "coming" before a weekday.
    static let thisWords = PhraseIndex([["this", "coming"], ["the", "coming"], ["coming"], ["this"]])
    /// Christmas Eve.
    static let christmasEve = PhraseIndex([["christmas", "eve"], ["xmas", "eve"]])
    /// Christmas Day.
    static let christmasDay = PhraseIndex([["christmas", "day"], ["xmas", "day"], ["christmas"], ["xmas"]])
    /// Words for tomorrow, misspellings included.
    static let tomorrowWords: Set<String> = ["tomorrow", "tmrw", "tmr", "tomoz", "tomorow", "tommorow", "tommorrow"]
    /// Words that may follow a bare ordinal.
    static let ordinalFollowers: Set<String> = ["itself", "latest", "please"]

    /// The named day at `index` and the index after it.
    func dayReference(at index: Int, lead: DueLead?) -> (DayReference, Int)? {
        if lead?.takesElapsed == true { return nil }
        guard let text = word(index) else { return nil }
        if text == "today" { return (.today, index + 1) }
        if Self.tomorrowWords.contains(text) { return (.tomorrow, index + 1) }
        if let next = Self.dayAfterTomorrow.match(tokens, at: index, end: end) {
            return (.dayAfterTomorrow, next)
        }
        return weekday(at: index, lead: lead)
            ?? namedDate(at: index)
            ?? numericDate(at: index)
            ?? monthFirstDate(at: index)
            ?? dayFirstDate(at: index, lead: lead)
    }

    /// "Friday", "this Friday", "this coming Friday", "next Friday", "on sat" (after a lead).
    private func weekday(at index: Int, lead: DueLead?) -> (DayReference, Int)? {
        var at = index
        var next = false
        var qualified = lead != nil
        if let after = Self.thisWords.match(tokens, at: at, end: end) {
            at = after
            qualified = true
        } else if word(at) == "next" {
            at += 1
            next = true
            qualified = true
        }
        guard let name = word(at), !CalendarWords.pluralWeekdays.contains(name),
              let day = CalendarWords.weekdayNames[name] ?? (qualified ? CalendarWords.ambiguousWeekdays[name] : nil)
        else { return nil }
        if word(at + 1) == "week" { return nil }
        // "Friday the 13th", "Friday 13 March": the date says more than the weekday.
        let afterComma = at + 1 < end && tokens[at + 1].kind == .comma ? at + 2 : at + 1
        if let dated = monthFirstDate(at: afterComma) ?? dayFirstDate(at: afterComma, lead: .on) { return dated }
        if let after = match(["next", "week"], at: at + 1) { return (.weekday(day, nextWeek: true), after) }
        if let after = match(["this", "week"], at: at + 1) { return (.weekday(day, nextWeek: next), after) }
        return (.weekday(day, nextWeek: next), at + 1)
    }

    /// "Christmas", "Christmas Eve", "Boxing Day", "New Year's Eve", "New Year's Day".
    private func namedDate(at index: Int) -> (DayReference, Int)? {
        if let next = Self.christmasEve.match(tokens, at: index, end: end) { return (.date(month: 12, day: 24, year: nil), next) }
        if let next = Self.christmasDay.match(tokens, at: index, end: end) {
            return (.date(month: 12, day: 25, year: nil), next)
        }
        if let next = match(["boxing", "day"], at: index) { return (.date(month: 12, day: 26, year: nil), next) }
        guard word(index) == "new", let year = word(index + 1), year == "year" || year == "years" else { return nil }
        if word(index + 2) == "eve" { return (.date(month: 12, day: 31, year: nil), index + 3) }
        return (.date(month: 1, day: 1, year: nil), word(index + 2) == "day" ? index + 3 : index + 2)
    }

    /// "3/4", "3/4/2027", "3/4/27".
    private func numericDate(at index: Int) -> (DayReference, Int)? {
        guard let text = word(index), text.utf8.contains(0x2F) else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 }),
              let first = Int(parts[0]), let second = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        var year: Int?
        if parts.count == 3 {
            guard let written = Int(parts[2]), parts[2].count == 2 || parts[2].count == 4 else { return nil }
            year = written < 100 ? 2000 + written : written
        }
        return (.numericDate(first: first, second: second, year: year), index + 1)
    }

    /// "Dec 3", "December 3rd", "December the 3rd", "january fourth", "Dec 3, 2026".
    private func monthFirstDate(at index: Int) -> (DayReference, Int)? {
        guard let name = word(index), let month = CalendarWords.monthNames[name] else { return nil }
        let at = skip("the", at: index + 1)
        guard let (day, next) = dayNumber(at: at) else { return nil }
        let (year, after) = yearNumber(at: next)
        return (.date(month: month, day: day, year: year), after)
    }

    /// "3 December", "3rd December", "the 3rd of December", "the fourth of january", or a
    /// bare day of the month ("the 15th", "the twenty sixth").
    private func dayFirstDate(at index: Int, lead: DueLead?) -> (DayReference, Int)? {
        let hasArticle = word(index) == "the"
        let at = hasArticle ? index + 1 : index
        guard let (day, next) = dayNumber(at: at) else { return nil }
        let ofMonth = skip("of", at: next)
        if let name = word(ofMonth), let month = CalendarWords.monthNames[name] {
            let (year, after) = yearNumber(at: ofMonth + 1)
            return (.date(month: month, day: day, year: year), after)
        }
        if let after = match(["of", "this", "month"], at: next) { return (.dayOfMonth(day), after) }
        if let after = match(["of", "next", "month"], at: next) { return (.dayOfNextMonth(day), after) }
        let isOrdinal = NumberWords.ordinal(tokens, at: at, end: end) != nil
        let inDigits = tokens[at].text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
        guard isOrdinal, hasArticle || lead != nil && inDigits, ordinalMayEnd(at: next) else { return nil }
        return (.dayOfMonth(day), next)
    }

    /// A day of the month as an ordinal or a cardinal, 1 through 31.
    private func dayNumber(at index: Int) -> (Int, Int)? {
        if let (value, next) = NumberWords.ordinal(tokens, at: index, end: end), (1...31).contains(value) { return (value, next) }
        if let (value, next) = NumberWords.cardinal(tokens, at: index, end: end), (1...31).contains(value) { return (value, next) }
        return nil
    }

    /// An optional year after a date ("2027", ", 2027").
    private func yearNumber(at index: Int) -> (Int?, Int) {
        let at = index < end && tokens[index].kind == .comma ? index + 1 : index
        guard let text = word(at), text.utf8.count == 4, let year = NumberWords.digits(text), (2000...2199).contains(year) else {
            return (nil, index)
        }
        return (year, at + 1)
    }

    /// Whether a bare ordinal may end at `index` ("the 15th, ...", "the 15th at noon") rather
    /// than count a noun ("the first thing", "the second floor").
    private func ordinalMayEnd(at index: Int) -> Bool {
        guard index < end, tokens[index].kind == .word else { return true }
        let next = tokens[index]
        return next.is([.preposition, .coordinator, .subordinator, .filler, .subjectPronoun, .timeWord, .midAdverb])
            || Self.ordinalFollowers.contains(next.text)
    }
}
