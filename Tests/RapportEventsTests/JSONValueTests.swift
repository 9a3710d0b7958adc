import Testing
@testable import RapportEvents

@Suite("JSON values and numbers")
struct JSONValueTests {
    @Test("integers are exact and only when integral and in range", arguments: [
        ("9", Int64?.some(9)),
        ("-0", 0),
        ("4.0", 4),
        ("4.50e1", 45),
        ("1e3", 1000),
        ("1000e-3", 1),
        ("4.5", nil),
        ("1e-1", nil),
        ("9223372036854775807", Int64.max),
        ("-9223372036854775808", Int64.min),
        ("9223372036854775808", nil),
        ("-9223372036854775809", nil),
        ("1e19", nil),
        ("123456789012345678901234567890", nil),
    ])
    func integers(text: String, expected: Int64?) throws {
        let parsed = try JSONValue.parse(Array(text.utf8))
        #expect(parsed.intValue == expected)
        #expect(JSONNumber(text: text)?.int == expected)
    }

    @Test("numbers keep their text and compare by exact value", arguments: [
        ("4", "4.0", true),
        ("1e3", "1000", true),
        ("-0", "0", true),
        ("0.10", "1e-1", true),
        ("0.1", "0.10000000000000001", false),
        ("12345678901234567890", "12345678901234567891", false),
        ("-1", "1", false),
    ])
    func numberEquality(left: String, right: String, equal: Bool) throws {
        let a = try #require(JSONNumber(text: left))
        let b = try #require(JSONNumber(text: right))
        #expect((a == b) == equal)
        #expect(a.text == left)
        if equal { #expect(a.hashValue == b.hashValue) }
    }

    @Test("JSONNumber(text:) takes exactly one JSON number", arguments: [
        "01", "+1", " 1", "1 ", "1.", ".1", "NaN", "Infinity", "0x10", "", "1e",
    ])
    func refusesBadNumberText(text: String) {
        #expect(JSONNumber(text: text) == nil)
    }

    @Test("numbers from Swift values")
    func numbersFromValues() {
        #expect(JSONNumber(42).text == "42")
        #expect(JSONNumber(Int64.min).int == Int64.min)
        #expect(JSONNumber(2.5)?.text == "2.5")
        #expect(JSONNumber(3.0)?.text == "3")
        #expect(JSONNumber(Double.nan) == nil)
        #expect(JSONNumber(Double.infinity) == nil)
        #expect(JSONNumber(text: "1e400")?.double == nil)
        #expect(JSONNumber(text: "2.5e-1")?.double == 0.25)
    }

    @Test("serializes compact JSON with correct escaping", arguments: [
        (JSONValue.string("a\"b\\c\n\t\u{01}\u{1F}é😀/"), #""a\"b\\c\n\t\u0001\u001Fé😀/""#),
        (["k": [1, true, nil, "x"] as JSONValue, "e": [:] as JSONValue, "a": [] as JSONValue] as JSONValue,
         #"{"k":[1,true,null,"x"],"e":{},"a":[]}"#),
        (.number(JSONNumber(text: "1.50e+3") ?? JSONNumber(0)), "1.50e+3"),
        (.object([("id", 1), ("id", 2), ("x", 3)]), #"{"id":1,"x":3}"#),
        (.string("\u{08}\u{0C}\r"), #""\b\f\r""#),
    ])
    func serializes(value: JSONValue, expected: String) {
        #expect(value.serializedString == expected)
    }

    @Test("serialized output parses back to an equal value")
    func roundTrip() throws {
        let value = try JSONValue.parse(Array(Fixtures.example.utf8))
        let again = try JSONValue.parse(value.serialized())
        #expect(again == value)
        #expect(again.serialized() == Array(Fixtures.example.utf8))
        let tricky: JSONValue = ["s": .string("\u{0}\u{7F}\u{2028}\"\\ \u{10FFFF}"), "n": [0, 1] as JSONValue]
        #expect(try JSONValue.parse(tricky.serialized()) == tricky)
    }

    @Test("object equality ignores member order; arrays do not")
    func equality() {
        #expect(JSONValue.object([("a", 1), ("b", 2)]) == .object([("b", 2), ("a", 1)]))
        #expect(JSONValue.object([("a", 1), ("b", 2)]) != .object([("a", 1), ("c", 2)]))
        #expect(JSONValue.object([("a", 1)]) != .object([("a", 1), ("b", 2)]))
        #expect(JSONValue.array([1, 2]) != .array([2, 1]))
        #expect(JSONValue.string("1") != .number(JSONNumber(1)))
    }

    @Test("typed accessors")
    func accessors() {
        let half = JSONValue.number(JSONNumber(text: "0.5") ?? JSONNumber(0))
        let value: JSONValue = ["s": "x", "b": false, "n": 7, "d": half, "a": [1] as JSONValue, "o": ["k": nil] as JSONValue]
        #expect(value["s"]?.stringValue == "x")
        #expect(value["b"]?.boolValue == false)
        #expect(value["n"]?.intValue == 7)
        #expect(value["d"]?.intValue == nil)
        #expect(value["d"]?.doubleValue == 0.5)
        #expect(value["a"]?.arrayValue?.count == 1)
        #expect(value["o"]?["k"]?.isNull == true)
        #expect(value["s"]?.intValue == nil)
        #expect(value["n"]?.stringValue == nil)
        #expect(JSONValue.string("x")["k"] == nil)
        #expect(value["o"]?.typeName == "object")
        #expect(value.objectValue?.count == 6)
    }

    @Test("parse errors describe themselves in one line")
    func errorDescription() {
        let error = Fixtures.parseError(Array(#"{"specversion" "1.0"}"#.utf8))
        #expect(error?.description == "invalid JSON at byte 15: expected ':' after object key")
    }
}
