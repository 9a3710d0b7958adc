/// Times of day compared: "Booked a table for 8, sat down at 8:45", "Viewing at 11. Agent turned up at
/// 11.40", "In for my scan at 9:02 for a 9:00 appointment". A time of day after a `booking` word (or the end
/// of a window after one, "between 8 and 6"), before one ("a 9:00 appointment") or a timetabled one after
/// "the" ("the 7.52") is the time agreed; another time of day in the comment, at least the `long-time`
/// setting past it (any time past a window's end), is late and matches `@late-clock` ("turned up at @late-clock"); one at most two minutes
/// past it, or up to an hour early, is kept and matches `@kept-clock` ("seen at @kept-clock"), unless a
/// late time follows it. Times are read on a twelve-hour clock unless
/// written above 12 or followed by "pm"; a time of day is a whole number from 1 to 24 or hours and minutes
/// ("8:45", "11.40", read as numbers by the tokenizer).
enum ClockTimes {
    /// Marks the late and kept times of day in `tokens`.
    static func markLate(_ tokens: inout [Token], lateAfter minutes: Double) {
        var times: [(index: Int, minutes: Double, agreed: Bool)] = []
        var index = 0
        while index < tokens.count {
            guard let (time, end) = Self.time(tokens, index) else {
                index += 1
                continue
            }
            if afterBooking(tokens, index) {
                // "between 8 and 6", "from 7 till 6", "8 to 6": the window's end is the time agreed, and a
                // time inside the window is no time kept.
                if index + 2 < tokens.count, ["and", "to", "till", "until"].contains(tokens[index + 1].text),
                    var end = clockMinutes(tokens, index + 2)
                {
                    if end < time { end += 12 * 60 }
                    times.append((index + 2, end, true))
                    tokens[index + 2].windowEnd = true
                    index += 3
                    continue
                }
                times.append((index, time, true))
            } else {
                times.append((index, time, scheduled(tokens, index)))
            }
            index = end
        }
        for time in times where time.agreed { tokens[time.index].agreedClock = true }
        guard times.contains(where: \.agreed) else { return }
        for (position, time) in times.enumerated() where !time.agreed {
            // The time agreed is the last one before it, or else the first after it ("in at 9:02 for a
            // 9:00 appointment").
            guard let agreed = times[..<position].last(where: \.agreed) ?? times[position...].first(where: \.agreed)
            else { continue }
            var late = time.minutes - agreed.minutes
            // "booked for 11, came at 1": a time well before the one agreed is the afternoon's; "booked for 11,
            // got there at 9.45" is early.
            if late < -6 * 60, time.minutes < 12 * 60, agreed.index < time.index { late += 12 * 60 }
            // Past the end of a window booked ("from 7 till 6 ... came at ten past six") is late at once.
            let lateAfter = tokens[agreed.index].windowEnd ? 1 : minutes
            if late >= lateAfter && late < 12 * 60 {
                tokens[time.index].lateClock = true
            } else if late <= keptWithin, late >= -60, !tokens[agreed.index].windowEnd {
                tokens[time.index].keptClock = true
            }
        }
        // "seen at 9:05 ... then sent back to wait until 11": a time late after it undoes a time kept.
        if let lastLate = tokens.lastIndex(where: \.lateClock) {
            for index in 0..<lastLate where tokens[index].keptClock { tokens[index].keptClock = false }
        }
    }

    /// Minutes past the time agreed that still count as on time (`@kept-clock`).
    static let keptWithin = 2.0

    /// Whether the time of day at `index` names a booking or a timetabled service by its time: right before
    /// a `booking` word ("a 9:00 appointment", "my 2pm slot") or after "the" ("the 7.52 rolled in at 8.40").
    private static func scheduled(_ tokens: [Token], _ index: Int) -> Bool {
        var next = index + 1
        if next < tokens.count, tokens[next].text == "pm" || tokens[next].text == "am" { next += 1 }
        if next < tokens.count, tokens[next].flags.contains(.booking) { return true }
        guard index > 0, tokens[index - 1].text == "the", case .number(let value) = tokens[index].kind else { return false }
        return value != value.rounded(.down)
    }

    /// A booking word within the four words before `index`, in its sentence.
    private static func afterBooking(_ tokens: [Token], _ index: Int) -> Bool {
        tokens.word(.booking, within: 4, before: index) != nil
    }

