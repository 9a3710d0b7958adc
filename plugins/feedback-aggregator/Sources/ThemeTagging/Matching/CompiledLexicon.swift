/// A lexicon compiled for reading: a numbered word table and an index of phrases by their first two
/// words, so that reading a comment needs one look-up a word and few phrase comparisons.
struct CompiledLexicon: Sendable {
    /// A built-in word class, matched by what a token is rather than by its text.
    enum BuiltInClass: String, Sendable, CaseIterable {
        case money, number, time, name
        case shortTime = "short-time"
        case longTime = "long-time"
        case lateClock = "late-clock"
        case higherMoney = "higher-money"
        case quotedMoney = "quoted-money"
        case overdueTime = "overdue-time"
        case keptTime = "kept-time"
        case stressedTime = "stressed-time"
        case lateDay = "late-day"
        case keptClock = "kept-clock"
        case quickClock = "quick-clock"
        case slowClock = "slow-clock"
        case cheaperMoney = "cheaper-money"
        case dearerMoney = "dearer-money"
        case keptDay = "kept-day"
        case highRating = "high-rating"
        case middlingRating = "middling-rating"
        case lowRating = "low-rating"
        case quickDay = "quick-day"
        case slowDay = "slow-day"

        /// The index key of phrases that start with this class.
        var key: Int32 { -10 - Int32(Self.allCases.firstIndex(of: self) ?? 0) }
    }

    /// One compiled element of a phrase.
    enum Part: Sendable {
        case word(Int32)
        case gap
        case member(Set<Int32>)
        case builtIn(BuiltInClass)
        /// A length of time written out in the phrase ("lasted a week"), in minutes: the reader reads
        /// those words as one length, so the phrase matches that length however it is written.
        case length(Double)
    }

    /// A meaning with its weight.
    struct WeightedMeaning: Sendable {
        let meaning: Meaning
        let weight: Double
    }

    /// A distinct phrase, everything it means (one phrase may be listed in several sections) and
    /// what those meanings add up to.
    struct Pattern: Sendable {
        var parts: [Part]
        var meanings: [WeightedMeaning]
        var info = PatternInfo()
    }

    /// The phrases starting with one word: of one word, by their second word, and the rest.
    struct FirstWord: Sendable {
        var singles: [Int] = []
        var bySecond: [Int32: [Int]] = [:]
        var others: [Int] = []
    }

    let settings: LexiconSettings
    let words: WordTable
    /// Spellings of several words, by their first written word, longest first.
    let spellings: [String: [SpellingEntry]]
    let patterns: [Pattern]
    /// The pattern of each distinct phrase, by the phrase as the lexicon lists it.
    private let patternOfPhrase: [[PhrasePart]: Int]
    /// Phrases by the number of their first word (built-in classes have negative keys).
    let index: [Int32: FirstWord]
    /// Corrects misspelt judgement words.
    let corrector: SpellingCorrector
    /// The numbers of the words the duration reader looks for.
    let durationWords: DurationWords

    init(_ lexicon: ThemeLexicon) {
        settings = lexicon.settings
        var table = WordTable()
        var patterns: [Pattern] = []
        var byPhrase: [[PhrasePart]: Int] = [:]
        var vocabulary: [String] = []
        let classIDs = lexicon.classes.mapValues { members in
            Set(members.map { table.intern($0) })
        }
        for entry in lexicon.entries {
            let weighted = WeightedMeaning(meaning: entry.meaning, weight: entry.weight)
            if let existing = byPhrase[entry.phrase] {
                patterns[existing].meanings.append(weighted)
                continue
            }
            byPhrase[entry.phrase] = patterns.count
            let parts = entry.phrase.map { part -> Part in
                switch part {
                case .word(let word):
                    vocabulary.append(word)
                    return .word(table.intern(word))
                case .gap:
                    return .gap
                case .wordClass(let name):
                    if let members = classIDs[name] { return .member(members) }
                    return .builtIn(BuiltInClass(rawValue: name) ?? .name)
                }
            }
            patterns.append(Pattern(parts: parts, meanings: [weighted]))
        }
        for index in patterns.indices { patterns[index].info = PatternInfo(patterns[index].meanings) }
        vocabulary += lexicon.classes.values.flatMap { $0 }.sorted()
        vocabulary += lexicon.durations.keys.sorted()
        Self.addForms(of: vocabulary, irregular: lexicon.wordForms, to: &table)
        Self.addWordFacts(lexicon, patterns: patterns, to: &table)
        durationWords = DurationWords(&table)
        table.inheritFlags()
        let lengths = DurationReader(table: table, words: durationWords)
        for index in patterns.indices { patterns[index].parts = Self.readingLengths(patterns[index].parts, lengths) }

        var spellings: [String: [SpellingEntry]] = [:]
        for entry in lexicon.spellings {
            for word in entry.meant { table.intern(word) }
            if entry.written.count == 1 {
                table.update(entry.written[0]) { $0.replacement = entry.meant }
            } else {
                table.update(entry.written[0]) { $0.startsSpelling = true }
                spellings[entry.written[0], default: []].append(entry)
            }
        }
        self.spellings = spellings.mapValues { $0.sorted { $0.written.count > $1.written.count } }
        self.patterns = patterns
        patternOfPhrase = byPhrase
        self.index = Self.index(patterns)
        words = table
        corrector = SpellingCorrector(judgementWords: Self.judgementWords(patterns, table),
                                      words: Self.singleWords(patterns, table))
    }

