/// The regular inflections of English words, generated forwards so that reading a comment needs one
/// dictionary look-up a word.
enum WordForms {
    /// The plural forms of `base` ("queue": queues; "query": queries; "box": boxes).
    static func plurals(of base: String) -> [String] {
        guard base.unicodeScalars.count >= 3 else { return [] }
        var forms = [base + "s"]
        if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("ch")
            || base.hasSuffix("sh")
        {
            forms.append(base + "es")
        }
        if base.hasSuffix("y"), let before = base.dropLast().unicodeScalars.last, !isVowel(before) {
            forms.append(base.dropLast() + "ies")
        }
        return forms
    }

    /// The plural, verb, comparative and adverb forms of `base` ("wait": waits, waited, waiting, ...).
    ///
    /// Over-generation is harmless: a form is only looked up when a comment contains it, and it then
    /// matches the phrases written with `base`. Words shorter than three letters get no forms.
    static func of(_ base: String) -> [String] {
        let letters = Array(base.unicodeScalars)
        guard letters.count >= 3, letters.allSatisfy({ ("a"..."z").contains($0) }) else { return [] }
        var forms: [String] = []
        let last = letters[letters.count - 1]
        let beforeLast = letters[letters.count - 2]
        let stem = String(String.UnicodeScalarView(letters.dropLast()))
        let endsInE = last == "e"
        let consonantY = last == "y" && !isVowel(beforeLast)
        let sibilant = base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("ch")
            || base.hasSuffix("sh")

        forms.append(base + "s")
        if sibilant { forms.append(base + "es") }
        if consonantY {
            forms += [stem + "ies", stem + "ied", stem + "ier", stem + "iest", stem + "ily"]
        }
        if endsInE {
            forms += [base + "d", stem + "ing", base + "r", base + "st", base + "ly"]
            if base.hasSuffix("le") { forms.append(stem + "y") }
        } else {
            forms += [base + "ed", base + "ing", base + "er", base + "est", base + "ly"]
        }
        if endsInShortSyllable(letters) {
            let doubled = base + String(last)
            forms += [doubled + "ed", doubled + "ing", doubled + "er", doubled + "est"]
        }
        if base.hasSuffix("ic") { forms.append(base + "ally") }
        return forms
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        "aeiou".unicodeScalars.contains(scalar)
    }

    /// Consonant, vowel, consonant at the end (stop, chat, rub): the last consonant doubles before -ed.
    private static func endsInShortSyllable(_ letters: [Unicode.Scalar]) -> Bool {
        let count = letters.count
        guard count >= 3 else { return false }
        let last = letters[count - 1]
        guard !isVowel(last), !"wxy".unicodeScalars.contains(last) else { return false }
        return isVowel(letters[count - 2]) && !isVowel(letters[count - 3])
    }
}
