/// A customer's name (and the agent's) prepared once per interaction for fast matching:
/// every spelling of every part under its folded key (given, family, preferred, nicknames,
/// compounds, transliterations, inflections), the customer's title, the agent's name.
///
/// Build it with ``NameMatcher/prepare(customer:agentName:)``. It is a value (a few small
/// dictionaries and sets, typically 2–4 KB) and safe to keep for each open interaction.
public struct PreparedCustomer: Sendable {
    /// The customer as given.
    public let customer: CustomerName
    /// The agent's name as given.
    public let agentName: String
    /// Folded key -> the spellings of name parts with that key.
    var entries: [String: [NameEntry]] = [:]
    /// The name in Han/kana or Hangul, when it is written so.
    var cjk: CJKName?
    /// What the customer's recorded title says (gender, professional).
    var title: TitleInfo?
    /// Folded tokens of the agent's name and of its nicknames.
    var agentKeys: Set<String> = []
    /// Folded tokens of the agent's name, in order.
    var agentTokens: [String] = []
    /// The nickname table, for telling a given name from another word.
    var nicknames: NicknameTable

    init(customer: CustomerName, agentName: String, nicknames: NicknameTable) {
        self.customer = customer
        self.agentName = agentName
        self.nicknames = nicknames
        title = Titles.info(ofCustomerTitle: customer.title)
        cjk = CJKName(customer.fullName)
        addName(customer.fullName)
        if let preferred = customer.preferred { addName(preferred, preferred: true) }
        let agentTokens = Tokenizer.tokenize(agentName).tokens
        for token in agentTokens { agentKeys.insert(token.key) }
        self.agentTokens = agentTokens.map(\.key)
        if let first = agentTokens.first {
            for equivalent in nicknames.equivalents(of: first.key) {
                for token in Tokenizer.tokenize(equivalent).tokens { agentKeys.insert(token.key) }
            }
        }
    }

    /// The entry of the customer's name that `token` spells, if any.
    func entry(for token: Token, tonal: Bool) -> NameEntry? {
        if let found = entry(key: token.key, token: token, tonal: tonal) { return found }
        if let alternate = token.alternateKey { return entry(key: alternate, token: token, tonal: tonal) }
        return nil
    }

    /// In a transcript without apostrophes, `okafors` read as the possessive of a name part
    /// that is not an ordinary word.
    func possessiveEntry(for token: Token) -> NameEntry? {
        guard token.script == .cased, token.key.count >= 4, token.key.hasSuffix("s") else { return nil }
        return entries[String(token.key.dropLast())]?.first { $0.kind == .name && $0.wordClass == .name }
    }

    /// True when `key` is a folded part of the customer's name (any spelling).
    func isCustomerKey(_ key: String) -> Bool { entries[key] != nil }

    private func entry(key: String, token: Token, tonal: Bool) -> NameEntry? {
        guard let candidates = entries[key] else { return nil }
        guard let marked = token.markedKey else { return candidates.first }
        if let exact = candidates.first(where: { $0.marked == marked }) { return exact }
        return tonal ? nil : candidates.first { $0.marked == nil }
    }

    // MARK: - Building

    private mutating func addName(_ text: String, preferred: Bool = false) {
        var tokens = Tokenizer.tokenize(text).tokens.filter { $0.script == .cased || $0.script == .uncased }
        while tokens.count > 1, Titles.prefix[tokens[0].key] != nil { tokens.removeFirst() }
        while tokens.count > 1, let last = tokens.last, Titles.suffix[last.key] != nil { tokens.removeLast() }
        guard !tokens.isEmpty else { return }
        let roles = NameRoles(tokens)
        for (index, token) in tokens.enumerated() {
            if tokens.count > 1, NameOrder.isParticle(tokens, at: index) {
                add(token.key, marked: token.markedKey, kind: .particle, wordClass: .function)
                continue
            }
            var wordClass = WordNames.wordClass(of: token.key)
            if wordClass == .name, token.key.count <= 2 || (roles.vietnamese && roles.given.contains(index)) {
                wordClass = .word
            }
            addSpelling(token, in: text, wordClass: wordClass)
        }
        addCompounds(tokens)
        var givenNames = roles.given.map { tokens[$0].key }
        if preferred || roles.given.count > 1 { givenNames.append(roles.given.map { tokens[$0].key }.joined(separator: " ")) }
        if preferred { givenNames.append(contentsOf: tokens.map(\.key)) }
        for given in givenNames { addNicknames(of: given) }
    }

