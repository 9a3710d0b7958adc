/// Well-known short and familiar forms of given names: Robert = Bob, Rob, Bobby;
/// Elizabeth = Liz, Beth; Francisco = Paco; Małgorzata = Gosia.
///
/// The text format is one name a line, `#` starting a comment:
///
/// ```
/// # English
/// Robert: Bob, Bobby, Rob, Robbie, Bert
/// Aleksandr / Alexander / Александр: Sasha, Саша, Shura
/// ```
///
/// Names left of the colon are spellings of one name and are equivalent to each other; each
/// nickname names the person whose given name is on the left. A nickname counts for its full
/// names (a customer recorded as Bob is also Robert), not for its sibling nicknames.
/// Comparison is folded (case, accents, apostrophes), so `Álex` and `alex` are one entry.
public struct NicknameTable: Sendable {
    /// Folded name -> the names (as written) that name the same person.
    private var related: [String: [String]] = [:]

    /// An empty table.
    public init() {}

    /// Parses a table from its text.
    /// - Throws: ``NicknameTableError`` for a line without a colon or without a name before it.
    public init(parsing text: String) throws(NicknameTableError) {
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                .first.map(String.init) ?? ""
            if line.allSatisfy(\.isWhitespace) { continue }
            let parts = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw NicknameTableError(line: number, text: String(rawLine), reason: "no colon after the name")
            }
            let names = Self.list(parts[0], separator: "/")
            guard !names.isEmpty else {
                throw NicknameTableError(line: number, text: String(rawLine), reason: "no name before the colon")
            }
            add(names: names, nicknames: Self.list(parts[1], separator: ","))
        }
    }

    /// The table shipped with the library: several hundred given names across English,
    /// Irish, Spanish, Portuguese, Italian, French, German, Dutch, Scandinavian, Polish,
    /// Czech, Hungarian, Russian, Greek, Turkish, Arabic and West African usage.
    public static let `default`: NicknameTable = (try? NicknameTable(parsing: defaultText)) ?? NicknameTable()

    /// The text of ``default``, for writing out as an editable file.
    public static var defaultText: String { DefaultNicknames.text }

    /// The names that name the same person as `name`: its nicknames and other spellings, or,
    /// for a nickname, its full names. `name` itself is not included.
    public func equivalents(of name: String) -> [String] {
        related[Self.fold(name)] ?? []
    }

    /// True when `name` is in the table as a name or a nickname.
    public func contains(_ name: String) -> Bool {
        related[Self.fold(name)] != nil
    }

    /// How many distinct names and nicknames the table knows.
    public var count: Int { related.count }

    /// A table with the entries of both; `other`'s lines add to this one's.
    public func merging(_ other: NicknameTable) -> NicknameTable {
        var result = self
        for (key, names) in other.related {
            for name in names where !(result.related[key]?.contains(name) ?? false) {
                result.related[key, default: []].append(name)
            }
        }
        return result
    }

    /// True when the folded key is a name or nickname in the table (for telling a given name
    /// from another word).
    func containsFolded(_ key: String) -> Bool { related[key] != nil }

    private mutating func add(names: [String], nicknames: [String]) {
        for name in names {
            let key = Self.fold(name)
            for other in names where other != name { insert(other, under: key) }
            for nickname in nicknames { insert(nickname, under: key) }
        }
        for nickname in nicknames {
            let key = Self.fold(nickname)
            for name in names { insert(name, under: key) }
        }
    }

    private mutating func insert(_ name: String, under key: String) {
        guard Self.fold(name) != key else { return }
        if related[key]?.contains(name) ?? false { return }
        related[key, default: []].append(name)
    }

    private static func list(_ text: Substring, separator: Character) -> [String] {
        text.split(separator: separator).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    static func fold(_ name: String) -> String {
        Tokenizer.tokenize(name).tokens.map(\.key).joined(separator: " ")
    }
}
