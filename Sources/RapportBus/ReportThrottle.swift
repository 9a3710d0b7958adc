/// Decides when a repeating failure is logged: the first time, then at most once an interval,
/// with how many times it happened since the last report. A full disk fails every commit
/// attempt (hundreds a second); the log gets one line a minute per failing thing, not each.
struct ReportThrottle {
    /// The shortest time between two reports of one key, in ms.
    let intervalMillis: Int64
    private var lastReport: [String: Int64] = [:]
    private var unreported: [String: Int] = [:]

    /// A throttle that reports each key at most once per `intervalMillis` (default a minute).
    init(intervalMillis: Int64 = 60_000) {
        self.intervalMillis = intervalMillis
    }

    /// Counts one failure of `key` at `now` (ms, monotonic). Returns `nil` when it should not be
    /// logged now, else the number of failures of `key` not logged since its last report (0 the
    /// first time).
    mutating func shouldReport(_ key: String, now: Int64) -> Int? {
        if let last = lastReport[key], now - last < intervalMillis, now >= last {
            unreported[key, default: 0] += 1
            return nil
        }
        lastReport[key] = now
        return unreported.removeValue(forKey: key) ?? 0
    }

    /// Forgets keys last reported an interval or more before `now`, so the throttle does not
    /// grow with every client ever seen. Returns those that had failures not yet reported, with
    /// their counts (log them now: no later report will).
    mutating func forgetQuiet(now: Int64) -> [(key: String, unreported: Int)] {
        var left: [(key: String, unreported: Int)] = []
        for (key, last) in lastReport where now - last >= intervalMillis || now < last {
            lastReport[key] = nil
            if let count = unreported.removeValue(forKey: key) { left.append((key, count)) }
        }
        return left
    }
}
