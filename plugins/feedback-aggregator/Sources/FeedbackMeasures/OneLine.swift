/// Text made fit for a one-line display (an alert's summary): every run of whitespace and
/// control characters (newlines, tabs, carriage returns, NEL, line and paragraph separators,
/// escapes) becomes one space, and none is left at either end.
public enum OneLine {
    public static func text(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var gap = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                gap = true
                continue
            }
            if gap && !result.isEmpty { result.append(" ") }
            gap = false
            result.append(scalar)
        }
        return String(result)
    }
}
