/// A month as reports name it, `2026-10`.
public struct MonthLabel: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Reads `YYYY-MM`; `nil` otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month before.
    public var previous: MonthLabel {
        month == 1 ? MonthLabel(unchecked: year - 1, 12) : MonthLabel(unchecked: year, month - 1)
    }

    private init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    public var description: String { "\(year.description.leftPadded(4))-\(month.description.leftPadded(2))" }

    public static func < (a: MonthLabel, b: MonthLabel) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
