extension StringProtocol {
    /// The text without leading and trailing white space.
    func trimmingSpaces() -> Substring {
        let text = Substring(self)
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last]
    }

    /// Whether every character is an ASCII digit 0–9 (true for empty text).
    var isASCIIDigits: Bool {
        allSatisfy { ("0"..."9").contains($0) }
    }
}
