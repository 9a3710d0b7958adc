import Testing
@testable import RapportEvents

/// JSON has one number type: whether a number is an integer is decided from its exact decimal
/// value, however it is spelled.
@Suite("Integer fields and how numbers are spelled")
struct IntegerSpellingTests {
    /// A spelling of a number and its exact value when that is an integer in Int64's range.
    static let spellings: [(literal: String, value: Int64?)] = [
        ("1", 1), ("1.0", 1), ("10e-1", 1), ("0.1e1", 1), ("100000000000000000000e-20", 1), ("1E0", 1),
        ("1e+0", 1), ("1.000000000000000000000000000000", 1), ("0.00000000000000000000001e23", 1),
        ("10", 10), ("1e1", 10), ("1000e-2", 10), ("100000000000000000000000000000e-28", 10),
        ("0", 0), ("-0", 0), ("0.0", 0), ("0e400", 0), ("-0.0e-400", 0), ("0e99999999999999999999", 0),
        ("-7", -7), ("-70e-1", -7),
        ("9223372036854775807", .max), ("92233720368547758070e-1", .max), ("9.223372036854775807e18", .max),
        ("-9223372036854775808", .min), ("-9223372036854775808000e-3", .min),
        ("1.5", nil), ("10.5", nil), ("1e-1", nil), ("1e-400", nil), ("100000000000000000001e-20", nil),
        ("1.01e1", nil), ("1e99999999999999999999", nil), ("1e-99999999999999999999", nil),
        ("9223372036854775808", nil), ("-9223372036854775809", nil), ("1e19", nil), ("1e400", nil),
        ("18446744073709551616", nil), ("123456789012345678901234567890", nil),
    ]

    @Test("a number's integer value comes from its exact decimal value", arguments: spellings)
    func integerValue(literal: String, value: Int64?) throws {
        let parsed = try JSONValue.parse(Array(literal.utf8))
        #expect(parsed.intValue == value)
    }

    @Test("every spelling of an integer 0-10 is a valid nps", arguments: [
        "1.0", "10e-1", "0.1e1", "100000000000000000000e-20", "1E0", "1e+0", "10", "1e1", "1000e-2",
        "100000000000000000000000000000e-28", "0", "-0", "0.0", "0e400", "-0.0e-400", "0.000e-5",
    ])
    func validNPS(literal: String) {
        let json = Fixtures.event(type: "rapport.feedback.received", data: #"{"source":"survey","scores":{"nps":\#(literal)}}"#)
        #expect(Fixtures.error(json) == nil, "\(literal)")
    }

    /// Numbers refused for `nps` (0-10) and `offset_ms` (>= 0), with what the message adds after
    /// the number as sent.
    static let refused: [(literal: String, field: String, note: String)] = [
        ("1.5", "nps", ""),
        ("1e-400", "nps", ""),
        ("100000000000000000001e-20", "nps", ""),
        ("11", "nps", ""),
        ("1.1e1", "nps", ""),
        ("-1", "nps", ""),
        ("-1e400", "nps", ""),
        ("1e400", "nps", ""),
        ("1e19", "offset_ms", " (out of range: the largest accepted is 9223372036854775807)"),
        ("1e400", "offset_ms", " (out of range: the largest accepted is 9223372036854775807)"),
        ("9223372036854775808", "offset_ms", " (out of range: the largest accepted is 9223372036854775807)"),
        ("-1e400", "offset_ms", ""),
        ("0.5", "offset_ms", ""),
        ("1e-400", "offset_ms", ""),
    ]

    @Test("numbers that are not integers in range are refused with the number as sent", arguments: refused)
    func refusedNumbers(literal: String, field: String, note: String) {
        let (json, message): (String, String)
        if field == "nps" {
            json = Fixtures.event(type: "rapport.feedback.received", data: #"{"source":"survey","scores":{"nps":\#(literal)}}"#)
            message = "data.scores.nps must be an integer 0-10, got \(literal)\(note)"
        } else {
            json = Fixtures.event(
                type: "rapport.interaction.utterance",
                data: #"{"interaction":"i","speaker":"agent","text":"t","offset_ms":\#(literal)}"#)
            message = "data.offset_ms must be an integer >= 0, got \(literal)\(note)"
        }
        #expect(Fixtures.error(json) == EventValidationError(code: .invalidData, message: message))
    }

    @Test("numbers with the same value are equal however they are spelled")
    func equality() throws {
        let one = try JSONValue.parse(Array("1".utf8))
        for spelling in ["1.0", "10e-1", "0.1e1", "100000000000000000000e-20", "1E0"] {
            #expect(try JSONValue.parse(Array(spelling.utf8)) == one, "\(spelling)")
        }
    }
}
