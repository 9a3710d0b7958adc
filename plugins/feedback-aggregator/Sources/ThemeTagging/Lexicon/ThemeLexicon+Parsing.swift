extension ThemeLexicon {
    /// Parses a lexicon text in the format described at the top of ``defaultText``.
    ///
    /// - Throws: ``ThemeLexiconError`` naming the first line that cannot be read and what is wrong there.
    public init(parsing text: String) throws(ThemeLexiconError) {
        var reader = LexiconReader()
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            try reader.read(rawLine, line: number)
        }
        self = try reader.finish()
    }
}

/// The state of reading a lexicon text line by line.
private struct LexiconReader {
    var version: String?
    var themes: [Theme] = []
    var section: LexiconSection?
    var entries: [LexiconEntry] = []
    var spellings: [SpellingEntry] = []
    var wordForms: [String: String] = [:]
    var numbers: [String: Double] = [:]
    var durations: [String: Double] = [:]
    var classes: [String: Set<String>] = [:]
    var settings = LexiconSettings()
    var undisclosedLine = 0

    mutating func read(_ rawLine: Substring, line: Int) throws(ThemeLexiconError) {
        let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let text = content.trimmingSpaces
        guard !text.isEmpty else { return }
        if text.hasPrefix("[") {
            try header(text, line: line)
        } else if text.hasPrefix("version:") {
            guard section == nil else { throw ThemeLexiconError(line: line, .misplacedVersion) }
            guard version == nil else { throw ThemeLexiconError(line: line, .duplicateVersion) }
            let value = text.dropFirst("version:".count).trimmingSpaces
            guard !value.isEmpty else { throw ThemeLexiconError(line: line, .missingVersion) }
            version = value
        } else if let section {
            try body(text, of: section, line: line)
        } else {
            throw ThemeLexiconError(line: line, .entryOutsideSection(text))
        }
    }

    mutating func header(_ text: String, line: Int) throws(ThemeLexiconError) {
        guard text.hasSuffix("]"), text.count > 2 else { throw ThemeLexiconError(line: line, .malformedHeader(text)) }
        if version == nil { throw ThemeLexiconError(line: line, .missingVersion) }
        let inner = text.dropFirst().dropLast()
        let pieces = inner.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let name = pieces[0].trimmingSpaces
        let part = pieces.count > 1 ? pieces[1].trimmingSpaces : nil
        guard !name.isEmpty, part.map({ !$0.isEmpty }) ?? true else {
            throw ThemeLexiconError(line: line, .malformedHeader(text))
        }
        section = try LexiconSection.named(name, part: part, themes: Set(themes), line: line)
    }

    mutating func body(_ text: String, of section: LexiconSection, line: Int) throws(ThemeLexiconError) {
        if section == .settings { return try setting(text, line: line) }
        for item in try items(of: text, line: line) {
            switch section {
            case .themes:
                guard ThemeLexicon.isThemeID(item) else { throw ThemeLexiconError(line: line, .invalidThemeID(item)) }
                if !themes.contains(Theme(item)) { themes.append(Theme(item)) }
            case .settings:
                break
            case .spellings:
                let (written, meant) = try mapping(item, line: line)
                let writtenWords = Tokenizer.tokens(of: written).filter { $0.kind == .word }.map(\.text)
                let meantWords = Contractions.words(of: meant)
                guard !writtenWords.isEmpty, !meantWords.isEmpty else {
                    throw ThemeLexiconError(line: line, .badMapping(item))
                }
                spellings.append(SpellingEntry(written: writtenWords, meant: meantWords))
            case .wordForms:
                let (form, base) = try mapping(item, line: line)
                wordForms[try singleWord(form, line: line)] = try singleWord(base, line: line)
            case .numbers:
                let (word, value) = try mapping(item, line: line)
                numbers[try singleWord(word, line: line)] = try number(value, line: line)
            case .durations:
                let (unit, minutes) = try mapping(item, line: line)
                durations[try singleWord(unit, line: line)] = try number(minutes, line: line)
            case .wordClass(let name):
                classes[name, default: []].insert(try singleWord(item, line: line))
            case .phrases(let meaning):
                let (phrase, weight) = try Self.phrase(item, line: line)
                entries.append(LexiconEntry(phrase: phrase, meaning: meaning, weight: weight, line: line))
            }
        }
    }

