/// Parses durations written as `500ms`, `30s`, `15m`, `2h`, `7d`.
public enum DurationText {
    private static let units: [(String, Int64)] = [("ms", 1), ("s", 1_000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000)]

    /// Milliseconds in `text`, or `nil` if it is not a duration.
    public static func milliseconds(_ text: String) -> Int64? {
        let trimmed = text.trimmingWhitespace()
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count)
            guard let value = Int64(number), value >= 0 else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: factor)
            return overflow ? nil : product
        }
        return nil
    }

    /// `millis` as the file would write it, in the largest unit that divides it (`7d`, `1500ms`).
    public static func text(_ millis: Int64) -> String {
        for (suffix, factor) in units.reversed() where millis != 0 && millis % factor == 0 {
            return "\(millis / factor)\(suffix)"
        }
        return "\(millis)ms"
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
