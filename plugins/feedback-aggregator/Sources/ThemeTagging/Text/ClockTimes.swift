/// Times of day compared: "Booked a table for 8, sat down at 8:45", "Viewing at 11. Agent turned up at
/// 11.40". A time of day after a `booking` word (or the end of a window after one, "between 8 and 6") is
/// the time agreed; a later time of day in the comment, at least the `long-time` setting past it, is late
/// and matches `@late-clock` ("turned up at @late-clock"). Times are read on a twelve-hour clock unless
/// written above 12 or followed by "pm"; a time of day is a whole number from 1 to 24 or hours and minutes
/// ("8:45", "11.40", read as numbers by the tokenizer).
enum ClockTimes {
    /// Marks the late times of day in `tokens`.
    static func markLate(_ tokens: inout [Token], lateAfter minutes: Double) {
        var agreed: Double?
        var index = 0
        while index < tokens.count {
            guard let time = clockMinutes(tokens, index) else {
                index += 1
                continue
            }
            if let agreedTime = agreed, !afterBooking(tokens, index) {
                var late = time - agreedTime
                if late < 0, time < 12 * 60 { late += 12 * 60 }  // "booked for 11, came at 1"
                if late >= minutes && late < 12 * 60 { tokens[index].lateClock = true }
            } else if afterBooking(tokens, index) {
                agreed = time
                // "between 8 and 6", "from 7 till 6", "8 to 6": the window's end is the time agreed.
                if index + 2 < tokens.count, ["and", "to", "till", "until"].contains(tokens[index + 1].text),
                    var end = clockMinutes(tokens, index + 2)
                {
                    if end < time { end += 12 * 60 }
                    agreed = end
                    index += 2
                }
            }
            index += 1
        }
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
        if minutes == 0, tokens[index].text.contains(".") { return nil }  // "8.0" is not a time
        // A whole number is a time only after "at", "for", "from", "between", "till", "until", "to" or "by".
        if minutes == 0 {
            guard index > 0, ["at", "for", "from", "between", "till", "until", "to", "by", "and"]
                .contains(tokens[index - 1].text) else { return nil }
        }
        var total = hours * 60 + minutes
        if index + 1 < tokens.count, tokens[index + 1].text == "pm", hours < 12 { total += 12 * 60 }
        return total
    }
}
