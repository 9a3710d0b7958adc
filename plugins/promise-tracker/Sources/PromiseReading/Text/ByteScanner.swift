/// The state of one pass of ``Tokeniser``.
struct ByteScanner {
    /// The utterance's UTF-8 bytes.
    let bytes: [UInt8]
    /// The words and marks cut so far.
    var words: [RawWord] = []
    /// The bytes of the word being read, lower-cased.
    var buffer: [UInt8] = []
    /// Where the word being read starts.
    var wordStart = 0
    /// Whether the word being read began with a capital.
    var capitalised = false
    /// Whether the word being read had a dot inside.
    var innerDot = false
    /// Whether the word being read has an apostrophe inside.
    var apostrophe = false

    /// A scanner over `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        buffer.reserveCapacity(24)
        words.reserveCapacity(bytes.count / 4)
    }

    /// Cuts all the bytes into words and marks.
    mutating func scan() -> [RawWord] {
        var i = 0
        while i < bytes.count {
            i = step(at: i)
        }
        finishWord(at: bytes.count)
        return words
    }

    /// Reads the byte (or UTF-8 sequence) at `i`; returns where the next one starts.
    private mutating func step(at i: Int) -> Int {
        let byte = bytes[i]
        if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x98, 0x99: return apostrophe(at: i, width: 3)
            case 0x93, 0x94: return dash(at: i, width: 3)
            case 0x9C, 0x9D: finishWord(at: i); return i + 3
            case 0xA6: finishWord(at: i); punctuation(.stop, at: i, width: 3); return i + 3
            default: break
            }
        }
        if Self.isLetter(byte) || Self.isDigit(byte) || byte >= 0x80 {
            if buffer.isEmpty {
                wordStart = i
                capitalised = byte >= 0x41 && byte <= 0x5A
            }
            buffer.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            return i + 1
        }
        switch byte {
        case 0x27: return apostrophe(at: i, width: 1)
        case 0x2D: return dash(at: i, width: 1)
        case 0x2E: return dot(at: i)
        case 0x2C: return comma(at: i)
        case 0x3A, 0x2F: return numberMark(at: i)
        case 0x21, 0x3B: finishWord(at: i); punctuation(.stop, at: i, width: 1); return i + 1
        case 0x3F: finishWord(at: i); punctuation(.question, at: i, width: 1); return i + 1
        default: finishWord(at: i); return i + 1
        }
    }

    private mutating func apostrophe(at i: Int, width: Int) -> Int {
        if !buffer.isEmpty, i + width < bytes.count, Self.isLetter(bytes[i + width]) {
            buffer.append(0x27)
            apostrophe = true
        } else {
            finishWord(at: i)
        }
        return i + width
    }

    private mutating func dash(at i: Int, width: Int) -> Int {
        let before = i > 0 ? bytes[i - 1] : 0x20
        let after = i + width < bytes.count ? bytes[i + width] : 0x20
        let joined = !buffer.isEmpty && Self.isAlphanumeric(after)
        finishWord(at: i)
        if joined && Self.isDigit(before) && Self.isDigit(after) {
            punctuation(.hyphen, at: i, width: width)
        } else if !joined && !(Self.isAlphanumeric(after) && Self.isAlphanumeric(before)) {
            punctuation(.comma, at: i, width: width)
        }
        return i + width
    }

    private mutating func dot(at i: Int) -> Int {
        let next = i + 1 < bytes.count ? bytes[i + 1] : 0x20
        if !buffer.isEmpty, Self.isAlphanumeric(next) {
            if Self.isDigit(buffer[buffer.count - 1]) && Self.isDigit(next) {
                buffer.append(0x2E)
            } else {
                innerDot = true
            }
            return i + 1
        }
        let ended = finishWord(at: i)
        if let ended, ended.hadInnerDot || Tokeniser.abbreviations.contains(ended.text) { return i + 1 }
        if words.last?.kind == .stop { return i + 1 }
        punctuation(.stop, at: i, width: 1)
        return i + 1
    }

    private mutating func comma(at i: Int) -> Int {
        if let last = buffer.last, Self.isDigit(last), i + 3 < bytes.count,
           (1...3).allSatisfy({ Self.isDigit(bytes[i + $0]) }), i + 4 >= bytes.count || !Self.isDigit(bytes[i + 4]) {
            return i + 1
        }
        finishWord(at: i)
        punctuation(.comma, at: i, width: 1)
        return i + 1
    }

    /// A colon or slash: part of a number between digits ("16:00", "3/4"), otherwise a break.
    private mutating func numberMark(at i: Int) -> Int {
        if let last = buffer.last, Self.isDigit(last), i + 1 < bytes.count, Self.isDigit(bytes[i + 1]) {
            buffer.append(bytes[i])
            return i + 1
        }
        finishWord(at: i)
        if bytes[i] == 0x3A { punctuation(.comma, at: i, width: 1) }
        return i + 1
    }

    /// Units written straight after a number ("24hrs", "30mins", "2days"), split off as words.
    static let joinedUnits: Set<String> = [
        "h", "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "day", "days", "wk", "wks", "week", "weeks",
    ]

    @discardableResult
    private mutating func finishWord(at end: Int) -> RawWord? {
        guard !buffer.isEmpty else { return nil }
        if Self.isDigit(buffer[0]), let split = buffer.firstIndex(where: Self.isLetter), split > 0,
           buffer[..<split].allSatisfy(Self.isDigit),
           Self.joinedUnits.contains(String(decoding: buffer[split...], as: UTF8.self)) {
            let unit = Array(buffer[split...])
            buffer.removeSubrange(split...)
            finishWord(at: wordStart + split)
            wordStart += split
            buffer = unit
        }
        let word = RawWord(text: String(decoding: buffer, as: UTF8.self), kind: .word, start: wordStart, end: end,
                           capitalised: capitalised, hadInnerDot: innerDot, hasApostrophe: apostrophe)
        words.append(word)
        buffer.removeAll(keepingCapacity: true)
        innerDot = false
        apostrophe = false
        return word
    }

    private mutating func punctuation(_ kind: Token.Kind, at i: Int, width: Int) {
        let text = kind == .comma ? "," : kind == .hyphen ? "-" : ""
        words.append(RawWord(text: text, kind: kind, start: i, end: i + width, capitalised: false, hadInnerDot: false,
                             hasApostrophe: false))
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte >= 0x80 }
}
