/// Corrects a misspelt judgement word one edit away from a lexicon word ("gorgeus", "relaible").
///
/// Only words of at least `minimumLength` letters a-z that the lexicon does not know are corrected, only
/// to single words that judge (opinions, cues, near opinions) of that length, only when the first letter
/// and the last two letters agree (or, from `longWord` letters, the first two and the last), the two are not one word plus an ending ("experience" is not
/// "experienced", "reminded" is not "reminder"), and exactly one such word is one edit away (a deletion,
/// insertion, substitution or swap of neighbours, found through shared one-letter deletions as in
/// SymSpell). Deletions are looked up by a 64-bit hash of their letters, so correcting allocates nothing
/// per candidate.
///
/// A second, wider class of misspelling is a doubled letter written single or a single one doubled
/// ("helpfull", "proffesional", "acommodating", "dissapointed"): an unknown word of at least
/// `minimumDoublingLength` letters whose letters, with every run of one letter written once, equal those
/// of exactly one lexicon word of that length (any single-word phrase: judgements, aspects, modifiers)
/// is that word.
struct SpellingCorrector: Sendable {
    /// The shortest word corrected.
    static let minimumLength = 6
    /// The shortest word corrected for a doubled or undoubled letter.
    static let minimumDoublingLength = 7

    private var targets: [String] = []
    /// The hash of each target, with its index.
    private var targetByHash: [UInt64: Int] = [:]
    /// The hash of each one-letter deletion of a target, with the target's index; -1 when shared.
    private var deletions: [UInt64: Int] = [:]
    /// The words corrected for doubling, and the hash of each with its letter runs written once.
    private var singled: [String] = []
    private var singledByHash: [UInt64: Int] = [:]

    init(judgementWords: some Sequence<String>, words: some Sequence<String> = [String]()) {
        for word in Set(words) where Self.isDoublingCandidate(Array(word.utf8)) {
            let key = Self.singledHash(Array(word.utf8))
            if let existing = singledByHash[key], singled[existing] != word {
                singledByHash[key] = -1
            } else if singledByHash[key] == nil {
                singledByHash[key] = singled.count
                singled.append(word)
            }
        }
        for word in Set(judgementWords) where Self.isCandidate(Array(word.utf8)) {
            targetByHash[Self.hash(Array(word.utf8), skipping: -1)] = targets.count
            targets.append(word)
        }
        for (number, word) in targets.enumerated() {
            let letters = Array(word.utf8)
            for position in letters.indices {
                let key = Self.hash(letters, skipping: position)
                if let existing = deletions[key], existing != number {
                    deletions[key] = -1
                } else {
                    deletions[key] = number
                }
            }
        }
    }

    /// The lexicon word `word` is a misspelling of, if there is exactly one.
    func correction(of word: String) -> String? {
        let letters = Array(word.utf8)
        return oneEdit(letters) ?? doubling(letters)
    }

    /// The one lexicon word `letters` is written as with a letter doubled or undoubled, if any.
    private func doubling(_ letters: [UInt8]) -> String? {
        guard Self.isDoublingCandidate(letters), let number = singledByHash[Self.singledHash(letters)], number >= 0
        else { return nil }
        return singled[number]
    }

    /// The one judgement word `letters` is one edit away from, if any.
    private func oneEdit(_ letters: [UInt8]) -> String? {
        let word = String(decoding: letters, as: UTF8.self)
        guard Self.isCandidate(letters) else { return nil }
        let whole = Self.hash(letters, skipping: -1)
        guard targetByHash[whole] == nil else { return nil }
        var found: Int?
        func consider(_ number: Int?) -> Bool {
            guard let number, number >= 0, Self.isOneEdit(Array(targets[number].utf8), letters),
                agrees(targets[number], word), !Self.isOtherInflection(Array(targets[number].utf8), letters),
                Self.isPlausibleSlip(Array(targets[number].utf8), letters)
            else { return true }
            if let found, found != number { return false }
            found = number
            return true
        }
        guard consider(deletions[whole]) else { return nil }
        for position in letters.indices {
            let key = Self.hash(letters, skipping: position)
            guard consider(targetByHash[key]), consider(deletions[key]) else { return nil }
        }
        return found.map { targets[$0] }
    }

    /// Whether a target and a word one edit apart look alike at their edges: the first letter and the
    /// last two, or, in words of at least `longWord` letters, the first two and the last ("fantastc").
    private func agrees(_ target: String, _ word: String) -> Bool {
        guard target.utf8.first == word.utf8.first, !target.hasPrefix(word), !word.hasPrefix(target) else {
            return false
        }
        if Self.isSwap(Array(target.utf8), Array(word.utf8)) { return true }
        if target.utf8.suffix(2).elementsEqual(word.utf8.suffix(2)) { return true }
        return word.utf8.count >= Self.longWord && target.utf8.prefix(2).elementsEqual(word.utf8.prefix(2))
            && target.utf8.last == word.utf8.last
    }

