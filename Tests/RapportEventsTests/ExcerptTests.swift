import Testing
import RapportEvents

@Suite("Excerpt: values quoted in messages")
struct ExcerptTests {
    @Test("short text is a JSON string literal, escapes and all", arguments: [
        ("desk", #""desk""#),
        ("", #""""#),
        (#"say "hi"\now"#, #""say \"hi\"\\now""#),
        ("line\nbreak\ttab\u{1}", #""line\nbreak\ttab\u0001""#),
        ("Ngozi Okafor 😀", "\"Ngozi Okafor 😀\""),
    ])
    func short(text: String, expected: String) {
        #expect(Excerpt.quoted(text) == expected)
        #expect(Excerpt.quoted(Array(text.utf8)) == expected)
    }

    @Test("long text shows its first characters, an ellipsis and the whole length in bytes")
    func long() {
        let text = String(repeating: "a", count: 262_144)
        let expected = "\"" + String(repeating: "a", count: 64) + "…\" (262144 bytes)"
        #expect(Excerpt.quoted(text) == expected)
        #expect(Excerpt.quoted(Array(text.utf8)) == expected)
        #expect(Excerpt.quoted("abcdef", limit: 4) == #""abcd…" (6 bytes)"#)
        #expect(Excerpt.quoted("abcd", limit: 4) == #""abcd""#)
    }

    @Test("the cut never splits a grapheme cluster or an escape")
    func boundaries() {
        let family = "👩‍👩‍👧‍👦"  // one character of seven scalars, 25 bytes
        #expect(Excerpt.quoted(String(repeating: family, count: 3), limit: 2) == "\"\(family)\(family)…\" (75 bytes)")
        #expect(Excerpt.quoted("e\u{301}e\u{301}e\u{301}", limit: 1) == "\"e\u{301}…\" (9 bytes)")
        #expect(Excerpt.quoted(String(repeating: "\"", count: 10), limit: 3) == #""\"\"\"…" (10 bytes)"#)
        #expect(Excerpt.quoted(String(repeating: "\u{1}", count: 10), limit: 2) == #""\u0001\u0001…" (10 bytes)"#)
    }

    @Test("one character made of thousands of combining marks is not shown whole")
    func hugeCluster() {
        let text = "a" + String(repeating: "\u{301}", count: 100_000)
        let quoted = Excerpt.quoted(text)
        #expect(quoted == #""…" (200001 bytes)"#)
        #expect(Excerpt.quoted(Array(text.utf8)) == quoted)
    }

    @Test("bytes that are not UTF-8 are shown as U+FFFD and counted as sent")
    func invalidBytes() {
        #expect(Excerpt.quoted([0x61, 0xFF, 0x62] as [UInt8]) == "\"a\u{FFFD}b\"")
        #expect(Excerpt.quoted([0x61, 0xE2, 0x82] as [UInt8]) == "\"a\u{FFFD}\"")
        let bytes = [UInt8](repeating: 0xFF, count: 1_000)
        #expect(Excerpt.quoted(bytes, limit: 3) == "\"\u{FFFD}\u{FFFD}\u{FFFD}…\" (1000 bytes)")
        #expect(Excerpt.quoted(bytes[...], limit: 1) == "\"\u{FFFD}…\" (1000 bytes)")
    }

    @Test("a limit of zero shows only the length")
    func zeroLimit() {
        #expect(Excerpt.quoted("abc", limit: 0) == #""…" (3 bytes)"#)
        #expect(Excerpt.quoted("", limit: 0) == #""""#)
    }
}
