/// Times of day compared: "Booked a table for 8, sat down at 8:45", "Viewing at 11. Agent turned up at
/// 11.40", "In for my scan at 9:02 for a 9:00 appointment". A time of day after a `booking` word (or the end
/// of a window after one, "between 8 and 6"), before one ("a 9:00 appointment") or a timetabled one after
/// "the" ("the 7.52") is the time agreed; another time of day in the comment, at least the `long-time`
/// setting past it, is late and matches `@late-clock` ("turned up at @late-clock"); one at most two minutes
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
            guard let time = clockMinutes(tokens, index) else {
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
            index += 1
        }
        guard times.contains(where: \.agreed) else { return }
        for (position, time) in times.enumerated() where !time.agreed {
            // The time agreed is the last one before it, or else the first after it ("in at 9:02 for a
            // 9:00 appointment").
            guard let agreed = times[..<position].last(where: \.agreed) ?? times[position...].first(where: \.agreed)
            else { continue }
            var late = time.minutes - agreed.minutes
            if late < -60, time.minutes < 12 * 60, agreed.index < time.index { late += 12 * 60 }  // "booked for 11, came at 1"
            if late >= minutes && late < 12 * 60 {
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