    /// The time of day starting at `index`, in minutes after midnight, and the index after it: written in
    /// figures ("8:45", "9am", "at 7") or in words ("ten past seven", "quarter to nine", "half past six",
    /// "at half ten", "five to five"), or nil.
    static func time(_ tokens: [Token], _ index: Int) -> (minutes: Double, end: Int)? {
        // "by twenty to ten" is 9:40, not 20:00 then 10:00.
        if let found = spelled(tokens, index) { return found }
        return clockMinutes(tokens, index).map { ($0, index + 1) }
    }

    /// A time of day in words starting at `index`: "N past H", "N to H" (N five, ten, twenty, twenty-five,
    /// quarter or half, in words), "half H" after "at", "by", "till", "until", "about", "around" or "gone".
    private static func spelled(_ tokens: [Token], _ index: Int) -> (minutes: Double, end: Int)? {
        func hour(_ at: Int) -> Double? {
            guard at < tokens.count, case .number(let value) = tokens[at].kind, value >= 1, value <= 12,
                value == value.rounded(.down) else { return nil }
            return value
        }
        let word = tokens[index].text  // a copy of a reference, not of the characters
        // Only a number, a length ("a quarter") or "quarter"/"half" can start one.
        switch tokens[index].kind {
        case .number, .duration: break
        case .word:
            guard let first = word.utf8.first, first == UInt8(ascii: "q") || first == UInt8(ascii: "h"),
                word == "quarter" || word == "half" else { return nil }
        default: return nil
        }
        var count: Double?
        var next = index + 1
        if word == "quarter" || word == "half" {
            count = word == "quarter" ? 15 : 30
        } else if case .duration(let minutes) = tokens[index].kind, minutes == 15 || minutes == 30,
            next < tokens.count, ["past", "to"].contains(tokens[next].text)
        {
            count = minutes  // "a quarter to nine": "a quarter" was read as a length
        } else if case .number(let value) = tokens[index].kind, [5, 10, 20, 25].contains(value),
            word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) })
        {
            count = value
            if next < tokens.count, tokens[next].text == "five", value == 20 { count = 25; next += 1 }
            if next < tokens.count, ["minutes", "mins"].contains(tokens[next].text) { next += 1 }
        }
        guard let count, next < tokens.count else { return nil }
        if index > 0, ["from", "between"].contains(tokens[index - 1].text) { return nil }
        if tokens[next].text == "past", let hours = hour(next + 1) { return (hours * 60 + count, next + 2) }
        if tokens[next].text == "to", count != 30, let hours = hour(next + 1) { return (hours * 60 - count, next + 2) }
        if word == "half", let hours = hour(next), index > 0,
            ["at", "by", "till", "until", "about", "around", "gone"].contains(tokens[index - 1].text)
        {
            return (hours * 60 + 30, next + 1)
        }
        return nil
    }

    /// The time of day at `index` in minutes after midnight, or nil when the token is not one.
    private static func clockMinutes(_ tokens: [Token], _ index: Int) -> Double? {
        guard case .number(let value) = tokens[index].kind, value >= 1, value < 25 else { return nil }
        let hours = value.rounded(.down)
        let minutes = ((value - hours) * 100).rounded()
        guard minutes < 60 else { return nil }
        // "9.00", "17:42" (read as "17.42") are times; "8.0" and "4.5" are not.
        if let dot = tokens[index].text.firstIndex(of: "."), tokens[index].text[dot...].count != 3 { return nil }
        // A whole number is a time only after "at", "for", "from", "between", "till", "until", "to" or "by".
        // ... or written with minutes ("a 9:00 appointment") or with "am" or "pm" ("my 2pm slot").
        if minutes == 0, !tokens[index].text.contains("."),
            index + 1 == tokens.count || !["am", "pm"].contains(tokens[index + 1].text)
        {
            guard index > 0, ["at", "for", "from", "between", "till", "until", "to", "by", "and"]
                .contains(tokens[index - 1].text) else { return nil }
        }
        var total = hours * 60 + minutes
        if index + 1 < tokens.count, tokens[index + 1].text == "pm", hours < 12 { total += 12 * 60 }
        return total
    }
}
