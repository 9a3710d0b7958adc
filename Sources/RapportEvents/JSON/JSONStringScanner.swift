/// Reads the content of a JSON string: checks UTF-8, control characters and escapes
/// (surrogate pairs included), and decodes escapes when asked.
struct JSONStringScanner {
    let base: UnsafePointer<UInt8>
    let end: Int

    /// Scans from `start` (just after the opening quote) to the closing quote; returns its
    /// offset and whether the string has escapes. `scratch` is used for escaped strings.
    @inline(__always)
    func scan(from start: Int, scratch: inout [UInt8]) throws(JSONParseError) -> (close: Int, escaped: Bool) {
        var cursor = start
        while cursor < end {
            cursor = ByteCompare.plainRunEnd(base, from: cursor, end: end)
            guard cursor < end else { break }
            let byte = base[cursor]
            if byte == UInt8(ascii: "\"") { return (cursor, false) }
            if byte == UInt8(ascii: "\\") {
                scratch.removeAll(keepingCapacity: true)
                return (try scan(from: start, decodingInto: &scratch), true)
            }
            if byte < 0x20 { throw controlCharacter(byte, at: cursor) }
            if byte < 0x80 {
                cursor += 1
            } else {
                let length = UTF8Check.sequenceLength(base, cursor, end)
                guard length > 0 else { throw utf8Error(at: cursor, badLength: -length) }
                cursor += length
            }
        }
        throw unterminated(start - 1)
    }

    /// Scans from `start` to the closing quote, appending the decoded text to `output`;
    /// returns the closing quote's offset.
    func scan(from start: Int, decodingInto output: inout [UInt8]) throws(JSONParseError) -> Int {
        var cursor = start
        while cursor < end {
            let byte = base[cursor]
            switch byte {
            case UInt8(ascii: "\""):
                return cursor
            case UInt8(ascii: "\\"):
                cursor = try decodeEscape(at: cursor, into: &output)
            case 0x00..<0x20:
                throw controlCharacter(byte, at: cursor)
            case 0x20..<0x80:
                let run = cursor
                cursor = ByteCompare.plainRunEnd(base, from: cursor + 1, end: end)
                output.append(contentsOf: UnsafeBufferPointer(start: base + run, count: cursor - run))
            default:
                let length = UTF8Check.sequenceLength(base, cursor, end)
                guard length > 0 else { throw utf8Error(at: cursor, badLength: -length) }
                output.append(contentsOf: UnsafeBufferPointer(start: base + cursor, count: length))
                cursor += length
            }
        }
        throw unterminated(start - 1)
    }

    /// Decodes the escape at `cursor` (a backslash); returns the offset after it.
    private func decodeEscape(at cursor: Int, into output: inout [UInt8]) throws(JSONParseError) -> Int {
        guard cursor + 1 < end else {
            throw JSONParseError(offset: end, message: "unexpected end of input: unfinished escape in string")
        }
        let decoded: UInt8
        switch base[cursor + 1] {
        case UInt8(ascii: "\""): decoded = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): decoded = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            return try decodeUnicodeEscape(at: cursor, into: &output)
        default:
            throw JSONParseError(
                offset: cursor,
                message: "invalid escape in string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")
        }
        output.append(decoded)
        return cursor + 2
    }

    /// Decodes `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, at `cursor`.
    private func decodeUnicodeEscape(at cursor: Int, into output: inout [UInt8]) throws(JSONParseError) -> Int {
        let unit = try hexUnit(at: cursor + 2)
        var scalar = unit
        var next = cursor + 6
        switch unit {
        case 0xD800...0xDBFF:
            guard let low = lowSurrogate(at: next) else {
                if pairIsCutShort(at: next) {
                    throw JSONParseError(offset: end, message: "unexpected end of input: unfinished surrogate pair in string")
                }
                throw JSONParseError(
                    offset: cursor,
                    message: "lone surrogate \\u\(Hex.scalar(unit)): a high surrogate must be followed by a low surrogate \\uDC00-\\uDFFF")
            }
            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            next += 6
        case 0xDC00...0xDFFF:
            throw JSONParseError(
                offset: cursor,
                message: "lone surrogate \\u\(Hex.scalar(unit)): a low surrogate must follow a high surrogate")
        default:
            break
        }
        Self.appendUTF8(scalar, to: &output)
        return next
    }

    /// Reads four hex digits at `offset` as a UTF-16 code unit.
    private func hexUnit(at offset: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for position in offset..<(offset + 4) {
            guard position < end else {
                throw JSONParseError(offset: end, message: "unexpected end of input: expected 4 hex digits after \\u")
            }
            guard let digit = Hex.value(base[position]) else {
                throw JSONParseError(offset: position, message: "expected 4 hex digits after \\u")
            }
            value = value << 4 | digit
        }
        return value
    }

    /// The low surrogate written as `\uXXXX` at `offset`, if there is one.
    private func lowSurrogate(at offset: Int) -> UInt32? {
        guard offset + 6 <= end, base[offset] == UInt8(ascii: "\\"), base[offset + 1] == UInt8(ascii: "u") else {
            return nil
        }
        var value: UInt32 = 0
        for position in (offset + 2)..<(offset + 6) {
            guard let digit = Hex.value(base[position]) else { return nil }
            value = value << 4 | digit
        }
        return (0xDC00...0xDFFF).contains(value) ? value : nil
    }

    /// Whether the input ends inside what could still be a `\uXXXX` low surrogate at `offset`
    /// (the pair was cut off rather than left alone).
    private func pairIsCutShort(at offset: Int) -> Bool {
        let available = end - offset
        guard available < 6 else { return false }
        for position in 0..<available {
            let byte = base[offset + position]
            switch position {
            case 0: if byte != UInt8(ascii: "\\") { return false }
            case 1: if byte != UInt8(ascii: "u") { return false }
            default: if Hex.value(byte) == nil { return false }
            }
        }
        return true
    }

    /// Appends a scalar value (never a surrogate) as UTF-8.
    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The error for an ill-formed UTF-8 sequence at `offset`.
    func utf8Error(at offset: Int, badLength: Int) -> JSONParseError {
        JSONParseError(offset: offset, message: UTF8Check.message(base, offset, end, badLength: badLength))
    }

    private func controlCharacter(_ byte: UInt8, at offset: Int) -> JSONParseError {
        let hint: String
        switch byte {
        case 0x0A: hint = "\\n"
        case 0x0D: hint = "\\r"
        case 0x09: hint = "\\t"
        default: hint = "\\u00" + String(decoding: [Hex.digit(byte >> 4), Hex.digit(byte & 0x0F)], as: UTF8.self)
        }
        return JSONParseError(offset: offset, message: "control character \(Hex.byte(byte)) in string; escape it as \(hint)")
    }

    private func unterminated(_ open: Int) -> JSONParseError {
        JSONParseError(offset: end, message: "unexpected end of input: unterminated string starting at byte \(open)")
    }
}