    /// The pattern `phrase` compiled to, if the lexicon lists it.
    func pattern(of phrase: [PhrasePart]) -> Int? { patternOfPhrase[phrase] }

    /// Adds the regular forms of every vocabulary word (plurals first) and the irregular ones.
    private static func addForms(of vocabulary: [String], irregular: [String: String], to table: inout WordTable) {
        var taken = Set<String>()
        for base in vocabulary {
            let baseID = table.intern(base)
            for form in WordForms.plurals(of: base) where form != base && taken.insert(form).inserted {
                table.update(form) {
                    $0.lemma = baseID
                    $0.plural = true
                }
            }
        }
        for base in vocabulary {
            let baseID = table.intern(base)
            for form in WordForms.of(base) where form != base && taken.insert(form).inserted {
                table.update(form) { $0.lemma = baseID }
            }
        }
        for (form, base) in irregular {
            let baseID = table.intern(base)
            table.update(form) {
                $0.lemma = baseID
                $0.plural = false
            }
        }
    }

    /// Numbers, units of time, the reader's word classes and the one-word negators.
    private static func addWordFacts(_ lexicon: ThemeLexicon, patterns: [Pattern], to table: inout WordTable) {
        for (word, value) in lexicon.numbers { table.update(word) { $0.number = value } }
        for (word, minutes) in lexicon.durations { table.update(word) { $0.unit = minutes } }
        for (name, flag) in WordTable.Flags.classes {
            for word in lexicon.classes[name] ?? [] { table.update(word) { $0.flags.insert(flag) } }
        }
        for word in ["not", "never"] { table.update(word) { $0.flags.insert(.skippable) } }
        for pattern in patterns where pattern.info.negatorScope != nil && pattern.parts.count == 1 {
            if case .word(let id) = pattern.parts[0] {
                table.update(table.word(id)) { $0.flags.insert(.negator) }
            }
        }
    }

    /// `parts` with each run of words that the reader would read as one length of time ("a week", "half a
    /// day", "a month of sundays") made a `length` part, as the same words in a comment become one token.
    private static func readingLengths(_ parts: [Part], _ reader: DurationReader) -> [Part] {
        guard parts.count > 1 else { return parts }
        let tokens = parts.map { part -> Token in
            guard case .word(let id) = part else { return Token(text: "", kind: .clauseEnd) }
            var token = Token(text: reader.table.word(id), kind: .word, id: id)
            let entry = reader.table.entries[Int(id)]
            token.lemma = entry.lemma
            token.plural = entry.plural
            if let value = entry.number { token.kind = .number(value) }
            return token
        }
        var result: [Part] = []
        var index = 0
        while index < parts.count {
            // "open a second": at the end of a phrase "a second" is the ordinal of the word a comment goes
            // on with ("a second till"), which the reader does not read as a length.
            if case .word = parts[index], let (minutes, end) = reader.duration(at: index, in: tokens),
                end < parts.count || tokens[end - 1].id != reader.words.second
            {
                result.append(.length(minutes))
                index = end
            } else {
                result.append(parts[index])
                index += 1
            }
        }
        return result
    }

    private static func index(_ patterns: [Pattern]) -> [Int32: FirstWord] {
        var index: [Int32: FirstWord] = [:]
        func add(_ key: Int32, _ number: Int, _ parts: [Part]) {
            var entry = index[key] ?? FirstWord()
            if parts.count == 1 {
                entry.singles.append(number)
            } else if case .word(let second) = parts[1] {
                entry.bySecond[second, default: []].append(number)
            } else {
                entry.others.append(number)
            }
            index[key] = entry
        }
        for (number, pattern) in patterns.enumerated() {
            switch pattern.parts[0] {
            case .word(let word): add(word, number, pattern.parts)
            case .member(let members): for word in members { add(word, number, pattern.parts) }
            case .builtIn(let builtIn): add(builtIn.key, number, pattern.parts)
            case .length: add(BuiltInClass.time.key, number, pattern.parts)
            case .gap: break
            }
        }
        return index
    }

    /// The words that are whole phrases of their own (judgements, aspects, modifiers).
    private static func singleWords(_ patterns: [Pattern], _ table: WordTable) -> [String] {
        patterns.compactMap { pattern in
            guard pattern.parts.count == 1, case .word(let id) = pattern.parts[0] else { return nil }
            return table.word(id)
        }
    }

    private static func judgementWords(_ patterns: [Pattern], _ table: WordTable) -> [String] {
        patterns.compactMap { pattern in
            guard pattern.parts.count == 1, case .word(let id) = pattern.parts[0], pattern.info.judges,
                !pattern.info.nounOnly
            else { return nil }
            return table.word(id)
        }
    }
}
