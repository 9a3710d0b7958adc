/// Times of day read as a span from the one before them, when no time was agreed: "ordered at 7, it was at
/// the door by 7:25" (`@quick-clock`: after "by", at most `quick-span` minutes after the time before it),
/// "we ordered at ten past seven and the food landed at quarter to nine" (`@slow-clock`: not after "by",
/// at least `slow-span` minutes after it). Both times must be plainly times of day (with minutes, "am" or
/// "pm", in words, or after "at" or "by"), and an arrival or a deed ("at the door", "landed", "sorted",
/// "got through") must stand within the four words before the later one; a booked or timetabled time, a
/// time already read against one (late or kept) and a window ("between 1 and 3") start or end no span.
/// The clock goes round until the span is positive: "at 10pm ... by 1am" is three hours.
enum ClockIntervals {
    /// At most this many minutes between a start and a time after "by" reads as quick.
    static let quickSpan = 120.0
    /// At least this many minutes between a start and an arrival reads as slow.
    static let slowSpan = 30.0

    /// Marks the quick and slow times of day in `tokens`.
    static func mark(_ tokens: inout [Token]) {
        var times: [(index: Int, minutes: Double)] = []
        var index = 0
        while index < tokens.count {
            if let (minutes, end) = ClockTimes.time(tokens, index) {
                times.append((index, minutes))
                index = end
            } else {
                index += 1
            }
        }
        guard times.count >= 2 else { return }
        // "between 1 and 3", "from 8 till 12": a window, not a start and an arrival.
        var window = Set<Int>()
        for (first, second) in zip(times, times.dropFirst()) where first.index > 0
            && ["between", "from"].contains(tokens[first.index - 1].text)
            && second.index == first.index + 2 && ["and", "to", "till", "until"].contains(tokens[first.index + 1].text)
        {
            window.formUnion([first.index, second.index])
        }
        for (previous, time) in zip(times, times.dropFirst()) {
            guard !tokens[time.index].answersPromise, !tokens[time.index].agreedClock, !tokens[previous.index].agreedClock,
                !window.contains(previous.index), !window.contains(time.index),
                isClear(tokens, previous.index), isClear(tokens, time.index)
            else { continue }
            // Round the clock until the span is positive: "at 10pm ... by 1am" is three hours, not minus nineteen.
            var span = time.minutes - previous.minutes
            while span <= 0 { span += 12 * 60 }
            guard span < 12 * 60, arrives(tokens, at: time.index) else { continue }
            let afterBy = time.index > 0 && tokens[time.index - 1].text == "by"
            if afterBy, span <= quickSpan {
                tokens[time.index].quickClock = true
            } else if !afterBy, span >= slowSpan {
                tokens[time.index].slowClock = true
            }
        }
    }

    /// Whether the time at `index` is plainly a time of day: with minutes ("7.10"), "am" or "pm", in words
    /// ("ten past seven"), or right after "at", "by", "till", "until", "around" or "about" ("at 6", not
    /// "8 of us" after "and" nor "a table for 12").
    private static func isClear(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        // With minutes, or in words ("quarter to nine", "ten past seven" start with a word or a length).
        if token.text.contains(".") || !(token.text.utf8.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false) {
            return true
        }
        if index + 1 < tokens.count, ["am", "pm"].contains(tokens[index + 1].text) { return true }
        return index > 0 && ["at", "by", "till", "until", "around", "about"].contains(tokens[index - 1].text)
    }

    /// Whether something arrived or was done at the time at `index`: a done word ("landed", "turned up",
    /// "came", "at the door", "sorted", "seen") among the four words before it in its clause, not "came back"
    /// or "nobody came". Leaving at a time ("left at 11") is not arriving.
    private static func arrives(_ tokens: [Token], at index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 5, !tokens[cursor].isMark {
            if ArrivalWords.says(tokens, cursor, also: ["table"]) { return true }
            cursor -= 1
        }
        return false
    }
}
