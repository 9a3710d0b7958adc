import RapportCalendar

/// Reads a time of day from tokens: "3pm", "3 pm", "10.30am", "16:00", "ten am", "four thirty
/// pm", "noon", "midday", "12 noon", "midnight", "5 o'clock", "half past three", "5 in the
/// afternoon".
enum ClockReader {
    /// The time of day starting at `index`, and the index after it. A bare hour ("5", "five")
    /// is read only when `allowBare`, as an hour without am or pm.
    static func clock(_ tokens: [Token], at index: Int, end: Int, allowBare: Bool) -> (ClockTime, Int)? {
        guard index < end, tokens[index].kind == .word else { return nil }
        switch tokens[index].text {
        case "noon", "midday": return (.exact(LocalTime(hour: 12, minute: 0)!), index + 1)
        case "midnight": return (.exact(.endOfDay), index + 1)
        case "half", "quarter": return fraction(tokens, at: index, end: end)
        default: break
        }
        guard let numeral = ClockNumeral.read(tokens, at: index, end: end) else { return nil }
        return finish(numeral, tokens, end: end, allowBare: allowBare)
    }

    /// Completes a time after its numeral: am/pm, "o'clock", "in the morning", or a 24-hour time.
    private static func finish(_ numeral: ClockNumeral, _ tokens: [Token], end: Int, allowBare: Bool) -> (ClockTime, Int)? {
        var next = numeral.next
        var pm = numeral.pm
        let hour = numeral.hour
        if pm == nil, next < end {
            switch tokens[next].text {
            case "am": pm = false; next += 1
            case "pm": pm = true; next += 1
            case "noon" where hour == 12 && numeral.minute == 0: return (.exact(LocalTime(hour: 12, minute: 0)!), next + 1)
            default: break
            }
        }
        if pm == nil, next + 1 < end {
            let first = tokens[next].text
            let second = tokens[next + 1].text
            if first == "in", second == "the", next + 2 < end {
                switch tokens[next + 2].text {
                case "morning": pm = false; next += 3
                case "afternoon", "evening": pm = true; next += 3
                default: break
                }
            } else if first == "at", second == "night" {
                pm = true
                next += 2
            }
        }
        if let pm {
            guard hour >= 1, hour <= 12, let time = LocalTime(hour: hour % 12 + (pm ? 12 : 0), minute: numeral.minute) else {
                return nil
            }
            return (.exact(time), next)
        }
        if numeral.hasMinutes, hour >= 13 || hour == 0 || numeral.zeroPadded {
            guard hour < 24, let time = LocalTime(hour: hour, minute: numeral.minute) else { return nil }
            return (.exact(time), next)
        }
        guard hour >= 1, hour <= 12 else { return nil }
        if next < end, tokens[next].text == "oclock" { return (.ambiguous(hour: hour, minute: numeral.minute), next + 1) }
        if numeral.hasMinutes || allowBare { return (.ambiguous(hour: hour, minute: numeral.minute), next) }
        return nil
    }

    /// "half past three", "quarter past four", "quarter to five" (hours without am or pm).
    private static func fraction(_ tokens: [Token], at index: Int, end: Int) -> (ClockTime, Int)? {
        if tokens[index].text == "half", let (hour, after) = NumberWords.cardinal(tokens, at: index + 1, end: end), hour >= 1, hour <= 12,
           tokens[index + 1].text != "past" {
            return (.ambiguous(hour: hour, minute: 30), after)
        }
        guard index + 2 < end else { return nil }
        let relation = tokens[index + 1].text
        guard relation == "past" || relation == "to",
              let (hour, after) = NumberWords.cardinal(tokens, at: index + 2, end: end), hour >= 1, hour <= 12 else { return nil }
        if relation == "past" { return (.ambiguous(hour: hour, minute: tokens[index].text == "half" ? 30 : 15), after) }
        guard tokens[index].text == "quarter" else { return nil }
        return (.ambiguous(hour: hour == 1 ? 12 : hour - 1, minute: 45), after)
    }
}
