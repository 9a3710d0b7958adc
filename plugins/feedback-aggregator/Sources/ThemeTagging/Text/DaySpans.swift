/// Days read as a span from the one before them, when no day or length was promised: "Reported it on the
/// Monday and it was filled in by Wednesday" (`@quick-day`: at most `quickDays` days after), "ordered on the
/// 2nd, it turned up on the 19th" (`@slow-day`: at least `slowDays` days after). A day is a day of the week
/// or a date of the month ("the 3rd", "the 19th"). The first day named starts the span unless its own clause
/// says something arrived; a later day of the same kind ends it when its clause says something arrived or
/// was done (``ArrivalWords``). Days of the week count forward ("following" or "next" adds a week); dates of
/// the month must rise. A comment that promises or books a day or a length of time is left to ``DaysCompared``
/// and ``DurationsCompared``, and a day after "every" starts and ends nothing.
enum DaySpans {
    /// At most this many days from the first day to the one something arrived reads as quick.
    static let quickDays = 2
    /// At least this many days reads as slow.
    static let slowDays = 14
    static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th"]

    /// A day named in a comment: where, which (Monday 0 to Sunday 6, or the date of the month), and which kind.
    struct NamedDay {
        let index: Int
        let number: Int
        let isWeekday: Bool
    }

    /// The days named in `tokens`, in order.
    static func days(in tokens: [Token]) -> [NamedDay] {
        tokens.indices.compactMap { index in day(tokens, index).map { NamedDay(index: index, number: $0.number, isWeekday: $0.isWeekday) } }
    }

    /// Marks the quick and slow days in `tokens`, given the days named in them (``days(in:)``).
    static func mark(_ tokens: inout [Token], days: [NamedDay]) {
        guard days.count >= 2, !promisesADay(tokens, days.map(\.index)) else { return }
        guard let start = days.first, !arrived(tokens, start.index), !afterEvery(tokens, start.index) else { return }
        for end in days.dropFirst() where end.isWeekday == start.isWeekday && arrived(tokens, end.index)
            && !afterEvery(tokens, end.index)
        {
            var span: Int
            if end.isWeekday {
                span = (end.number - start.number + 7) % 7
                if DaysCompared.after(["following", "next"], tokens, end.index) { span += 7 }
            } else {
                span = end.number - start.number
            }
            if span >= 1, span <= quickDays {
                tokens[end.index].marks.insert(.quickDay)
            } else if span >= slowDays {
                tokens[end.index].marks.insert(.slowDay)
            }
            return
        }
    }

    /// A day named at `index`: a day of the week (Monday 0 to Sunday 6), or a date of the month after "the"
    /// or "on" written with its ending ("the 3rd", "on 19th").
    private static func day(_ tokens: [Token], _ index: Int) -> (number: Int, isWeekday: Bool)? {
        let text = tokens[index].text
        // Most words are neither: a day of the week starts with a letter DaysCompared checks first, a date
        // with a digit (checked before any string is compared: this runs for every word).
        guard let first = text.utf8.first else { return nil }
        guard first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
            return DaysCompared.weekday(text).map { ($0, true) }
        }
        guard index > 0, tokens[index - 1].text == "the" || tokens[index - 1].text == "on" else { return nil }
        // "2nd" is a lexicon word of its own ("2nd opinion"), so it stays one word.
        if case .word = tokens[index].kind, text.utf8.count >= 3, ordinalEndings.contains(String(text.suffix(2))),
            let value = Int(text.dropLast(2)), (1...31).contains(value), endsDate(tokens, index + 1)
        {
            return (value, false)
        }
        guard case .number(let value) = tokens[index].kind, value >= 1, value <= 31, value == value.rounded(),
            index + 1 < tokens.count, ordinalEndings.contains(tokens[index + 1].text), endsDate(tokens, index + 2)
        else { return nil }
        return (Int(value), false)
    }

    /// Whether what follows an ordinal leaves it a date, not a count: the end of a clause, "of" or a month, or a
    /// word that goes on about when ("on the 2nd, the 2nd at ten, the 19th with the box smashed"); not a noun
    /// it counts ("the 2nd engineer", "the 20th time").
    private static func endsDate(_ tokens: [Token], _ index: Int) -> Bool {
        guard index < tokens.count else { return true }
        let next = tokens[index]
        return next.kind != .word || dateFollowers.contains(next.text)
    }

    private static let dateFollowers: Set<String> = [
        "of", "at", "in", "on", "by", "and", "but", "with", "when", "so", "then", "which", "after", "before", "until",
        "till", "to", "for", "as", "because", "though", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "i", "we", "it", "they", "she", "he",
    ]

    /// Whether a day or a length of time is promised or booked: a `promising` or `booking` word within the six
    /// tokens before it in its sentence ("said 3-5 working days", "booked for Tuesday"). Other such words
    /// ("didn't think I'd ever say that") promise nothing.
    private static func promisesADay(_ tokens: [Token], _ days: [Int]) -> Bool {
        let lengths = tokens.indices.filter { if case .duration = tokens[$0].kind { true } else { false } }
        return (days + lengths).contains { index in
            tokens.word(.promising, within: 6, before: index) != nil || tokens.word(.booking, within: 6, before: index) != nil
        }
    }

    /// Whether the clause of `index` says something arrived or was done ("filled" too: a pothole).
    private static func arrived(_ tokens: [Token], _ index: Int) -> Bool {
        ArrivalWords.inClause(tokens, index, also: ["filled"])
    }

    private static func afterEvery(_ tokens: [Token], _ index: Int) -> Bool {
        index > 0 && ["every", "each"].contains(tokens[index - 1].text)
    }
}
