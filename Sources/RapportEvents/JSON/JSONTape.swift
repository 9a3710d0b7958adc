/// A parsed JSON text as a flat list of tokens over the input bytes: the structure is checked
/// and nothing is copied, so readers pull out only what they need.
///
/// An object's token is followed by its members, each a key (a string token) and then the
/// value; an array's token is followed by its elements. The tape points into the parsed bytes
/// and must not outlive them.
struct JSONTape {
    let base: UnsafePointer<UInt8>
    let count: Int
    var tokens: [JSONToken] = []

    /// The kind of the token at `index`.
    @inline(__always)
    func kind(_ index: Int) -> JSONToken.Kind {
        tokens[index].kind
    }

    /// The index after the value at `index` (skipping whatever it contains).
    @inline(__always)
    func next(_ index: Int) -> Int {
        Int(tokens[index].next)
    }

    /// The raw bytes of a scalar token (a string's content without quotes, escapes as sent).
    @inline(__always)
    func rawBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let token = tokens[index]
        return UnsafeBufferPointer(start: base + Int(token.start), count: Int(token.length))
    }

    /// Whether the token is a string.
    @inline(__always)
    func isString(_ index: Int) -> Bool {
        let kind = tokens[index].kind
        return kind == .string || kind == .escapedString
    }

    /// The members of the object at `index` as (key, value) token indexes.
    func members(_ index: Int) -> Members {
        Members(tape: self, key: index + 1, remaining: Int(tokens[index].length))
    }

    /// The elements of the array at `index` as token indexes.
    func elements(_ index: Int) -> Elements {
        Elements(tape: self, element: index + 1, remaining: Int(tokens[index].length))
    }

    /// The value of the first member named `name` of the object at `index`.
    func member(_ index: Int, named name: StaticString) -> Int? {
        let expected = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        var key = index + 1
        for _ in 0..<Int(tokens[index].length) {
            if stringEquals(key, expected) { return key + 1 }
            key = next(key + 1)
        }
        return nil
    }

    /// Whether the string token at `index` holds exactly `text` (compared byte for byte).
    func stringEquals(_ index: Int, _ text: StaticString) -> Bool {
        stringEquals(index, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Whether the string token at `index` holds exactly `text` (compared byte for byte).
    func stringEquals(_ index: Int, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { expected in stringEquals(index, expected) }
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
        guard tokens[index].kind == .number else { return nil }
        let raw = rawBytes(index)
        var magnitude: UInt64 = 0
        var negative = false
        for byte in raw {
            switch byte {
            case UInt8(ascii: "-"):
                negative = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte &- UInt8(ascii: "0")))
                guard !overflow1, !overflow2 else { return nil }
                magnitude = sum
            default:
                return DecimalValue(literal: String(decoding: raw, as: UTF8.self)).int
            }
        }
        if negative {
            return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// The JSON type's name of the token, as ``JSONValue/typeName``.
    func typeName(_ index: Int) -> String {
        switch tokens[index].kind {
        case .null: return "null"
        case .falseValue, .trueValue: return "boolean"
        case .number: return "number"
        case .string, .escapedString: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The value at `index` as a ``JSONValue`` (strings decoded, containers built).
    func value(_ index: Int) -> JSONValue {
        let token = tokens[index]
        switch token.kind {
        case .null:
            return .null
        case .falseValue:
            return .bool(false)
        case .trueValue:
            return .bool(true)
        case .number:
            return .number(JSONNumber(validatedText: String(decoding: rawBytes(index), as: UTF8.self), int: integer(index)))
        case .string, .escapedString:
            return .string(string(index))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(Int(token.length))
            for element in self.elements(index) {
                elements.append(value(element))
            }
            return .array(elements)
        case .object:
            var members: [(String, JSONValue)] = []
            members.reserveCapacity(Int(token.length))
            for (key, value) in self.members(index) {
                members.append((string(key), self.value(value)))
            }
            return .object(members)
        }
    }

    /// Iterates an object's members as (key, value) token indexes.
    struct Members: Sequence, IteratorProtocol {
        let tape: JSONTape
        var key: Int
        var remaining: Int

        mutating func next() -> (key: Int, value: Int)? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let member = (key: key, value: key + 1)
            key = tape.next(key + 1)
            return member
        }
    }

    /// Iterates an array's elements as token indexes.
    struct Elements: Sequence, IteratorProtocol {
        let tape: JSONTape
        var element: Int
        var remaining: Int

        mutating func next() -> Int? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            defer { element = tape.next(element) }
            return element
        }
    }
}

extension JSONTape {
    /// Whether the token is a string with at least one character.
    func isNonEmptyString(_ index: Int) -> Bool {
        isString(index) && tokens[index].length > 0
    }
}
