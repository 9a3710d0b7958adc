extension JSONTape {
    /// The value of the first member named `name` of the object at `index`.
    @inline(__always)
    func member(_ index: Int, named name: StaticString) -> Int? {
        let expected = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        var key = index + 1
        var remaining = Int(tokens[index].length)
        while remaining > 0 {
            let token = tokens[key]
            if token.kind == .string {
                if Int(token.length) == expected.count,
                   ByteCompare.equal(base + Int(token.start), name.utf8Start, count: expected.count) {
                    return key + 1
                }
            } else if stringEquals(key, expected) {
                return key + 1
            }
            key = Int(tokens[key + 1].next)
            remaining -= 1
        }
        return nil
    }

    /// Whether the string token at `index` holds exactly `text` (compared byte for byte).
    func stringEquals(_ index: Int, _ text: StaticString) -> Bool {
        stringEquals(index, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Whether the string token at `index` holds exactly these UTF-8 bytes.
    func stringEquals(_ index: Int, _ expected: UnsafeBufferPointer<UInt8>) -> Bool {
        switch tokens[index].kind {
        case .string:
            return Int(tokens[index].length) == expected.count && ByteCompare.equal(rawBytes(index), expected)
        case .escapedString:
            return decodedBytes(index).withUnsafeBufferPointer { ByteCompare.equal($0, expected) }
        default:
            return false
        }
    }

    /// Whether two string tokens hold the same text.
    func stringsEqual(_ first: Int, _ second: Int) -> Bool {
        if tokens[first].kind == .string, tokens[second].kind == .string {
            return tokens[first].length == tokens[second].length && ByteCompare.equal(rawBytes(first), rawBytes(second))
        }
        return decodedBytes(first) == decodedBytes(second)
    }

    /// A string token's text as UTF-8, escapes decoded.
    func decodedBytes(_ index: Int) -> [UInt8] {
        let token = tokens[index]
        guard token.kind == .escapedString else { return Array(rawBytes(index)) }
        let scanner = JSONStringScanner(base: base, end: count)
        var bytes: [UInt8] = []
        _ = try? scanner.scan(from: Int(token.start), decodingInto: &bytes)
        return bytes
    }

    /// A string token's text.
    func string(_ index: Int) -> String {
        if tokens[index].kind == .string {
            return String(decoding: rawBytes(index), as: UTF8.self)
        }
        return String(decoding: decodedBytes(index), as: UTF8.self)
    }

    /// A number token's exact `Int64` value, when it is integral and in range.
    func integer(_ index: Int) -> Int64? {
        guard tokens[index].kind == .number, case .integer(let value) = ExactInteger(literal: rawBytes(index)) else {
            return nil
        }
        return value
    }
}
