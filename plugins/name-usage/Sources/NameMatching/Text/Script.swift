/// The writing system of a token, as far as name matching cares.
enum Script: UInt8, Sendable {
    /// Latin, Greek, Cyrillic, Armenian: letters have case, words are separated by spaces.
    case cased
    /// Arabic, Hebrew, Devanagari and other scripts with spaces but no case.
    case uncased
    /// Han characters and kana: no spaces between words; a run is one token.
    case han
    /// Hangul: spaces between words, particles and honorifics attached to the word.
    case hangul

    /// The script of a letter scalar.
    static func of(_ value: UInt32) -> Script {
        if value < 0x0590 || (0x1E00..<0x2000).contains(value) { return .cased }
        if (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value)
            || (0x3130...0x318F).contains(value) {
            return .hangul
        }
        if isHan(value) { return .han }
        return .uncased
    }

    /// True for Han ideographs, hiragana, katakana and the iteration and length marks.
    static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F,
             0x3040...0x309F, 0x30A0...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF, 0x3005, 0xFF66...0xFF9F:
            return true
        default:
            return false
        }
    }
}
