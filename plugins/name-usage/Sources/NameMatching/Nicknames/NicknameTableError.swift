/// A problem in the text of a nickname table, with the line it is on.
public struct NicknameTableError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The line as written.
    public var text: String
    /// What is wrong and how to fix it.
    public var reason: String

    /// Creates an error.
    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }

    /// The line, what is wrong and the expected format, for a log line or a CLI message.
    public var description: String {
        "nickname table, line \(line): \(reason) (line was \"\(text)\"); write one name a line as "
            + "'Robert: Bob, Rob, Bobby' (spellings of one name may share a line: 'Aleksandr / Alexander: Sasha')"
    }
}
