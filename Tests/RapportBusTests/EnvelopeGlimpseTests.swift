import Testing
@testable import RapportBus

/// The `source`, `id` and `type` of a rejected event, read from bytes that may not be JSON.
@Suite("Envelope glimpse of rejected events")
struct EnvelopeGlimpseTests {
    private func glimpse(_ text: String) -> [String?] {
        let found = EnvelopeGlimpse(Array(text.utf8))
        return [found.source, found.id, found.type].map { $0.map { String(decoding: $0, as: UTF8.self) } }
    }

    @Test("the envelope's members, not data's of the same name", arguments: [
        (#"{"specversion":"1.0","id":"e-1","source":"/desk/1","type":"rapport.feedback.received","data":{"source":"survey","id":"x","type":"y"}}"#,
         ["/desk/1", "e-1", "rapport.feedback.received"]),
        (#"{"data":{"source":"survey"},"type":"t","id":"i","source":"s"}"#, ["s", "i", "t"]),
        (#"{"data":["source","id"],"source":"s"}"#, ["s", nil, nil]),
        (#"  {"id" : "a\"b" , "type":  "x-a\/b" }"#, [nil, #"a"b"#, "x-a/b"]),
        (#"{"\u0069d":"\u00e9t\u00e9","source":"\ud83d"}"#, [#"\ud83d"#, "été", nil]),
    ])
    func members(text: String, expected: [String?]) {
        #expect(glimpse(text) == expected)
    }

    @Test("what cannot be read is left out", arguments: [
        (#"[{"id":"x"}]"#, [String?](repeating: nil, count: 3)),
        ("not json at all", [nil, nil, nil]),
        (#"{"id":17,"source":null,"type":{"a":"b"}}"#, [nil, nil, nil]),
        (#"{"id":"cut short"#, [nil, "cut short", nil]),
        (#"{"id":"i", oops, "type":"t"}"#, [nil, "i", "t"]),
        ("", [nil, nil, nil]),
    ])
    func unreadable(text: String, expected: [String?]) {
        #expect(glimpse(text) == expected)
    }

    @Test("log metadata quotes and cuts each value")
    func metadata() {
        let long = String(repeating: "s", count: 300)
        let found = EnvelopeGlimpse(Array(#"{"source":"\#(long)","id":"line\nbreak"}"#.utf8))
        let metadata = Dictionary(uniqueKeysWithValues: found.metadata)
        #expect(metadata["source"]?.hasSuffix("…\" (300 bytes)") == true, "\(metadata)")
        #expect(metadata["id"] == #""line\nbreak""#, "a raw escape stays an escape, never a line break")
        #expect(metadata["type"] == nil)
    }
}
