/// The scanning state: the token being built and the counts for the whole text.
struct TokenizerState {
    let text: String
    var tokens: [Token] = []
    var upperLetters = 0
    var lowerLetters = 0
    var tonal = false
    var hasHan = false
    var hasHangul = false

    var open = false
    var start = 0
    var end = 0
    var key: [UInt8] = []
    var lastKeyByte: UInt8 = 0
    var script: Script = .cased
    var capitalized = false
    var casedLetters = 0
    var upperInToken = 0
    var hasMarks = false
    var apostropheAt = -1
    var possessive = false

    init(text: String) {
        self.text = text
        tokens.reserveCapacity(32)
        key.reserveCapacity(48)
    }

    /// Written with case conventions: some capitals, not all capitals, and at least half the
    /// sentences start with a capital ("hi sarah, I can see it" is not; "Hi Sarah." is).
    var isCased: Bool {
        guard upperLetters > 0, lowerLetters >= upperLetters else { return false }
        var starts = 0
        var capitalStarts = 0
        for index in tokens.indices where tokens[index].script == .cased {
            guard index == 0 || tokens[index - 1].after.endsSentence,
                  let first = tokens[index].key.utf8.first, !(0x30...0x39).contains(first) else { continue }
            starts += 1
            if tokens[index].capitalized { capitalStarts += 1 }
        }
        return starts == 0 || capitalStarts * 2 >= starts
    }

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        let count = bytes.count
        while offset < count {
            let byte = bytes[offset]
            if byte < 0x80 {
                ascii(byte, at: offset, bytes)
                offset += 1
                continue
            }
            let (scalar, length) = Self.decode(bytes, at: offset)
            scalarClass(scalar, at: offset, next: offset + length, bytes)
            offset += length
        }
        close()
        if let last = tokens.indices.last, !tokens[last].after.setsOff || tokens[last].after == .comma {
            tokens[last].after = .end
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        var value: UInt32
        var length: Int
        if lead < 0xE0 {
            value = lead & 0x1F
            length = 2
        } else if lead < 0xF0 {
            value = lead & 0x0F
            length = 3
        } else {
            value = lead & 0x07
            length = 4
        }
        for index in 1..<length where offset + index < bytes.count {
            value = (value << 6) | (UInt32(bytes[offset + index]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// True when the character at `offset` is a letter, digit or Han character.
    func isWord(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let byte = bytes[offset]
        if byte < 0x80 {
            return (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
        }
        switch CharacterClass.of(Self.decode(bytes, at: offset).0) {
        case .letter, .han, .digit: return true
        default: return false
        }
    }

    func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let byte = bytes[offset]
        if byte < 0x80 { return (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) }
        if case .letter = CharacterClass.of(Self.decode(bytes, at: offset).0) { return true }
        return false
    }

    mutating func ascii(_ byte: UInt8, at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        switch byte {
        case 0x61...0x7A:
            if open, script == .han { close() }
            if !open { begin(at: offset, script: .cased) }
            append(byte)
            count(upper: false)
            end = offset + 1
        case 0x41...0x5A:
            if open, script == .han { close() }
            if !open { begin(at: offset, script: .cased) }
            append(byte + 32)
            count(upper: true)
            end = offset + 1
        case 0x30...0x39:
            if open, script == .han { close() }
            if !open { begin(at: offset, script: .cased) }
            append(byte)
            end = offset + 1
        case 0x20, 0x09:
            close()
        default:
            punctuation(CharacterClass.of(Unicode.Scalar(byte)), at: offset, next: offset + 1, bytes)
        }
    }

    mutating func scalarClass(_ scalar: Unicode.Scalar, at offset: Int, next: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let characterClass = CharacterClass.of(scalar)
        switch characterClass {
        case let .letter(letterScript, folded):
            if open, script == .han { close() }
            if !open { begin(at: offset, script: letterScript) }
            if letterScript == .hangul { hasHangul = true }
            if let folded {
                append(folded.first)
                if let second = folded.second { append(second) }
                if folded.marks > 0 { hasMarks = true }
                if folded.tonal { tonal = true }
                count(upper: folded.upper)
            } else if letterScript == .cased, scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
                count(upper: true)
            } else {
                append(Self.normalizedArabic(scalar))
                if letterScript == .cased { count(upper: false) }
            }
            end = next
        case .han:
            hasHan = true
            if open, script != .han { close() }
            if !open { begin(at: offset, script: .han) }
            append(scalar)
            end = next
        case let .mark(dropped, isTonal):
            if open {
                if dropped { hasMarks = true } else { append(scalar) }
                if isTonal { tonal = true }
                end = next
            }
        case .digit:
            if open, script == .han { close() }
            if !open { begin(at: offset, script: .cased) }
            append(scalar)
            end = next
        default:
            punctuation(characterClass, at: offset, next: next, bytes)
        }
    }

    mutating func punctuation(_ characterClass: CharacterClass, at offset: Int, next: Int,
                              _ bytes: UnsafeBufferPointer<UInt8>) {
        switch characterClass {
        case .apostrophe:
            guard open, script != .han else { close(); return }
            if isLetter(bytes, at: next) {
                apostropheAt = key.count
                return
            }
            if lastKeyByte == 0x73 {
                possessive = true
                end = next
            }
            close()
        case .hyphen:
            if open, isWord(bytes, at: next) {
                close(after: .hyphen)
            } else {
                close()
                mark(.colon)
            }
        case let .joiner(otherwise):
            if open, isWord(bytes, at: next) {
                close(after: .joiner)
            } else {
                close()
                mark(otherwise)
            }
        case let .punctuation(boundary):
            close()
            mark(boundary)
        case .ignored:
            break
        default:
            close()
        }
    }

    mutating func count(upper: Bool) {
        if casedLetters == 0 { capitalized = upper }
        casedLetters += 1
        if upper { upperInToken += 1; upperLetters += 1 } else { lowerLetters += 1 }
    }

    mutating func append(_ byte: UInt8) {
        key.append(byte)
        lastKeyByte = byte
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            append(UInt8(value))
        } else if value < 0x800 {
            key.append(UInt8(0xC0 | (value >> 6)))
            append(UInt8(0x80 | (value & 0x3F)))
        } else if value < 0x10000 {
            key.append(UInt8(0xE0 | (value >> 12)))
            key.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            append(UInt8(0x80 | (value & 0x3F)))
        } else {
            key.append(UInt8(0xF0 | (value >> 18)))
            key.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            key.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    mutating func begin(at offset: Int, script newScript: Script) {
        open = true
        start = offset
        end = offset
        key.removeAll(keepingCapacity: true)
        lastKeyByte = 0
        script = newScript
        capitalized = false
        casedLetters = 0
        upperInToken = 0
        hasMarks = false
        apostropheAt = -1
        possessive = false
    }

    mutating func mark(_ boundary: Boundary) {
        guard let last = tokens.indices.last else { return }
        if boundary > tokens[last].after { tokens[last].after = boundary }
    }

    mutating func close(after boundary: Boundary = .space) {
        guard open else { return }
        open = false
        if apostropheAt >= 0, apostropheAt == key.count - 1, lastKeyByte == 0x73 {
            key.removeLast()
            possessive = true
        }
        var alternate: String?
        if apostropheAt > 0, !possessive {
            let head = String(decoding: key[..<apostropheAt], as: UTF8.self)
            let tail = String(decoding: key[apostropheAt...], as: UTF8.self)
            if head.unicodeScalars.count <= 4, Tokenizer.elisions.contains(head) {
                alternate = tail
            } else if head.unicodeScalars.count >= 2, (1...4).contains(tail.unicodeScalars.count),
                      !Tokenizer.contractions.contains(tail) {
                alternate = head
            }
        }
        let folded = String(decoding: key, as: UTF8.self)
        // A Devanagari word is also read in Latin letters (प्रिया as priya).
        if alternate == nil, script == .uncased {
            let raw = TokenizedText.slice(text, start, end)
            if let value = raw.unicodeScalars.first?.value, Devanagari.contains(value) {
                alternate = Devanagari.latin(raw)
            }
        }
        tokens.append(Token(key: folded, markedKey: hasMarks ? markedForm() : nil, alternateKey: alternate,
                            start: start, end: end, script: script, capitalized: capitalized,
                            allCaps: upperInToken >= 2 && upperInToken == casedLetters,
                            possessive: possessive, after: boundary))
    }

    /// Lower case with accents kept, apostrophes and a possessive ending removed.
    func markedForm() -> String {
        var result = ""
        for scalar in TokenizedText.slice(text, start, end).lowercased().unicodeScalars {
            switch CharacterClass.of(scalar) {
            case .apostrophe, .ignored: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        if possessive, result.unicodeScalars.last == "s" { result.unicodeScalars.removeLast() }
        return result
    }

    /// Arabic letters typed in several ways read as one: alef with hamza or madda as alef,
    /// ta marbuta as ha; Persian ya and kaf as Arabic. Alef maqsura stays (على is not علي).
    static func normalizedArabic(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x06CC: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        case 0x06A9: return "\u{0643}"
        default: return scalar
        }
    }
}