    /// Whether `a` and `b` are one edit apart: a deletion, an insertion, a substitution or a swap of
    /// neighbours. Shared one-letter deletions also pair words two edits apart ("filled" and "failed" both
    /// lose a letter to "filed"), so every candidate is checked.
    static func isOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a.count == b.count {
            let differing = a.indices.filter { a[$0] != b[$0] }
            return differing.count == 1 || isSwap(a, b)
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var skipped = false
        var (i, j) = (0, 0)
        while i < long.count, j < short.count {
            if long[i] == short[j] {
                i += 1
                j += 1
            } else {
                if skipped { return false }
                skipped = true
                i += 1
            }
        }
        return true
    }

    /// Whether `word` looks like another word's regular form rather than a slip: both end in the same
    /// ending ("-ed", "-ing", "-s") and differ by one letter that is neither a key next to it nor a letter
    /// of the same sound. "crushed" is not "crashed", "sticking" not "stinking", "swings" not "stings";
    /// "discusting" is still "disgusting" and "rudw" a slip of "rude".
    static func isOtherInflection(_ target: [UInt8], _ word: [UInt8]) -> Bool {
        guard target.count == word.count, !isSwap(target, word),
            let position = target.indices.first(where: { target[$0] != word[$0] })
        else { return false }
        let endings: [[UInt8]] = [Array("ing".utf8), Array("ed".utf8), Array("s".utf8)]
        guard let ending = endings.first(where: { target.suffix($0.count).elementsEqual($0) && word.suffix($0.count).elementsEqual($0) }),
            position < target.count - ending.count
        else { return false }
        return !isLikelySlip(target[position], word[position])
    }

    /// Whether the one edit from `target` to `word` is a slip people make rather than another word: in a word
    /// of fewer than `longWord` letters a letter typed for another must be a neighbouring key or a consonant of
    /// the same sound ("sample" is not "simple", "graceful" not "grateful"; vowels for vowels are read from
    /// `longWord` letters: "definately"); an extra letter must double a neighbour or be a key next to one
    /// ("dellicious"; "raising" is not "rising").
    static func isPlausibleSlip(_ target: [UInt8], _ word: [UInt8]) -> Bool {
        if target.count == word.count {
            guard !isSwap(target, word), let position = target.indices.first(where: { target[$0] != word[$0] })
            else { return true }
            if isLikelySlip(target[position], word[position]) { return true }
            let vowels = Array("aeiouy".utf8)
            return word.count >= longWord && vowels.contains(target[position]) && vowels.contains(word[position])
        }
        guard word.count == target.count + 1 else { return true }
        let position = target.indices.first(where: { target[$0] != word[$0] }) ?? target.count
        let extra = word[position]
        let neighbours = [position > 0 ? word[position - 1] : nil, position + 1 < word.count ? word[position + 1] : nil]
        return neighbours.contains { neighbour in neighbour.map { $0 == extra || isLikelySlip($0, extra) } ?? false }
    }

    /// Whether one letter typed for another is a likely slip: keys next to each other on a QWERTY keyboard,
    /// or consonants of one sound (c/g/k/q/s/z, f/v/ph's f).
    private static func isLikelySlip(_ a: UInt8, _ b: UInt8) -> Bool {
        let rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map { Array($0.utf8) }
        for (row, keys) in rows.enumerated() {
            guard let column = keys.firstIndex(of: a) else { continue }
            if column > 0, keys[column - 1] == b { return true }
            if column + 1 < keys.count, keys[column + 1] == b { return true }
            for other in [row - 1, row + 1] where other >= 0 && other < rows.count {
                let neighbours = rows[other][max(0, column - 1)..<min(rows[other].count, column + 2)]
                if neighbours.contains(b) { return true }
            }
        }
        let sounds = [Array("cgkqsz".utf8), Array("fv".utf8), Array("dt".utf8), Array("bp".utf8), Array("mn".utf8)]
        return sounds.contains { $0.contains(a) && $0.contains(b) }
    }

    /// Whether `b` is `a` with two neighbouring letters swapped ("lovley", "recieve"): the commonest slip of
    /// typing, read whatever the letters at the edges.
    static func isSwap(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        let differing = a.indices.filter { a[$0] != b[$0] }
        return differing.count == 2 && differing[1] == differing[0] + 1
            && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
    }

    /// The length from which a word's ending may differ in its second-last letter.
    static let longWord = 8

    private static func isDoublingCandidate(_ letters: [UInt8]) -> Bool {
        letters.count >= minimumDoublingLength
            && letters.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// FNV-1a of the letters with every run of one letter counted once ("proffessional": "profesional").
    private static func singledHash(_ letters: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var previous: UInt8 = 0
        for letter in letters where letter != previous {
            hash = (hash ^ UInt64(letter)) &* 0x100_0000_01b3
            previous = letter
        }
        return hash
    }

    private static func isCandidate(_ letters: [UInt8]) -> Bool {
        letters.count >= minimumLength && letters.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// FNV-1a of the letters, leaving out the one at `skipping` (or none when it is -1).
    private static func hash(_ letters: [UInt8], skipping: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (position, letter) in letters.enumerated() where position != skipping {
            hash = (hash ^ UInt64(letter)) &* 0x100_0000_01b3
        }
        return hash ^ UInt64(letters.count - (skipping >= 0 ? 1 : 0))
    }
}
