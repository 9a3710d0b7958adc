/// A lexicon phrase the tagger can never find, because the reader turns its own words into something
/// else before phrases are matched: a spelling maps one of them to another word ("knackered = tired"
/// makes the phrase "knackered" unreachable), or they are read together as a length of time or an
/// amount ("a full @long-time later": "a full" is read as part of the length).
public struct UnmatchablePhrase: Sendable, Hashable {
    /// The lexicon line the phrase is on.
    public let line: Int
    /// The phrase as the lexicon lists it (contractions expanded).
    public let phrase: String
    /// How the reader reads the phrase's own words ("#time" for a length of time, "#money" for an
    /// amount), so an editor can see what to write instead.
    public let readAs: String
}

extension ThemeLexicon {
    /// The phrases the tagger can never match: each phrase's own words (a class by its members, a built-in
    /// class by an example such as "£5" or "20 minutes", a `*` by no words) are read as a comment would be,
    /// and the phrase must match them. Phrases with a class that needs other words of the comment
    /// (`@late-clock`, `@higher-money`, `@quoted-money`, `@overdue-time`, `@kept-time`, `@stressed-time`,
    /// `@late-day`, `@kept-day`, `@kept-clock`, `@quick-clock`, `@slow-clock`, `@cheaper-money`,
    /// `@dearer-money`) are not checked.
    public func unmatchablePhrases() -> [UnmatchablePhrase] {
        let compiled = CompiledLexicon(self)
        let reader = TextReader(lexicon: compiled)
        let matcher = PhraseMatcher(lexicon: compiled)
        var checked = Set<[PhrasePart]>()
        var found: [UnmatchablePhrase] = []
        for entry in entries where checked.insert(entry.phrase).inserted {
            guard let pattern = compiled.pattern(of: entry.phrase), let texts = examples(of: entry.phrase) else { continue }
            // A name is only read as one after another word: "with Dave", not "Dave" opening a sentence.
            let lead = entry.phrase.first == .wordClass("name") ? 1 : 0
            // "open a second" is an ordinal before the word a comment goes on with ("a second till"): at the
            // very end of a comment "a second" is a length of time.
            let trail = entry.phrase.last == .word("second") ? 1 : 0
            var reading: [Token] = []
            let matched = texts.contains { text in
                reading = reader.tokens(of: (lead == 1 ? "with " : "") + text + (trail == 1 ? " till" : ""))
                return matcher.matchesWhole(pattern, reading, from: lead, trailing: trail)
            }
            guard !matched else { continue }
            found.append(UnmatchablePhrase(
                line: entry.line, phrase: Self.written(entry.phrase),
                readAs: reading.dropFirst(lead).map(\.text).joined(separator: " ")))
        }
        return found.sorted { ($0.line, $0.phrase) < ($1.line, $1.phrase) }
    }

    /// Texts that spell `phrase` out, one a member for its first class (the phrase is reachable when any of
    /// them matches), or nil when it holds a class that needs other words of the comment.
    private func examples(of phrase: [PhrasePart]) -> [String]? {
        var variants: [[String]] = [[]]
        var branched = false
        for part in phrase {
            switch part {
            case .word(let word):
                variants = variants.map { $0 + [word] }
            case .gap:
                continue
            case .wordClass(let name):
                if let members = classes[name] {
                    let sorted = members.sorted()
                    if branched {
                        variants = variants.map { $0 + [sorted[0]] }
                    } else {
                        variants = sorted.flatMap { member in variants.map { $0 + [member] } }
                        branched = true
                    }
                } else if let example = builtInExample(name) {
                    variants = variants.map { $0 + [example] }
                } else {
                    return nil
                }
            }
        }
        return variants.map { $0.joined(separator: " ") }
    }

    /// An example of a built-in class that stands on its own, or nil for one that needs other words.
    private func builtInExample(_ name: String) -> String? {
        switch CompiledLexicon.BuiltInClass(rawValue: name) {
        case .money: "£5"
        case .number: "3"
        case .time: "20 minutes"
        case .shortTime: settings.shortTime >= 1 ? "\(Int(settings.shortTime)) minutes" : nil
        case .longTime: settings.longTime < settings.longestTime ? "\(Int(settings.longTime.rounded(.up))) minutes" : nil
        case .name: "Dave"
        default: nil
        }
    }

    /// A phrase as it would be written in the lexicon.
    private static func written(_ phrase: [PhrasePart]) -> String {
        phrase.map { part in
            switch part {
            case .word(let word): word
            case .gap: "*"
            case .wordClass(let name): "@" + name
            }
        }.joined(separator: " ")
    }
}
