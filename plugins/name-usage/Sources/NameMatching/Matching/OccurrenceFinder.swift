/// Finds where an utterance says the customer's name: runs of consecutive tokens that spell
/// parts of the name (white space or hyphens between them), with the titles before and the
/// honorific after.
struct OccurrenceFinder {
    let text: TokenizedText
    let customer: PreparedCustomer

    /// Every run in the utterance, in order.
    func occurrences() -> [Occurrence] {
        var result: [Occurrence] = []
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            guard tokens[index].script != .han, tokens[index].script != .hangul,
                  let entry = customer.entry(for: tokens[index], tonal: text.tonal) ?? possessive(at: index) else {
                index += 1
                continue
            }
            var run = [(index, entry)]
            var next = index + 1
            while next < tokens.count, tokens[next - 1].after.joins,
                  let following = customer.entry(for: tokens[next], tonal: text.tonal) ?? possessive(at: next) {
                run.append((next, following))
                next += 1
            }
            if let occurrence = occurrence(from: run) { result.append(occurrence) }
            index = next
        }
        return result
    }

    /// `okafors account` in a transcript: a possessive before another word (not a verb).
    private func possessive(at index: Int) -> NameEntry? {
        guard !text.cased, let next = text.joinedAfter(index), !Grammar.verbal.contains(next.key),
              !Grammar.conjunctions.contains(next.key) else { return nil }
        return customer.possessiveEntry(for: text.tokens[index])
    }

    private func occurrence(from run: [(Int, NameEntry)]) -> Occurrence? {
        var names = 0
        var inflected = 0
        var riskiest = WordClass.name
        var keys: [String] = []
        for (position, (index, entry)) in run.enumerated() {
            switch entry.kind {
            case .particle:
                continue
            case .fragment:
                guard position > 0, text.key(run[position - 1].0) == entry.after else { continue }
                names += 1
            case .name:
                names += 1
            case .inflected:
                names += 1
                inflected += 1
            }
            keys.append(text.key(index))
            if Self.risk(entry.wordClass) > Self.risk(riskiest) { riskiest = entry.wordClass }
        }
        guard names > 0, let first = run.first?.0, var last = run.last?.0 else { return nil }
        // A patronymic after the given name is part of the name: "Александр Сергеевич".
        if let next = text.joinedAfter(last), Self.isPatronymic(next.key) {
            last += 1
            names += 1
        }
        var occurrence = Occurrence(first: first, last: last, nameTokens: names,
                                    wordClass: names > 1 ? .name : riskiest,
                                    inflectedOnly: inflected == names, keys: keys)
        occurrence.mixedInflection = inflected > 0 && inflected < names
        occurrence.possessive = text.tokens[last].possessive || customer.entry(for: text.tokens[last], tonal: text.tonal) == nil
        attachTitles(to: &occurrence)
        attachSuffix(to: &occurrence)
        return occurrence
    }

    private func attachTitles(to occurrence: inout Occurrence) {
        var index = occurrence.first - 1
        while index >= 0, occurrence.titles.count < 2, let info = title(at: index, before: index + 1) {
            occurrence.titles.insert(info, at: 0)
            occurrence.titleStart = index
            index -= 1
            if index >= 1, Titles.coupleJoiners.contains(text.key(index)), text.tokens[index].after.joins,
               let other = title(at: index - 1, before: index) {
                occurrence.titles.insert(other, at: 0)
                occurrence.titleStart = index - 1
                index -= 2
            }
        }
    }

    private func title(at index: Int, before next: Int) -> TitleInfo? {
        guard index >= 0 else { return nil }
        let token = text.tokens[index]
        guard let info = Titles.prefix[token.key] else { return nil }
        let boundary = token.after
        let abbreviation = Titles.abbreviations.contains(token.key)
        guard boundary.joins || (boundary == .stop && abbreviation) || (boundary == .joiner && abbreviation) else {
            return nil
        }
        if token.key == "m", !(token.capitalized && boundary == .stop) { return nil }
        return info
    }

    private func attachSuffix(to occurrence: inout Occurrence) {
        let index = occurrence.last + 1
        guard index < text.tokens.count, text.tokens[occurrence.last].after.joins,
              !occurrence.possessive,
              let info = Titles.suffix[text.key(index)] else { return }
        occurrence.suffixIndex = index
        occurrence.suffix = info
    }

    private static func risk(_ wordClass: WordClass) -> Int {
        switch wordClass {
        case .name: return 0
        case .word: return 1
        case .modal: return 2
        case .function: return 3
        case .interjection: return 4
        }
    }

    private static let patronymicEndings = ["ович", "евич", "овна", "евна", "ична", "инична", "ьич", "ovich", "evich",
                                            "ovna", "evna", "ichna"]

    /// A Russian (or Ukrainian, Belarusian) patronymic: Сергеевич, Петровна, Ильич, Ivanovich.
    static func isPatronymic(_ key: String) -> Bool {
        key.count >= 6 && patronymicEndings.contains { key.hasSuffix($0) }
    }
}
