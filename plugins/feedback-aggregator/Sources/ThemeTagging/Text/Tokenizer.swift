/// Cuts text into words, numbers, emoji and punctuation marks in one pass over its UTF-8 bytes.
///
/// Words are lower-cased; a hyphen splits words ("clean-up" is `clean`, `up`); apostrophes inside a word
/// are kept ("wasn't"), a trailing possessive apostrophe is dropped, and an apostrophe or double quote
/// at a word's edge opens or closes a quotation. Words between quotation marks are flagged `quoted` when
/// the quotation is short (scare quotes such as 'fixed'); a quotation left open at the end of a sentence
/// is dropped. ASCII takes a fast path; other characters are decoded to Unicode scalars.
enum Tokenizer {
    /// The longest quotation, in words, whose words are flagged as quoted.
    static let longestQuotation = 6

    /// Cuts `text` into raw tokens.
    static func tokens(of text: String) -> [RawToken] {
        var cutter = Cutter()
        var text = text
        text.withUTF8 { cutter.run($0) }
        cutter.finishWord()
        return cutter.tokens
    }
}

/// The state of one tokenizing pass.
private struct Cutter {
    var tokens: [RawToken] = []
    var word: [UInt8] = []
    var wordCapitalised = false
    var quoteStart: Int?
    var quoteIsDouble = false

    init() {
        tokens.reserveCapacity(32)
        word.reserveCapacity(24)
    }

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var previous: Unicode.Scalar?
        while index < bytes.count {
            let (scalar, length) = Self.decode(bytes, at: index)
            index += length
            let next = index < bytes.count ? Self.decode(bytes, at: index).0 : nil
            handle(scalar, previous: previous, next: next)
            previous = scalar
        }
    }

    /// The scalar starting at `index` and its length in bytes (a malformed byte reads as U+FFFD).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    mutating func handle(_ scalar: Unicode.Scalar, previous: Unicode.Scalar?, next: Unicode.Scalar?) {
        if appendLetterOrDigit(scalar) { return }
        switch scalar {
        case "'", "\u{2019}", "\u{2018}", "`", "\u{02BC}":
            apostrophe(previous: previous, next: next)
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}":
            finishWord()
            doubleQuote()
        case ".":
            if let previous, let next, Self.isDigit(previous), Self.isDigit(next), !word.isEmpty {
                word.append(UInt8(ascii: "."))
            } else if next == "." || previous == "." {
                finishWord()
                if next != "." { mark(.clauseEnd, ".") }
            } else {
                finishWord()
                mark(.sentenceEnd, ".")
            }
        case ",":
            if let previous, let next, Self.isDigit(previous), Self.isDigit(next), !word.isEmpty { return }
            finishWord()
            mark(.clauseEnd, ",")
        case "!", "?", "\n", "\r":
            finishWord()
            mark(.sentenceEnd, String(scalar))
        case ":" where previous.map(Self.isDigit) == true && next.map(Self.isDigit) == true && !word.isEmpty:
            // "17:42": a time of day, read like "17.42", not the end of a clause.
            word.append(UInt8(ascii: "."))
        case ";", ":", "(", ")", "[", "]", "\u{2013}", "\u{2014}", "\u{2026}":
            finishWord()
            mark(.clauseEnd, String(scalar))
        case "-" where previous == " " && next == " ":
            // " - " between words is a dash: it ends a clause like "–".
            finishWord()
            mark(.clauseEnd, "-")
        case "/" where previous.map(Self.isDigit) == true && next.map(Self.isDigit) == true:
            // "10/10", "3/10/26": kept for the reading of scores and dates.
            finishWord()
            tokens.append(RawToken(text: "/", kind: .word))
        case "&":
            finishWord()
            tokens.append(RawToken(text: "and", kind: .word))
        case "%":
            finishWord()
            tokens.append(RawToken(text: "percent", kind: .word))
        case "£", "$", "€", "¥", "₹":
            finishWord()
            tokens.append(RawToken(text: String(scalar), kind: .currency))
        default:
            finishWord()
            if Self.isEmoji(scalar) { tokens.append(RawToken(text: String(scalar), kind: .emoji)) }
        }
    }

    /// Appends a letter or digit to the word, lower-cased; false for anything else.
    mutating func appendLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if word.isEmpty { wordCapitalised = false }
                word.append(byte)
                return true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if word.isEmpty { wordCapitalised = true }
                word.append(byte + 0x20)
                return true
            default:
                return false
            }
        }
        guard scalar.properties.isAlphabetic else { return false }
        if word.isEmpty { wordCapitalised = scalar.properties.isUppercase }
        let lower = scalar.properties.lowercaseMapping
        word.append(contentsOf: lower.utf8)
        return true
    }

    /// An apostrophe inside a word is kept; at a word's edge it opens or closes a quotation.
    mutating func apostrophe(previous: Unicode.Scalar?, next: Unicode.Scalar?) {
        let letterBefore = previous.map(Self.isLetterOrDigit) ?? false
        let letterAfter = next.map(Self.isLetterOrDigit) ?? false
        if letterBefore && letterAfter && !word.isEmpty {
            word.append(UInt8(ascii: "'"))
        } else if !letterBefore && letterAfter {
            finishWord()
            if quoteStart == nil {
                quoteStart = tokens.count
                quoteIsDouble = false
            }
        } else if letterBefore {
            finishWord()
            if quoteStart != nil && !quoteIsDouble { closeQuote() }
        }
    }

    mutating func doubleQuote() {
        if quoteStart != nil {
            closeQuote()
        } else {
            quoteStart = tokens.count
            quoteIsDouble = true
        }
    }

    mutating func closeQuote() {
        guard let start = quoteStart else { return }
        quoteStart = nil
        var words = 0
        for index in start..<tokens.count where tokens[index].kind == .word { words += 1 }
        guard words > 0 && words <= Tokenizer.longestQuotation else { return }
        for index in start..<tokens.count where tokens[index].kind == .word {
            tokens[index].quoted = true
        }
    }

    mutating func mark(_ kind: RawToken.Kind, _ text: String) {
        if let last = tokens.last, last.kind == kind, last.text == text { return }
        if kind == .sentenceEnd { quoteStart = nil }
        tokens.append(RawToken(text: text, kind: kind))
    }

    mutating func finishWord() {
        guard !word.isEmpty else { return }
        tokens.append(RawToken(text: String(decoding: word, as: UTF8.self), kind: .word, capitalised: wordCapitalised))
        word.removeAll(keepingCapacity: true)
    }

    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x2190 else { return false }
        if (0x1F3FB...0x1F3FF).contains(scalar.value) { return false }
        return scalar.properties.isEmojiPresentation || scalar.properties.isEmoji
    }
}
