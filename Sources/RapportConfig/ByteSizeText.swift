/// Parses sizes written as a whole number of bytes (`65536`) or with a binary unit (`512KiB`,
/// `64MiB`, `10GiB`, `1TiB`).
public enum ByteSizeText {
    private static let units: [(String, Int64)] = [("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("TiB", 1 << 40), ("B", 1)]

    /// Bytes in `text`, or `nil` if it is not a size (negative, fractional, unknown unit, too large).
    public static func bytes(_ text: String) -> Int64? {
        let trimmed = text.trimmingWhitespace()
        if let plain = Int64(trimmed) { return plain >= 0 ? plain : nil }
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            let number = String(trimmed.dropLast(suffix.count)).trimmingWhitespace()
            guard number.allSatisfy(\.isASCII), let value = Int64(number), value >= 0 else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: factor)
            return overflow ? nil : product
        }
        return nil
    }
}