    /// The comma-separated items of a line; a trailing comma is allowed, an empty item is not.
    func items(of text: String, line: Int) throws(ThemeLexiconError) -> [String] {
        var pieces = text.split(separator: ",", omittingEmptySubsequences: false).map(\.trimmingSpaces)
        if pieces.count > 1, pieces.last?.isEmpty == true { pieces.removeLast() }
        guard !pieces.contains(where: \.isEmpty) else { throw ThemeLexiconError(line: line, .emptyPhrase) }
        return pieces
    }

    func mapping(_ item: String, line: Int) throws(ThemeLexiconError) -> (String, String) {
        let sides = item.split(separator: "=", omittingEmptySubsequences: false).map(\.trimmingSpaces)
        guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else {
            throw ThemeLexiconError(line: line, .badMapping(item))
        }
        return (sides[0], sides[1])
    }

    func singleWord(_ text: String, line: Int) throws(ThemeLexiconError) -> String {
        let words = Contractions.words(of: text)
        guard !words.isEmpty else { throw ThemeLexiconError(line: line, .emptyPhrase) }
        guard words.count == 1 else { throw ThemeLexiconError(line: line, .multiWordClassMember(text)) }
        return words[0]
    }

    func number(_ text: String, line: Int) throws(ThemeLexiconError) -> Double {
        guard let value = Double(text), value.isFinite, value >= 0 else {
            throw ThemeLexiconError(line: line, .badNumber(text))
        }
        return value
    }

    mutating func setting(_ text: String, line: Int) throws(ThemeLexiconError) {
        let (key, value) = try mapping(text, line: line)
        if key == "undisclosed" {
            settings.undisclosed = try items(of: value, line: line).map { Theme($0) }
            undisclosedLine = line
        } else if key == "disclosure" {
            settings.disclosure = Theme(value)
            undisclosedLine = line
        } else if key == "expertise" {
            settings.expertise = Theme(value)
            undisclosedLine = line
        } else if key == "courtesy" {
            settings.courtesy = Theme(value)
            undisclosedLine = line
        } else if LexiconSettings.isCount(key) {
            guard let count = Int(value), count >= 0 else { throw ThemeLexiconError(line: line, .badNumber(value)) }
            _ = settings.set(key, to: count)
        } else if LexiconSettings.isNumeric(key) {
            _ = settings.set(key, to: try number(value, line: line))
        } else {
            throw ThemeLexiconError(line: line, .unknownSetting(key))
        }
    }

    /// A phrase item: words, `*` gaps and `@class` references, with an optional `~weight`.
    static func phrase(_ item: String, line: Int) throws(ThemeLexiconError) -> ([PhrasePart], Double) {
        var text = Substring(item)
        var weight = 1.0
        if let tilde = text.lastIndex(of: "~") {
            let written = text[text.index(after: tilde)...].trimmingSpaces
            guard let value = Double(written), value > 0, value <= 4 else {
                throw ThemeLexiconError(line: line, .badWeight("~" + written))
            }
            weight = value
            text = text[..<tilde]
        }
        var parts: [PhrasePart] = []
        for piece in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if piece == "*" {
                parts.append(.gap)
            } else if piece.hasPrefix("@"), piece.count > 1 {
                parts.append(.wordClass(String(piece.dropFirst())))
            } else {
                parts += Contractions.words(of: String(piece)).map(PhrasePart.word)
            }
        }
        guard !parts.isEmpty else { throw ThemeLexiconError(line: line, .emptyPhrase) }
        let doubled = zip(parts, parts.dropFirst()).contains { $0 == .gap && $1 == .gap }
        guard parts.first != .gap, parts.last != .gap, !doubled else {
            throw ThemeLexiconError(line: line, .misplacedGap(item))
        }
        return (parts, weight)
    }

    func finish() throws(ThemeLexiconError) -> ThemeLexicon {
        guard let version else { throw ThemeLexiconError(line: 1, .missingVersion) }
        guard !themes.isEmpty else { throw ThemeLexiconError(line: 1, .noThemes) }
        for theme in settings.undisclosed + [settings.disclosure, settings.expertise, settings.courtesy].compactMap({ $0 }) where !themes.contains(theme) {
            throw ThemeLexiconError(line: undisclosedLine, .undeclaredTheme(theme.id))
        }
        for entry in entries {
            for case .wordClass(let name) in entry.phrase
            where classes[name] == nil && !LexiconSection.builtInClasses.contains(name) {
                throw ThemeLexiconError(line: entry.line, .unknownClass(name))
            }
        }
        return ThemeLexicon(
            version: version, themes: themes, entries: entries, spellings: spellings, wordForms: wordForms,
            numbers: numbers, durations: durations, classes: classes, settings: settings
        )
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) else { return "" }
        let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) ?? start
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
