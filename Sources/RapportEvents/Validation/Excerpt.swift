/// A value quoted for an error message, cut to a readable length.
///
/// Messages quote what a client sent so the client can find it, but a value can be as long as
/// an event (256 KiB), so only its start is shown, then `…` and how long the whole was. The cut
/// falls between characters (grapheme clusters), never inside one or inside an escape. Besides
/// the `limit` characters, the shown text is held to `6 × limit` bytes (at least 64) as
/// escaped, so one character built of thousands of combining marks cannot make a message long.
public enum Excerpt {
    /// `text` as a JSON string literal; when longer than `limit` characters, its first `limit`
    /// characters, then `…` and how long the whole was, e.g. `"aaaa…" (262144 bytes)`.
    public static func quoted(_ text: String, limit: Int = 64) -> String {
        quoted(text.utf8, limit: limit)
    }

    /// The same for raw bytes that may not be UTF-8 (invalid sequences shown as \u{FFFD}).
    public static func quoted(_ bytes: some Collection<UInt8>, limit: Int = 64) -> String {
        let limit = max(limit, 0)
        let budget = max(6 * limit, 64)
        // Escaping never shortens text, so every character that fits the budget lies in the
        // first `budget` bytes; four more complete the scalar that decides the last boundary.
        let head = bytes.prefix(budget + 4)
        var shown: [UInt8] = [UInt8(ascii: "\"")]
        var characters = 0
        var isWhole = true
        for character in String(decoding: head, as: UTF8.self) {
            guard characters < limit else {
                isWhole = false
                break
            }
            let before = shown.count
            JSONWriter.appendEscaped(character.utf8, to: &shown)
            guard shown.count - 1 <= budget else {
                shown.removeSubrange(before...)
                isWhole = false
                break
            }
            characters += 1
        }
        let total = bytes.count
        if isWhole, head.count == total {
            shown.append(UInt8(ascii: "\""))
            return String(decoding: shown, as: UTF8.self)
        }
        return String(decoding: shown, as: UTF8.self) + "…\" (\(total) bytes)"
    }

    /// An ASCII literal (a JSON number as sent) shown as it is; when longer than `limit`
    /// bytes, its first `limit`, then `…` and how long the whole was, e.g. `1000…` `(262145 bytes)`.
    static func literal(_ ascii: UnsafeBufferPointer<UInt8>, limit: Int = 64) -> String {
        guard ascii.count > limit else { return String(decoding: ascii, as: UTF8.self) }
        return String(decoding: ascii.prefix(max(limit, 0)), as: UTF8.self) + "… (\(ascii.count) bytes)"
    }
}
