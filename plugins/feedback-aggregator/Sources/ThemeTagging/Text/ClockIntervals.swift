/// Times of day read as a span from the one before them, when no time was agreed: "ordered at 7, it was at
/// the door by 7:25" (`@quick-clock`: after "by", at most `quick-span` minutes after the time before it),
/// "we ordered at ten past seven and the food landed at quarter to nine" (`@slow-clock`: not after "by",
/// at least `slow-span` minutes after it). Either needs its sentence to say something arrived or was done
/// ("at the door", "landed", "sorted", "got through"); a time already read against one agreed (late or
/// kept) is not read again, nor a window ("between 1 and 3") or a time after one. Spans are read on a twelve-hour clock: a time earlier than the one before it
/// is taken as the next round of the clock.
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
            guard !tokens[time.index].answersPromise, !window.contains(previous.index), !window.contains(time.index)
            else { continue }
            var span = time.minutes - previous.minutes
            if span <= 0 { span += 12 * 60 }
            // "on the table by 6:20": served, for a time of day (a day of the week "booked a table" is not).
            guard span < 12 * 60, DaysCompared.saysDone(tokens, around: time.index, also: ["table"]) else { continue }
            let afterBy = time.index > 0 && tokens[time.index - 1].text == "by"
            if afterBy, span <= quickSpan {
                tokens[time.index].quickClock = true
            } else if !afterBy, span >= slowSpan {
                tokens[time.index].slowClock = true
            }
        }
    }
}
