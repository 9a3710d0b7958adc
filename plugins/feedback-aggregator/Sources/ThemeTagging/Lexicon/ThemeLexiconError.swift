/// A lexicon text that cannot be read: the line, what was wrong there and what to do about it.
public struct ThemeLexiconError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, for code that handles one case differently.
    public enum Reason: Sendable, Equatable {
        /// There is no `version: ...` line before the first section.
        case missingVersion
        /// A second `version:` line.
        case duplicateVersion
        /// A `version:` line after a section has started.
        case misplacedVersion
        /// A line starts with `[` but is not `[name]` or `[name: part]`.
        case malformedHeader(String)
        /// A section name the format does not have (see the format notes at the top of the default lexicon).
        case unknownSection(String)
        /// A `[theme: part]` section for a theme not listed in `[themes]`.
        case undeclaredTheme(String)
        /// A theme id that is not lower-case letters, digits and hyphens.
        case invalidThemeID(String)
        /// The `[themes]` section is missing or empty.
        case noThemes
        /// Text before the first section other than the version line.
        case entryOutsideSection(String)
        /// An empty phrase (two commas in a row, or only punctuation).
        case emptyPhrase
        /// A `*` at the start or end of a phrase, or two in a row.
        case misplacedGap(String)
        /// A `~weight` that is not a number above 0 and at most 4.
        case badWeight(String)
        /// An `@name` with no `[class: name]` section and no built-in class of that name.
        case unknownClass(String)
        /// A mapping that is not `written = meant` with both sides present.
        case badMapping(String)
        /// A value that should be a number and is not.
        case badNumber(String)
        /// A `[settings]` key the format does not have.
        case unknownSetting(String)
        /// A class member of more than one word.
        case multiWordClassMember(String)
    }

    /// The 1-based line of the lexicon text where the problem is.
    public let line: Int
    /// What went wrong.
    public let reason: Reason

    /// Makes an error for `line`.
    public init(line: Int, _ reason: Reason) {
        self.line = line
        self.reason = reason
    }

    /// "line N: " followed by what was wrong and what to do, in one sentence.
    public var description: String {
        "line \(line): " + explanation
    }

    private var explanation: String {
        switch reason {
        case .missingVersion:
            "no version: start the lexicon with a line such as `version: 2025.1`"
        case .duplicateVersion:
            "a second version line: keep one `version:` line"
        case .misplacedVersion:
            "the version line is inside a section: move it before the first `[section]`"
        case .malformedHeader(let text):
            "\"\(text)\" is not a section header: write `[name]` or `[theme-id: part]`"
        case .unknownSection(let name):
            "unknown section \"\(name)\": use one of the sections listed in the format notes"
        case .undeclaredTheme(let id):
            "theme \"\(id)\" is not declared: add it to the `[themes]` section or fix its spelling"
        case .invalidThemeID(let id):
            "\"\(id)\" is not a theme id: use lower-case letters, digits and hyphens, such as `waiting-time`"
        case .noThemes:
            "no themes: declare them in a `[themes]` section before their own sections"
        case .entryOutsideSection(let text):
            "\"\(text)\" is outside any section: put it under a `[section]` header"
        case .emptyPhrase:
            "an empty phrase: remove the extra comma or write the phrase"
        case .misplacedGap(let phrase):
            "\"\(phrase)\" has a `*` at its start or end or two in a row: a gap goes between words"
        case .badWeight(let text):
            "\"\(text)\" is not a weight: write `~` and a number above 0 and at most 4, such as `~0.5`"
        case .unknownClass(let name):
            "unknown word class \"@\(name)\": add a `[class: \(name)]` section or use a built-in class"
        case .badMapping(let text):
            "\"\(text)\" is not a mapping: write `written = meant`"
        case .badNumber(let text):
            "\"\(text)\" is not a number: write digits such as `15` or `0.5`"
        case .unknownSetting(let key):
            "unknown setting \"\(key)\": use one of the settings listed in the format notes"
        case .multiWordClassMember(let text):
            "\"\(text)\" has more than one word: class members are single words"
        }
    }
}
