import RapportTestSupport
import Testing
@testable import RapportEvents

@Suite("JSON parser")
struct JSONParserTests {
    @Test("parses values", arguments: [
        (#"null"#, JSONValue.null),
        (#" true "#, .bool(true)),
        (#"false"#, .bool(false)),
        (#"-12.5e1"#, .number(JSONNumber(text: "-12.5e1") ?? JSONNumber(0))),
        (#""hi""#, .string("hi")),
        (#"[1,"a",[],{}]"#, [1, "a", [] as JSONValue, [:] as JSONValue] as JSONValue),
        (#"{"b":1,"a":[true,null]}"#, ["b": 1, "a": [true, nil] as JSONValue] as JSONValue),
        ("\t{ \"a\" :\r\n 1 }\n", ["a": 1] as JSONValue),
    ])
    func parsesValues(text: String, expected: JSONValue) throws {
        #expect(try JSONValue.parse(Array(text.utf8)) == expected)
    }

    @Test("objects keep member order")
    func keepsOrder() throws {
        let value = try JSONValue.parse(Array(#"{"z":1,"a":2,"m":3}"#.utf8))
        #expect(value.objectValue?.map(\.0) == ["z", "a", "m"])
        #expect(value["a"]?.intValue == 2)
        #expect(value["missing"] == nil)
    }

    @Test("decodes escapes", arguments: [
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{08}\u{0C}\n\r\t"),
        (#""caf\u00e9""#, "café"),
        (#""\u20AC 5""#, "€ 5"),
        (#""\uD83D\uDE00""#, "😀"),
        (#""a\u0000b""#, "a\u{0}b"),
        (#""plain é € 😀""#, "plain é € 😀"),
    ])
    func decodesEscapes(text: String, expected: String) throws {
        #expect(try JSONValue.parse(Array(text.utf8)).stringValue == expected)
    }

    @Test("refuses invalid JSON with the offset and reason", arguments: [
        ("", 0, "empty input: expected a JSON value"),
        ("   ", 3, "unexpected end of input: expected a value"),
        (#"{"a":1,}"#, 7, "expected a string key in double quotes"),
        (#"{"a" 1}"#, 5, "expected ':' after object key"),
        (#"{"a":1 "b":2}"#, 7, "expected ',' or '}' after object member"),
        (#"[1,2"#, 4, "unexpected end of input: expected ',' or ']' after array element"),
        (#"[1 2]"#, 3, "expected ',' or ']' after array element"),
        (#"[1,]"#, 3, "expected a value (object, array, string, number, true, false or null)"),
        (#"01"#, 0, "leading zeros are not allowed in numbers"),
        (#"-01"#, 0, "leading zeros are not allowed in numbers"),
        (#"-"#, 1, "unexpected end of input: expected a digit after '-'"),
        (#"-a"#, 1, "expected a digit after '-'"),
        (#"1."#, 2, "unexpected end of input: expected a digit after '.'"),
        (#"1.e5"#, 2, "expected a digit after '.'"),
        (#"1e+"#, 3, "unexpected end of input: expected a digit after the exponent marker"),
        (#".5"#, 0, "expected a value (object, array, string, number, true, false or null)"),
        (#"+1"#, 0, "expected a value (object, array, string, number, true, false or null)"),
        (#"NaN"#, 0, "expected a value (object, array, string, number, true, false or null)"),
        (#"Infinity"#, 0, "expected a value (object, array, string, number, true, false or null)"),
        (#"nul"#, 3, "unexpected end of input: expected 'null'"),
        (#"nan"#, 0, "expected a value; did you mean 'null'?"),
        (#"True"#, 0, "expected a value (object, array, string, number, true, false or null)"),
        (#"1 2"#, 2, "unexpected data after the JSON value"),
        (#"{} x"#, 3, "unexpected data after the JSON value"),
        (#"'a'"#, 0, "expected a value (object, array, string, number, true, false or null)"),
        (#""abc"#, 4, "unexpected end of input: unterminated string starting at byte 0"),
        (#""a\x""#, 2, #"invalid escape in string; valid escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        (#""\u12G4""#, 5, #"expected 4 hex digits after \u"#),
        (#""\u12"#, 5, #"unexpected end of input: expected 4 hex digits after \u"#),
        (#""\uD800""#, 1, #"lone surrogate \uD800: a high surrogate must be followed by a low surrogate \uDC00-\uDFFF"#),
        (#""\uD83Dx""#, 1, #"lone surrogate \uD83D: a high surrogate must be followed by a low surrogate \uDC00-\uDFFF"#),
        (#""\uD800\u0041""#, 1, #"lone surrogate \uD800: a high surrogate must be followed by a low surrogate \uDC00-\uDFFF"#),
        (#""\uD800\uD800""#, 1, #"lone surrogate \uD800: a high surrogate must be followed by a low surrogate \uDC00-\uDFFF"#),
        (#""\uDE00""#, 1, #"lone surrogate \uDE00: a low surrogate must follow a high surrogate"#),
        (#""\uD83D\uDE"#, 11, "unexpected end of input: unfinished surrogate pair in string"),
        (#"{"id":1,"id":2}"#, 8, #"duplicate key "id""#),
        (#"{"id":1,"\u0069d":2}"#, 8, #"duplicate key "id""#),
        (#"{"a":{"id":1},"b":{"id":1,"id":2}}"#, 26, #"duplicate key "id""#),
    ])
    func refusesInvalidJSON(text: String, offset: Int, message: String) {
        let error = Fixtures.parseError(Array(text.utf8))
        #expect(error == JSONParseError(offset: offset, message: message))
    }

    @Test("refuses control characters in strings", arguments: [
        (UInt8(0x0A), #"control character 0x0A in string; escape it as \n"#),
        (UInt8(0x09), #"control character 0x09 in string; escape it as \t"#),
        (UInt8(0x01), #"control character 0x01 in string; escape it as \u0001"#),
        (UInt8(0x1F), #"control character 0x1F in string; escape it as \u001F"#),
    ])
    func refusesControlCharacters(byte: UInt8, message: String) {
        let bytes: [UInt8] = [0x22, 0x61, byte, 0x62, 0x22]
        #expect(Fixtures.parseError(bytes) == JSONParseError(offset: 2, message: message))
    }

    @Test("refuses invalid UTF-8, naming the bytes", arguments: [
        ([0x22, 0xC3, 0x28, 0x22], 1, "invalid UTF-8: bytes 0xC3 0x28 do not form a character"),
        ([0x22, 0xFF, 0x22], 1, "invalid UTF-8: byte 0xFF cannot start a character"),
        ([0x22, 0x61, 0x80, 0x22], 2, "invalid UTF-8: byte 0x80 cannot start a character"),
        ([0x22, 0xC0, 0xAF, 0x22], 1, "invalid UTF-8: byte 0xC0 cannot start a character"),
        ([0x22, 0xC1, 0xBF, 0x22], 1, "invalid UTF-8: byte 0xC1 cannot start a character"),
        ([0x22, 0xE0, 0x80, 0xAF, 0x22], 1, "invalid UTF-8: bytes 0xE0 0x80 do not form a character"),
        ([0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22], 1, "invalid UTF-8: bytes 0xF0 0x80 do not form a character"),
        ([0x22, 0xED, 0xA0, 0x80, 0x22], 1, "invalid UTF-8: bytes 0xED 0xA0 do not form a character"),
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1, "invalid UTF-8: bytes 0xF4 0x90 do not form a character"),
        ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], 1, "invalid UTF-8: byte 0xF5 cannot start a character"),
        ([0x22, 0xE2, 0x82, 0x41, 0x22], 1, "invalid UTF-8: bytes 0xE2 0x82 0x41 do not form a character"),
        ([0x22, 0xE2, 0x82], 1, "invalid UTF-8: sequence 0xE2 0x82 is cut off by the end of input"),
        ([0xFF], 0, "invalid UTF-8: byte 0xFF cannot start a character"),
        ([0x5B, 0xC3, 0x28, 0x5D], 1, "invalid UTF-8: bytes 0xC3 0x28 do not form a character"),
    ] as [([UInt8], Int, String)])
    func refusesInvalidUTF8(bytes: [UInt8], offset: Int, message: String) {
        #expect(Fixtures.parseError(bytes) == JSONParseError(offset: offset, message: message))
    }

    @Test("accepts every length of well-formed UTF-8", arguments: [
        [0xC2, 0x80], [0xC3, 0xA9], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xE2, 0x82, 0xAC], [0xED, 0x9F, 0xBF],
        [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
    ] as [[UInt8]])
    func acceptsUTF8(sequence: [UInt8]) throws {
        let value = try JSONValue.parse([0x22] + sequence + [0x22])
        #expect(value.stringValue.map { Array($0.utf8) } == sequence)
    }

    @Test("caps nesting depth without overflowing the stack")
    func capsDepth() throws {
        let deepArrays = [UInt8](repeating: UInt8(ascii: "["), count: 10_000)
        #expect(Fixtures.parseError(deepArrays) == JSONParseError(offset: 64, message: "nesting deeper than 64 levels"))
        let deepObjects = Array(String(repeating: #"{"a":"#, count: 10_000).utf8)
        #expect(Fixtures.parseError(deepObjects) == JSONParseError(offset: 320, message: "nesting deeper than 64 levels"))
        let limit = JSONValue.maxNestingDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(try JSONValue.parse(Array(deepest.utf8)).arrayValue?.count == 1)
        let tooDeep = "[" + deepest + "]"
        #expect(Fixtures.parseError(Array(tooDeep.utf8))?.message == "nesting deeper than 64 levels")
    }

    @Test("every truncation of a valid event is an error, never a crash")
    func truncations() {
        let bytes = Array(Fixtures.example.utf8)
        let validator = EventValidator()
        for length in 0..<bytes.count {
            let prefix = Array(bytes[..<length])
            #expect(Fixtures.parseError(prefix) != nil, "prefix of \(length) bytes parsed")
            guard case .failure(let error) = validator.validate(prefix) else {
                Issue.record("prefix of \(length) bytes validated")
                continue
            }
            #expect(error.code == .invalidJSON)
        }
        #expect(Fixtures.parseError(bytes) == nil)
    }

    @Test("arbitrary mutations of an event never crash the parser or validator")
    func mutations() {
        var random = SplitMix64(seed: 0x5EED)
        let original = Array(Fixtures.example.utf8)
        let interesting: [UInt8] = [0x00, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x3A, 0x2C, 0x80, 0xC3, 0xED, 0xF4, 0xFF]
        let validator = EventValidator()
        var accepted = 0
        for _ in 0..<3000 {
            var bytes = original
            for _ in 0..<Int(random.next() % 4 + 1) {
                let position = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[position] = interesting[Int(random.next() % UInt64(interesting.count))]
                case 1: bytes.remove(at: position)
                default: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
                }
            }
            _ = Fixtures.parseError(bytes)
            _ = try? CloudEvent(parsing: bytes)
            if case .success = validator.validate(bytes) { accepted += 1 }
        }
        #expect(accepted < 3000)
    }

    @Test("large objects still refuse duplicate keys")
    func largeObjectDuplicates() {
        let members = (0..<40).map { #""k\#($0)":\#($0)"# }.joined(separator: ",")
        #expect(Fixtures.parseError(Array("{\(members)}".utf8)) == nil)
        let duplicated = "{\(members),\"k7\":1}"
        #expect(Fixtures.parseError(Array(duplicated.utf8))?.message == #"duplicate key "k7""#)
        let escapedDuplicate = "{\(members),\"k\\u0037\":1}"
        #expect(Fixtures.parseError(Array(escapedDuplicate.utf8))?.message == #"duplicate key "k7""#)
    }

    @Test("parses from a raw buffer the same as from an array")
    func rawBuffer() throws {
        let bytes = Array(Fixtures.example.utf8)
        let fromArray = try JSONValue.parse(bytes)
        let fromBuffer = try bytes.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) -> JSONValue in try JSONValue.parse(raw) }
        }.get()
        #expect(fromArray == fromBuffer)
        #expect(fromArray["data"]?["scores"]?["nps"]?.intValue == 9)
    }
}
