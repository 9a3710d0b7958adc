/// Days of the week compared with the one promised: "They said Wednesday; it was ready the following
/// Monday" (`@late-day`), "Promised for Friday and it came on Friday" (`@kept-day`). A day is promised when
/// a `promising` or `booking` word stands within the six tokens before it in its sentence, with no other day
/// between them ("said Wednesday", "booked to be fitted on Tuesday"; not Friday in "said Wednesday and it came
/// Friday"), or its sentence ends with one after it ("Ready by Tuesday, they said.",
/// "..., she told me."). Each day named after the promise, in its sentence or the next two, in a clause
/// that says something arrived or was done (``ArrivalWords``: "ready", "came", "fitted", "turned up"; not
/// "came back", a return visit), is counted forward from it: a later weekday is that many days on,
/// "following", "next" or "week on" adds a week, and the same weekday with none of those is the day
/// promised, unless a later day is late. A day that is itself promised again, or follows "every" ("every
/// Tuesday"), is not compared.
enum DaysCompared {
    /// Marks the late and kept days in `tokens`, given the days named in them (``DaySpans/days(in:)``).
    static func mark(_ tokens: inout [Token], days named: [DaySpans.NamedDay]) {
        let days = named.filter(\.isWeekday).map { (index: $0.index, day: $0.number) }
        guard days.count >= 2 else { return }
        var promise: (index: Int, day: Int, sentence: Int)?
        for (index, day) in days {
            let sentence = tokens[..<index].reduce(0) { $0 + ($1.kind == .sentenceEnd ? 1 : 0) }
            if promised(tokens, index) {
                promise = (index, day, sentence)
                continue
            }
            guard let agreed = promise, sentence - agreed.sentence <= 2, !after(["every", "each"], tokens, index),
                ArrivalWords.inClause(tokens, index)
            else { continue }
            var offset = (day - agreed.day + 7) % 7
            if after(["following", "next"], tokens, index) || weekOn(tokens, index) { offset += 7 }
            if offset == 0 {
                tokens[index].keptDay = true
            } else {
                tokens[index].lateDay = true
            }
        }
        // "said Thursday ... ready Thursday? No. Ready the following Tuesday": a day late after it undoes
        // a day kept.
        if let lastLate = tokens.lastIndex(where: \.lateDay) {
            for index in 0..<lastLate where tokens[index].keptDay { tokens[index].keptDay = false }
        }
    }

    /// The day of the week a word names, Monday 0 to Sunday 6.
    static func weekday(_ word: String) -> Int? {
        // Most words start with another letter: skip them before comparing strings (a measured 1% of tagging).
        guard let first = word.utf8.first, first == UInt8(ascii: "m") || first == UInt8(ascii: "t")
            || first == UInt8(ascii: "w") || first == UInt8(ascii: "f") || first == UInt8(ascii: "s")
        else { return nil }
        // A day's name is 3 to 5 letters, or 6 to 9 ending "day": most words fail on their length or ending.
        let count = word.utf8.count
        guard count >= 3, count <= 9, count <= 5 || word.utf8.last == UInt8(ascii: "y") else { return nil }
        return switch word {
        case "monday", "mon": 0
        case "tuesday", "tues", "tue": 1
        case "wednesday", "weds", "wed": 2
        case "thursday", "thurs", "thu": 3
        case "friday", "fri": 4
        case "saturday": 5
        case "sunday": 6
        default: nil
        }
    }

    /// Whether the day at `index` is the one promised: after a `promising` or `booking` word within six
    /// tokens in its sentence, not negated, or in a sentence that ends by saying who promised it ("Ready by
    /// Tuesday, they said").
    private static func promised(_ tokens: [Token], _ index: Int) -> Bool {
        if let word = tokens.word(.promising, within: 6, before: index) ?? tokens.word(.booking, within: 6, before: index) {
            // "said Wednesday and it came Friday": the promise was the day between them, not this one.
            return !(word + 1..<index).contains { tokens[$0].flags.contains(.negator) || weekday(tokens[$0].text) != nil }
        }
        var cursor = index + 1
        while cursor < tokens.count, tokens[cursor].kind != .sentenceEnd {
            if weekday(tokens[cursor].text) != nil { return false }
            // "..., they said.", "..., she told me."
            if tokens[cursor].flags.contains(.promising) {
                var next = cursor + 1
                if next < tokens.count, ["me", "us", "him", "her", "them"].contains(tokens[next].text) { next += 1 }
                if next == tokens.count || tokens[next].isMark { return true }
            }
            cursor += 1
        }
        return false
    }

    /// Whether one of `words` stands right before the day at `index`, or before "the" before it.
    static func after(_ words: Set<String>, _ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        if words.contains(tokens[index - 1].text) { return true }
        return index > 1 && tokens[index - 1].text == "the" && words.contains(tokens[index - 2].text)
    }

    /// "a week on Monday", "a week Monday": a week after the day named.
    private static func weekOn(_ tokens: [Token], _ index: Int) -> Bool {
        guard index >= 2 else { return false }
        if case .duration(let minutes) = tokens[index - 1].kind, minutes >= 7 * 1440 { return true }
        if tokens[index - 1].text == "on", case .duration(let minutes) = tokens[index - 2].kind, minutes >= 7 * 1440 {
            return true
        }
        return false
    }
}
