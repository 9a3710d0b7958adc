/// One word of an utterance, folded for comparison, with what the matcher needs to know
/// about its shape and position.
struct Token: Sendable {
    /// Folded form: lower case, accents removed, ł ø ß æ read as l o ss ae, apostrophes
    /// dropped, a possessive `'s` or trailing `'` removed. A Han/kana run is kept as written.
    var key: String
    /// Lower case with accents kept, only when the token carries accents; used to tell an
    /// accented spelling that is a different word (Vietnamese `lần`) from a dropped accent.
    var markedKey: String?
    /// Another reading of an apostrophe word, looked up when the key is not found: the part
    /// after an elided article (`dell'Anna` gives `anna`) or the stem before a case suffix
    /// (Turkish `Ayşe'nin` gives `ayse`).
    var alternateKey: String?
    /// UTF-8 offset where the token starts in the (NFC) text, possessive included.
    var start: Int
    /// UTF-8 offset where the token ends in the (NFC) text, possessive included.
    var end: Int
    /// The token's script.
    var script: Script
    /// True when the first letter is upper or title case.
    var capitalized: Bool
    /// True when every cased letter is upper case and there are at least two.
    var allCaps: Bool
    /// True when the token ended in `'s` or `'` (`Maria's`, `James'`).
    var possessive: Bool
    /// What separates this token from the next.
    var after: Boundary
}
