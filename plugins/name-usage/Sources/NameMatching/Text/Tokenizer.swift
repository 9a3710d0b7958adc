import Foundation

/// Cuts an utterance into folded tokens in one pass over its UTF-8 bytes.
///
/// Words are runs of letters, digits and the marks attached to them; an apostrophe between
/// letters stays inside the word and leaves the key (`O'Connor` = `oconnor`), a final `'s` or
/// `'` marks a possessive; a hyphen between letters splits the word with a ``Boundary/hyphen``;
/// a run of Han characters and kana is one token. Text with combining marks (NFD) or Hangul
/// jamo is composed to NFC first (Foundation, only then). ASCII takes a fast path; other
/// letters fold through ``FoldTable``; keys are built in a byte buffer.
enum Tokenizer {
    /// Elided articles and prepositions: the word after them is also looked up on its own.
    static let elisions: Set<String> = [
        "l", "d", "j", "qu", "c", "n", "s", "m", "t", "dell", "dall", "nell", "sull", "all",
    ]

    /// English contraction endings, which are not case suffixes (`can't` is not `can`).
    static let contractions: Set<String> = ["t", "ll", "re", "ve", "d", "m", "em"]

    /// Tokenizes `raw`.
    static func tokenize(_ raw: String) -> TokenizedText {
        var text = needsComposition(raw) ? raw.precomposedStringWithCanonicalMapping : raw
        text.makeContiguousUTF8()
        var state = TokenizerState(text: text)
        let ran: Void? = text.utf8.withContiguousStorageIfAvailable { state.run($0) }
        if ran == nil {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { state.run($0) }
        }
        return TokenizedText(text: text, tokens: state.tokens, cased: state.isCased,
                             tonal: state.tonal, hasHan: state.hasHan, hasHangul: state.hasHangul)
    }

    /// True when the UTF-8 has a combining mark (U+0300–U+036F) or a Hangul jamo (U+1100–U+11FF).
    static func needsComposition(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0xCC || previous == 0xCD, byte & 0xC0 == 0x80 { return true }
            if previous == 0xE1, (0x84...0x87).contains(byte) { return true }
            previous = byte
        }
        return false
    }
}
