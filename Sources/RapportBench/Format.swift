/// Number formatting for the report: thousands separators and fixed decimals, no locale.
enum Format {
    /// `1234567` → `1,234,567`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    /// A rate, rounded to a whole number with separators.
    static func rate(_ value: Double) -> String { count(Int(value.rounded())) }

    /// `value` with `places` decimals.
    static func fixed(_ value: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = abs(scaled % Int(scale))
        guard places > 0 else { return String(whole) }
        let text = String(fraction)
        let sign = value < 0 && whole == 0 ? "-" : ""
        return sign + String(whole) + "." + String(repeating: "0", count: places - text.count) + text
    }

    /// Milliseconds with a precision that suits the size (`0.142 ms`, `12.3 ms`).
    static func millis(_ value: Double) -> String {
        if value < 1 { return fixed(value, 3) + " ms" }
        if value < 100 { return fixed(value, 2) + " ms" }
        return fixed(value, 0) + " ms"
    }

    /// A ratio such as `0.84×`.
    static func ratio(_ value: Double) -> String {
        value >= 10 ? fixed(value, 1) + "×" : fixed(value, 2) + "×"
    }

    /// Kibibytes as MiB with one decimal.
    static func mebibytes(kibibytes: Int) -> String { fixed(Double(kibibytes) / 1024, 1) + " MiB" }
}
