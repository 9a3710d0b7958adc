/// Elapsed time ("within 48 hours", "in two days", "within the hour", "in an hour and a
/// half", "48 hours from now") and business days ("within 3 business days", "in five working
/// days", "next working day").
extension DuePhraseParser {
    /// Words that soften a count without changing it ("about 2 hours", "under an hour").
    static let approximators = PhraseIndex([
        ["about"], ["around"], ["roughly"], ["approximately"], ["approx"], ["under"], ["less", "than"],
        ["no", "more", "than"], ["not", "more", "than"], ["at", "most"], ["max"], ["up", "to"], ["just"],
        ["another"], ["a", "maximum", "of"], ["maximum"], ["the", "next"], ["next"], ["the", "following"],
    ])

    /// "the next", "next", "the following" before "business day".
    static let nextWords = PhraseIndex([["the", "next"], ["next"], ["the", "following"]])
    /// Halves ("half an hour", "a half hour").
    static let halves = PhraseIndex([["half", "an"], ["half", "a"], ["a", "half"], ["half"]])
    /// Couples ("a couple of days").
    static let couples = PhraseIndex([["a", "couple", "of"], ["couple", "of"], ["a", "couple"]])

    /// Business or working days at `index`.
    func businessDays(at index: Int, lead: DueLead?) -> (DueExpression, Int)? {
        guard lead == nil || lead?.takesElapsed == true || lead == .by || lead == .on else { return nil }
        var at = index
        if lead != .inside && lead != .within, let next = Self.nextWords.match(tokens, at: at, end: end),
           let kind = word(next), kind == "business" || kind == "working", word(next + 1) == "day" {
            return (.businessDays(1), next + 2)
        }
        guard lead != .by && lead != .on, mentionsBusinessDays(after: at), let (count, next) = quantity(at: at) else { return nil }
        at = next
        guard let kind = word(at), kind == "business" || kind == "working" || kind == "weekdays" || kind == "weekday" else {
            return nil
        }
        if kind == "business" || kind == "working" {
            guard let unit = word(at + 1), unit == "day" || unit == "days" else { return nil }
            at += 2
        } else {
            at += 1
        }
        guard count >= 1, count == count.rounded() else { return nil }
        return (.businessDays(Int(count)), skip("time", at: at))
    }

    /// Whether "business", "working" or "weekday(s)" follows within a few words (before
    /// reading a count for them).
    private func mentionsBusinessDays(after index: Int) -> Bool {
        var at = index
        while at < end, at - index < 7, tokens[at].kind == .word || tokens[at].kind == .hyphen {
            let text = tokens[at].text
            if text == "business" || text == "working" || text == "weekdays" || text == "weekday" { return true }
            at += 1
        }
        return false
    }

    /// Elapsed time at `index`.
    func elapsed(at index: Int, lead: DueLead?) -> (DueExpression, Int)? {
        var at = index
        if let lead, lead.takesElapsed, word(at) == "the", let unit = word(at + 1) {
            switch unit {
            case "hour": return (.elapsed(seconds: 3_600), at + 2)
            case "day": return (.endOfToday, at + 2)
            case "week": return (.week(next: false), at + 2)
            case "month": return (.month(next: false), at + 2)
            default: break
            }
        }
        var count = 1.0
        var bareUnit = false
        if let next = match(["the", "next"], at: at), let unit = word(next), CalendarWords.elapsedUnits[unit] != nil, !unit.hasSuffix("s") {
            at = next
            bareUnit = true
        } else if let (value, next) = quantity(at: at) {
            count = value
            at = next
        } else {
            return nil
        }
        guard let unit = word(at), let seconds = CalendarWords.elapsedUnits[unit] else { return nil }
        at += 1
        if !bareUnit, let next = match(["and", "a", "half"], at: at) {
            count += 0.5
            at = next
        }
        if let next = match(["or", "two"], at: at), count < 2 {
            count = 2
            at = next
        }
        if let next = match(["or", "so"], at: at) { at = next }
        if let next = match(["from", "now"], at: at) ?? match(["from", "today"], at: at) ?? match(["time"], at: at) {
            at = next
        } else if lead?.takesElapsed != true {
            return nil
        }
        let total = Int((count * Double(seconds)).rounded())
        guard total > 0 else { return nil }
        return (.elapsed(seconds: total), at)
    }

    /// A count at `index`, the upper bound of a range ("2-3", "two to three", "a day or two"):
    /// digits, number words, "a"/"an", "a couple of", "half an", "a dozen", "1.5".
    func quantity(at index: Int) -> (Double, Int)? {
        var at = index
        if let next = Self.approximators.match(tokens, at: at, end: end) { at = next }
        if let next = Self.halves.match(tokens, at: at, end: end) { return (0.5, next) }
        if let next = Self.couples.match(tokens, at: at, end: end) { return (2, next) }
        if let next = match(["a", "dozen"], at: at) { return (12, next) }
        if let text = word(at), text == "a" || text == "an", word(at + 1) != "hundred" { return (1, at + 1) }
        if let text = word(at), let value = Double(text), text.contains("."), value > 0 { return (value, at + 1) }
        guard let (low, next) = NumberWords.cardinal(tokens, at: at, end: end) else { return nil }
        at = next
        var value = Double(low)
        let separator: Int? = at < end && tokens[at].kind == .hyphen ? at + 1
            : (word(at) == "to" || word(at) == "or") ? at + 1 : nil
        if let separator, let (high, after) = NumberWords.cardinal(tokens, at: separator, end: end), high > low,
           let unit = word(after), CalendarWords.elapsedUnits[unit] != nil || unit == "business" || unit == "working" {
            value = Double(high)
            at = after
        }
        return (value, at)
    }
}
