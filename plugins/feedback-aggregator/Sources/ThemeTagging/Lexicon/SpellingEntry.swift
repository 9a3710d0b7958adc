/// A misspelling, slang or foreign word and what it stands for.
struct SpellingEntry: Hashable, Sendable {
    /// The words as written in comments (one or more).
    let written: [String]
    /// The words they stand for.
    let meant: [String]
}
