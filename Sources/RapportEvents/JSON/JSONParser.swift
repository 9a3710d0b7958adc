/// A strict recursive-descent JSON parser (RFC 8259) over raw bytes that records the
/// structure on a ``JSONTape``.
///
/// Checks everything ``JSONValue/parse(_:)-(UnsafeRawBufferPointer)`` promises: UTF-8,
/// escapes, numbers, duplicate keys, depth (at most ``maxDepth``), nothing after the value.
struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    static let maxDepth = 64
    /// Objects up to this many members check for duplicate keys by scanning; larger ones use a set.
    static let linearKeyCheckLimit = 16

    var tape: JSONTape
    let end: Int
    var index = 0
    var scratch: [UInt8] = []

    /// Parses a whole JSON text into a tape over `bytes` (valid while `bytes` is).
    static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONTape {
        guard let raw = bytes.baseAddress, bytes.count > 0 else {
            throw JSONParseError(offset: 0, message: "empty input: expected a JSON value")
        }
        guard bytes.count < Int(Int32.max) else {
            throw JSONParseError(offset: 0, message: "input is \(bytes.count) bytes; the parser takes less than 2 GiB")
        }
        var parser = JSONParser(base: raw.assumingMemoryBound(to: UInt8.self), end: bytes.count)
        try parser.parseDocument()
        return parser.tape
    }

    private init(base: UnsafePointer<UInt8>, end: Int) {
        self.tape = JSONTape(base: base, count: end, capacity: min(end / 6 + 16, 4096))
        self.end = end
    }

    private var base: UnsafePointer<UInt8> { tape.base }

    private mutating func parseDocument() throws(JSONParseError) {
        skipWhitespace()
        try parseValue(depth: 0)
        skipWhitespace()
        guard index == end else {
            throw unexpected("unexpected data after the JSON value")
        }
    }

    /// Parses any value at `index`; `depth` counts the containers around it.
    private mutating func parseValue(depth: Int) throws(JSONParseError) {
        guard index < end else { throw unexpected("expected a value") }
        switch base[index] {
        case UInt8(ascii: "\""):
            try parseString()
        case UInt8(ascii: "{"):
            try parseObject(depth: depth + 1)
        case UInt8(ascii: "["):
            try parseArray(depth: depth + 1)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber()
        case UInt8(ascii: "t"):
            try parseLiteral("true", .trueValue)
        case UInt8(ascii: "f"):
            try parseLiteral("false", .falseValue)
        case UInt8(ascii: "n"):
            try parseLiteral("null", .null)
        default:
            throw unexpected("expected a value (object, array, string, number, true, false or null)")
        }
    }

    /// Parses a string at `index` (its opening quote) into a token.
    @inline(__always)
    private mutating func parseString() throws(JSONParseError) {
        let start = index + 1
        let scanner = JSONStringScanner(base: base, end: end)
        let (close, escaped) = try scanner.scan(from: start, scratch: &scratch)
        append(escaped ? .escapedString : .string, start: start, length: close - start)
        index = close + 1
    }

    private mutating func parseObject(depth: Int) throws(JSONParseError) {
        let object = try openContainer(.object, depth: depth)
        skipWhitespace()
        if index < end, base[index] == UInt8(ascii: "}") {
            index += 1
            closeContainer(object, count: 0)
            return
        }
        var count = 0
        var keys: Set<[UInt8]> = []
        var signatures: UInt64 = 0
        var escapedKeys = false
        while true {
            guard index < end, base[index] == UInt8(ascii: "\"") else {
                throw unexpected("expected a string key in double quotes")
            }
            let keyOffset = index
            let key = tape.tokenCount
            try parseString()
            // A key whose signature bit is new cannot repeat an earlier plain key; only compare
            // keys when the bit was seen, once a key had escapes, or in large objects.
            let keyToken = tape.tokens[key]
            escapedKeys = escapedKeys || keyToken.kind == .escapedString
            let signature = keySignature(keyToken)
            if escapedKeys || signatures & signature != 0 || count >= Self.linearKeyCheckLimit {
                try checkUnique(key, at: keyOffset, object: object, count: count, keys: &keys)
            }
            signatures |= signature
            skipWhitespace()
            guard index < end, base[index] == UInt8(ascii: ":") else {
                throw unexpected("expected ':' after object key")
            }
            index += 1
            skipWhitespace()
            // Strings are the usual member value: parse them here rather than through a call.
            if index < end, base[index] == UInt8(ascii: "\"") {
                try parseString()
            } else {
                try parseValue(depth: depth)
            }
            count += 1
            skipWhitespace()
            guard index < end else { throw unexpected("expected ',' or '}' after object member") }
            let byte = base[index]
            if byte == UInt8(ascii: "}") { break }
            guard byte == UInt8(ascii: ",") else { throw unexpected("expected ',' or '}' after object member") }
            index += 1
            skipWhitespace()
        }
        index += 1
        closeContainer(object, count: count)
    }

    /// One of 64 bits chosen by a plain key's length, first and last byte.
    @inline(__always)
    private func keySignature(_ token: JSONToken) -> UInt64 {
        let length = Int(token.length)
        guard length > 0 else { return 1 }
        let first = UInt64(tape.base[Int(token.start)])
        let last = UInt64(tape.base[Int(token.start) + length - 1])
        return 1 << ((UInt64(length) &* 31 &+ first &* 7 &+ last) & 63)
    }

    /// Refuses a key already used among the `count` earlier members of `object`.
    private func checkUnique(
        _ key: Int, at offset: Int, object: Int, count: Int, keys: inout Set<[UInt8]>
    ) throws(JSONParseError) {
        var duplicate = false
        if count < Self.linearKeyCheckLimit {
            let tokens = tape.tokens
            let keyToken = tokens[key]
            var earlier = object + 1
            for _ in 0..<count {
                let earlierToken = tokens[earlier]
                let sameLength = earlierToken.length == keyToken.length
                if sameLength || earlierToken.kind == .escapedString || keyToken.kind == .escapedString,
                   tape.stringsEqual(earlier, key) {
                    duplicate = true
                    break
                }
                earlier = Int(tokens[earlier + 1].next)
            }
        } else {
            if keys.isEmpty {
                // The object's own token is not closed yet, so walk its first `count` members directly.
                for (earlier, _) in JSONTape.Members(tape: tape, key: object + 1, remaining: count) {
                    keys.insert(tape.decodedBytes(earlier))
                }
            }
            duplicate = !keys.insert(tape.decodedBytes(key)).inserted
        }
        if duplicate {
            throw JSONParseError(offset: offset, message: "duplicate key \(Excerpt.quoted(tape.decodedBytes(key)))")
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONParseError) {
        let array = try openContainer(.array, depth: depth)
        skipWhitespace()
        if index < end, base[index] == UInt8(ascii: "]") {
            index += 1
            closeContainer(array, count: 0)
            return
        }
        var count = 0
        while true {
            try parseValue(depth: depth)
            count += 1
            skipWhitespace()
            guard index < end else { throw unexpected("expected ',' or ']' after array element") }
            let byte = base[index]
            if byte == UInt8(ascii: "]") { break }
            guard byte == UInt8(ascii: ",") else { throw unexpected("expected ',' or ']' after array element") }
            index += 1
            skipWhitespace()
        }
        index += 1
        closeContainer(array, count: count)
    }

    /// Checks the depth and records a container whose size is filled in when it closes.
    private mutating func openContainer(_ kind: JSONToken.Kind, depth: Int) throws(JSONParseError) -> Int {
        guard depth <= Self.maxDepth else {
            throw JSONParseError(offset: index, message: "nesting deeper than \(Self.maxDepth) levels")
        }
        let token = tape.tokenCount
        append(kind, start: index, length: 0)
        index += 1
        return token
    }

    private mutating func closeContainer(_ token: Int, count: Int) {
        tape.tokens[token].length = Int32(truncatingIfNeeded: count)
        tape.tokens[token].next = Int32(truncatingIfNeeded: tape.tokenCount)
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: JSONToken.Kind) throws(JSONParseError) {
        let start = index
        let expected = word.utf8Start
        for offset in 0..<word.utf8CodeUnitCount {
            guard index < end else { throw unexpected("expected '\(word)'") }
            guard base[index] == expected[offset] else {
                throw JSONParseError(offset: start, message: "expected a value; did you mean '\(word)'?")
            }
            index += 1
        }
        append(kind, start: start, length: word.utf8CodeUnitCount)
    }

    /// Records a scalar token (containers are patched by `closeContainer`).
    @inline(__always)
    mutating func append(_ kind: JSONToken.Kind, start: Int, length: Int) {
        let next = Int32(truncatingIfNeeded: tape.tokenCount + 1)
        tape.append(JSONToken(
            kind: kind, start: Int32(truncatingIfNeeded: start), length: Int32(truncatingIfNeeded: length), next: next))
    }

    /// Skips JSON whitespace: space, tab, line feed, carriage return.
    @inline(__always)
    mutating func skipWhitespace() {
        while index < end {
            switch base[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// An error at `index` saying what was expected; at the end of input it says so, and on a
    /// byte that is not valid UTF-8 it reports that instead.
    func unexpected(_ expected: String) -> JSONParseError {
        guard index < end else {
            return JSONParseError(offset: end, message: "unexpected end of input: \(expected)")
        }
        if base[index] >= 0x80 {
            let length = UTF8Check.sequenceLength(base, index, end)
            if length < 0 {
                return JSONParseError(offset: index, message: UTF8Check.message(base, index, end, badLength: -length))
            }
        }
        return JSONParseError(offset: index, message: expected)
    }
}
