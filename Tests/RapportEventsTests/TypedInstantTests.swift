import Testing
@testable import RapportEvents

@Suite("Instant: RFC 3339 with the offset as written")
struct TypedInstantTests {
    @Test("keeps moment and offset", arguments: [
        ("2026-11-27T17:00:00+01:00", Int64(1_795_795_200_000), 60),
        ("2026-11-23T09:15:00Z", 1_795_425_300_000, 0),
        ("2026-11-23T04:15:00.123-05:00", 1_795_425_300_123, -300),
        ("2026-11-23T14:45:00+05:30", 1_795_425_300_000, 330),
    ] as [(String, Int64, Int)])
    func parses(text: String, millis: Int64, offset: Int) throws {
        let instant = try #require(Instant(rfc3339: text))
        #expect(instant.millisecondsSinceEpoch == millis)
        #expect(instant.utcOffsetMinutes == offset)
        #expect(instant.rfc3339 == text)
        #expect(RFC3339.parseMillis(instant.rfc3339) == millis)
    }

    @Test("writes a canonical form of what the bus accepts", arguments: [
        ("2026-11-23T09:15:00+00:00", "2026-11-23T09:15:00Z"),
        ("2026-11-23t09:15:00.5z", "2026-11-23T09:15:00.500Z"),
        ("2026-11-23T09:15:00.123456+01:00", "2026-11-23T09:15:00.123+01:00"),
        ("2016-12-31T23:59:60Z", "2017-01-01T00:00:00Z"),
        ("9999-12-31T23:59:60.250Z", "9999-12-31T23:59:60.250Z"),
        ("0000-01-01T00:00:00+23:59", "0000-01-01T00:00:00+23:59"),
        ("9999-12-31T23:59:59-23:59", "9999-12-31T23:59:59-23:59"),
    ])
    func canonical(text: String, written: String) throws {
        let instant = try #require(Instant(rfc3339: text))
        #expect(instant.rfc3339 == written)
        #expect(Instant(rfc3339: written) == instant)
    }

    @Test("refuses what RFC 3339 cannot write", arguments: [
        (Int64(0), 24 * 60),
        (0, -24 * 60),
        (0, Int.min),
        (Int64.max, 0),
        (Int64.min, 0),
        (253_402_300_801_000, 0),
    ] as [(Int64, Int)])
    func refuses(millis: Int64, offset: Int) {
        #expect(Instant(millisecondsSinceEpoch: millis, utcOffsetMinutes: offset) == nil)
    }

    @Test("refuses text the bus refuses", arguments: ["2026-11-23T09:15:00", "Friday", "2026-02-30T09:15:00Z", ""])
    func refusesText(text: String) {
        #expect(Instant(rfc3339: text) == nil)
    }
}