    /// A name token: its folded key, its apostrophe parts, its transliterations, its inflections.
    private mutating func addSpelling(_ token: Token, in text: String, wordClass: WordClass) {
        add(token.key, marked: token.markedKey, kind: .name, wordClass: wordClass)
        let raw = TokenizedText.slice(text, token.start, token.end)
        let parts = raw.split(whereSeparator: { "'’‘ʼ`".contains($0) })
        if parts.count == 2, let prefix = Tokenizer.tokenize(String(parts[0])).tokens.first,
           let rest = Tokenizer.tokenize(String(parts[1])).tokens.first, prefix.key.count <= 3 {
            add(prefix.key, marked: nil, kind: .particle, wordClass: .function)
            add(rest.key, marked: nil, kind: .fragment, wordClass: wordClass, after: prefix.key)
        }
        if parts.count == 1, let split = Self.prefixSplit(raw) {
            add(split.prefix, marked: nil, kind: .particle, wordClass: .function)
            add(split.rest, marked: nil, kind: .fragment, wordClass: wordClass, after: split.prefix)
        }
        for alternative in Self.transliterations(of: raw) {
            add(alternative, marked: nil, kind: .name, wordClass: wordClass)
        }
        for inflected in inflections(of: token.key) {
            add(inflected, marked: nil, kind: .inflected, wordClass: wordClass)
        }
    }

    /// The inflected forms of a name key, without those that are another known given name: a
    /// feminine name's Polish vocative in -o is an Italian or Spanish masculine name
    /// (Francesca -> Francesco, Paola -> Paolo), a different name, not her.
    private func inflections(of key: String) -> [String] {
        let forms = Inflections.of(key)
        guard let last = key.last, "aeiouy".contains(last) else { return forms }
        return forms.filter { !nicknames.containsFolded($0) }
    }

    /// Compounds written as one word: `Lloyd-Evans` as `lloydevans`, `Al-Rashid` as `alrashid`.
    private mutating func addCompounds(_ tokens: [Token]) {
        var index = 0
        while index < tokens.count {
            var end = index
            while end + 1 < tokens.count, tokens[end].after == .hyphen || NameOrder.isParticle(tokens[end]) {
                end += 1
            }
            if end > index {
                let joined = tokens[index...end].map(\.key).joined()
                add(joined, marked: nil, kind: .name, wordClass: WordNames.wordClass(of: joined))
            }
            index = end + 1
        }
    }

    private mutating func addNicknames(of given: String) {
        for equivalent in nicknames.equivalents(of: given) {
            let tokens = Tokenizer.tokenize(equivalent).tokens
            for token in tokens {
                if tokens.count > 1, NameOrder.isParticle(token) { continue }
                var wordClass = WordNames.wordClass(of: token.key)
                if wordClass == .name, token.key.count <= 2 { wordClass = .word }
                add(token.key, marked: token.markedKey, kind: .name, wordClass: wordClass)
                for inflected in inflections(of: token.key) {
                    add(inflected, marked: nil, kind: .inflected, wordClass: wordClass)
                }
            }
        }
    }

    private mutating func add(_ key: String, marked: String?, kind: NameEntry.Kind, wordClass: WordClass,
                              after: String? = nil) {
        guard !key.isEmpty else { return }
        let entry = NameEntry(marked: marked, kind: kind, wordClass: wordClass, after: after)
        var list = entries[key] ?? []
        if let existing = list.firstIndex(where: { $0.marked == marked }) {
            if Self.rank(kind) > Self.rank(list[existing].kind) { list[existing] = entry }
        } else {
            list.append(entry)
        }
        entries[key] = list
    }

    private static func rank(_ kind: NameEntry.Kind) -> Int {
        switch kind {
        case .name: return 3
        case .inflected: return 2
        case .fragment: return 1
        case .particle: return 0
        }
    }

    private static let attachedPrefixes = ["mac", "mc", "fitz", "abdul", "abdel", "van", "von", "abu", "ben", "bin",
                                           "al", "el", "del", "della", "de", "di", "du", "da", "le", "la", "st"]

    /// A family name with an attached prefix that a transcript may split: `MacDonald` as
    /// `mac donald`, `DiCaprio` as `di caprio`, `Fitzgerald` as `fitz gerald`.
    static func prefixSplit(_ raw: String) -> (prefix: String, rest: String)? {
        let lower = raw.lowercased()
        guard attachedPrefixes.contains(where: { lower.hasPrefix($0) }) else { return nil }
        let characters = Array(raw)
        for prefix in attachedPrefixes where characters.count >= prefix.count + 3 {
            guard String(characters[0..<prefix.count]).lowercased() == prefix else { continue }
            let restStart = characters[prefix.count]
            guard restStart.isUppercase || ["mac", "mc", "fitz", "abdul", "abdel"].contains(prefix) else { continue }
            let rest = Tokenizer.tokenize(String(characters[prefix.count...])).tokens.map(\.key).joined()
            return rest.isEmpty ? nil : (prefix, rest)
        }
        return nil
    }

    /// German and Nordic transliterations: ä ö ü å ø as ae oe ue aa oe (`Müller` = `Mueller`).
    static func transliterations(of raw: String) -> [String] {
        let lower = raw.lowercased()
        let pairs: [(Character, String)] = [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("å", "aa"), ("ø", "oe")]
        guard pairs.contains(where: { lower.contains($0.0) }) else { return [] }
        var result = ""
        for character in lower {
            if let pair = pairs.first(where: { $0.0 == character }) { result += pair.1 } else { result.append(character) }
        }
        return Tokenizer.tokenize(result).tokens.map(\.key).filter { !$0.isEmpty }.prefix(1).map { $0 }
    }
}
