/// Finds the customer's name in Han/kana text (no spaces between words) and in Hangul
/// (particles and honorifics attached). A family or given name alone counts only with an
/// honorific (`田中様`, `王女士`, `김 고객님`, `민준 님`) or a Korean particle or vocative ending;
/// the full name counts on its own. A name character inside another word (`王府井`, `富山`,
/// `김포`, `정말`) is not the name.
struct CJKFinder {
    let text: TokenizedText
    let name: CJKName
    let customer: PreparedCustomer

    /// The uses found.
    func uses() -> [NameUse] {
        var result: [NameUse] = []
        for (index, token) in text.tokens.enumerated() {
            if name.hangul, token.script == .hangul, let use = hangulUse(at: index) { result.append(use) }
            if !name.hangul, token.script == .han { result.append(contentsOf: hanUses(at: index)) }
        }
        return result
    }

    private func hanUses(at index: Int) -> [NameUse] {
        let token = text.tokens[index]
        let characters = Array(token.key)
        var result: [NameUse] = []
        var position = 0
        let full = Array(name.full), family = Array(name.family), given = Array(name.given)
        while position < characters.count {
            if matches(full, in: characters, at: position) {
                let suffix = suffix(in: characters, at: position + full.count)
                if fits(suffix), suffix != nil || Self.endsWord(characters, at: position + full.count),
                   !Self.quotesName(characters, at: position + full.count + (suffix?.0.count ?? 0)) {
                    result.append(use(String(full) + (suffix?.0 ?? ""), "full"))
                }
                position += full.count + (suffix?.0.count ?? 0)
                continue
            }
            if matches(family, in: characters, at: position) {
                let end = position + family.count
                if end == characters.count, !given.isEmpty, let next = text.joinedAfter(index), next.script == .han,
                   next.key.hasPrefix(name.given) {
                    let rest = Array(next.key.dropFirst(given.count))
                    let suffix = self.suffix(in: rest, at: 0)
                    if fits(suffix), suffix != nil || Self.endsWord(rest, at: 0) {
                        result.append(use(name.family + " " + name.given + (suffix?.0 ?? ""), "full"))
                    }
                    position = end
                    continue
                }
                if let suffix = suffix(in: characters, at: end) ?? nextSuffix(after: index, atEnd: end == characters.count),
                   fits(suffix) {
                    if !Self.quotesName(characters, at: end + suffix.0.count) {
                        result.append(use(name.family + suffix.0, "family"))
                    }
                    position = end + suffix.0.count
                    continue
                }
            }
            if given.count >= 2, matches(given, in: characters, at: position) {
                let end = position + given.count
                let suffix = suffix(in: characters, at: end)
                let alone = position == 0 && end == characters.count && token.after.setsOff
                if let suffix, fits(suffix) {
                    if !Self.quotesName(characters, at: end + suffix.0.count) {
                        result.append(use(name.given + suffix.0, "given"))
                    }
                    position = end + suffix.0.count
                    continue
                }
                if alone { result.append(use(name.given, "given")) }
            }
            position += 1
        }
        return result
    }

    /// Characters that may follow a full name written without an honorific: question and
    /// sentence particles, pronouns, common verbs and case particles (王芳吗, 山田花子は). Another
    /// character would make the name part of a longer word.
    private static let followers: Set<Character> = Set(
        "吗嗎呢吧啊呀的是您你他她在有要来來去说說和跟同这這那了也都还還就请請对對がはをにとものへでさんかよねやから")

    /// Japanese quotative frames that describe someone by name ("田中さんという担当者", "a
    /// member of staff called Tanaka"): the name is a label for a third person, not an address.
    private static let quotatives = ["という", "といった", "っていう", "って人", "と言う", "と申す", "といい"]

    /// True when a quotative frame follows the name (and its honorific) at `end`.
    static func quotesName(_ characters: [Character], at end: Int) -> Bool {
        guard end < characters.count else { return false }
        let rest = String(characters[end...])
        return quotatives.contains { rest.hasPrefix($0) }
    }

    /// True when a full name ending at `end` is not the start of a longer word.
    static func endsWord(_ characters: [Character], at end: Int) -> Bool {
        end >= characters.count || followers.contains(characters[end])
    }

    private func matches(_ pattern: [Character], in characters: [Character], at position: Int) -> Bool {
        guard !pattern.isEmpty, position + pattern.count <= characters.count else { return false }
        return Array(characters[position..<(position + pattern.count)]) == pattern
    }

    private func suffix(in characters: [Character], at position: Int) -> (String, Gender)? {
        let rest = String(characters[min(position, characters.count)...])
        return CJKName.hanSuffixes.first { rest.hasPrefix($0.0) }
    }

    private func nextSuffix(after index: Int, atEnd: Bool) -> (String, Gender)? {
        guard atEnd, let next = text.joinedAfter(index), next.script == .han else { return nil }
        return CJKName.hanSuffixes.first { next.key.hasPrefix($0.0) }.map { (" " + $0.0, $0.1) }
    }

    /// True when the text has kana (Japanese, where 先生 is a doctor or teacher of either sex;
    /// in Chinese it is "Mr").
    private var japanese: Bool {
        text.tokens.contains { token in
            token.script == .han && token.key.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) }
        }
    }

    /// Job titles after a family name (李经理 "Manager Li", 王医生 "Dr Wang", 田中部長): a member of
    /// staff or a professional, not a customer recorded with a civil title (女士, 先生).
    private static let jobTitles = ["经理", "經理", "总", "医生", "大夫", "社長", "部長", "課長"]

    private func fits(_ suffix: (String, Gender)?) -> Bool {
        guard let suffix, let customerTitle = customer.title else { return true }
        if !customerTitle.professional, Self.jobTitles.contains(where: { suffix.0.hasSuffix($0) }) { return false }
        // In Japanese 先生 is a doctor's or teacher's title: not a customer recorded with a
        // civil title (様, さん), only one recorded as 先生 or with a professional title.
        if japanese, suffix.0.hasSuffix("先生"), !customerTitle.professional, !customerTitle.weak { return false }
        let gender = suffix.0.hasSuffix("先生") && !japanese ? Gender.male : suffix.1
        return !gender.contradicts(customerTitle.gender)
    }

    private func hangulUse(at index: Int) -> NameUse? {
        let key = text.tokens[index].key
        let candidates: [(String, String)] = [(name.full, "full"), (name.given, "given"), (name.family, "family")]
        for (pattern, part) in candidates where !pattern.isEmpty && key.hasPrefix(pattern) {
            let rest = String(key.dropFirst(pattern.count))
            let attached = CJKName.hangulSuffixes.first { rest.hasPrefix($0) }
            var following: String?
            if rest.isEmpty, let next = text.joinedAfter(index) {
                following = CJKName.hangulSuffixes.first { next.key.hasPrefix($0) }
            }
            let particle = CJKName.hangulParticles.contains(rest)
            let accepted: Bool
            switch part {
            case "full": accepted = rest.isEmpty || attached != nil || particle
            case "given": accepted = attached != nil || following != nil || particle
                || (rest.isEmpty && text.tokens[index].after.setsOff)
            default: accepted = attached != nil || following != nil
            }
            guard accepted else { continue }
            if let attached { return use(pattern + attached, part) }
            if let following { return use(pattern + " " + following, part) }
            return use(pattern, part)
        }
        return nil
    }

    private func use(_ form: String, _ part: String) -> NameUse {
        NameUse(form: form, identity: "cjk:" + part, question: false)
    }
}
