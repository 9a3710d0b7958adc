import ThemeTagging

/// Tags written compactly for test tables: `"waiting-time- staff-attitude+"`, or `"{}"` for none.
enum Tags {
    /// The tags `text` writes.
    static func parse(_ text: String) -> [Theme: Polarity] {
        var tags: [Theme: Polarity] = [:]
        for tag in text.split(separator: " ") where tag != "{}" {
            tags[Theme(String(tag.dropLast()))] = tag.last == "+" ? .positive : .negative
        }
        return tags
    }
}

/// One tagger for all tests: compiling the default lexicon once keeps the suites fast.
enum Shared {
    /// The shipped tagger: the default lexicon and the default learned reader.
    static let tagger = ThemeTagger()
    /// The default lexicon alone, for tests of what its readings decide where the learned reader may add
    /// a theme to a comment the lexicon deliberately leaves untagged.
    static let lexiconTagger = ThemeTagger(model: nil)
}
