import RapportWire
import Testing

/// Which type patterns can select something: a catalogue type or a site type (`x-…`).
@Suite("Type patterns against the accepted types")
struct TypePatternCatalogueTests {
    @Test("patterns that match a catalogue or site type", arguments: [
        "*", "rapport.*", "rapport.promise.*", "rapport.*.received", "rapport.promise.made", "*.made",
        "x-*", "x-acme.*", "x-acme.till.opened", "x*", "*till", "x-a",
    ])
    func matchable(text: String) {
        #expect(TypePattern(text).canMatchAcceptedType, "\(text)")
    }

    @Test("patterns that can never match", arguments: [
        "rapport.promise.", "rapport.promsie.*", "X-acme.*", "x-", "rapport", "promise.*", "rapport.promise.made.*x",
    ])
    func unmatchable(text: String) {
        #expect(!TypePattern(text).canMatchAcceptedType, "\(text)")
    }

    @Test("a prefix written for the live feed suggests the glob meant")
    func likelyMeant() {
        #expect(TypePattern("rapport.promise.").likelyMeant == TypePattern("rapport.promise.*"))
        #expect(TypePattern("x-acme.").likelyMeant == TypePattern("x-acme.*"))
        #expect(TypePattern("rapport.promsie.").likelyMeant == nil)
        #expect(TypePattern("rapport.promsie.*").likelyMeant == nil)
    }
}

/// INFO's `version`: sent by this bus, optional for older ones.
@Suite("INFO version")
struct BusInfoVersionTests {
    static let older = #"{"log":{"start":0,"next":3,"durable":3,"segments":1,"bytes":10,"commits":1,"dedup_identities":3},"intake":{"held_bytes":0,"limit_bytes":8388608,"paused":false,"pauses":0},"groups":[]}"#

    @Test("an INFO without version (an older bus) still reads, with no version")
    func olderBus() throws {
        let info = try BusInfo(decoding: Array(Self.older.utf8))
        #expect(info.version == nil)
        #expect(info.log.next == 3)
    }

    @Test("the version round-trips and comes first in the JSON")
    func roundTrip() throws {
        var info = try BusInfo(decoding: Array(Self.older.utf8))
        info.version = RapportVersion.current
        let encoded = info.encoded()
        #expect(String(decoding: encoded, as: UTF8.self).hasPrefix(#"{"version":"\#(RapportVersion.current)","log":"#))
        #expect(try BusInfo(decoding: encoded) == info)
    }
}
