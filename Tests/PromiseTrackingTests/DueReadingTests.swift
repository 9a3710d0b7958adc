import Foundation
import PromiseReading
import PromiseTracking
import Testing

@Suite("Due times of promises: an instant, or the words read in the location's calendar")
struct DueReadingTests {
    let london = PromiseDueReader.Location(calendar: Fixture.london, dateOrder: .dmy)

    @Test("an instant is taken as given, with its words kept")
    func instant() {
        let due = PromiseDueReader().due(instant: Fixture.at("2026-11-27T12:00:00Z"), words: "by noon Friday",
                                         saidAt: Fixture.at("2026-11-24T10:00:00Z"), location: london)
        #expect(due == .at(Fixture.at("2026-11-27T12:00:00Z"), words: "by noon Friday"))
    }

    @Test("words are read relative to when they were said: by Friday is Friday's closing")
    func words() {
        let due = PromiseDueReader().due(instant: nil, words: "by Friday", saidAt: Fixture.at("2026-11-24T10:00:00Z"), location: london)
        #expect(due == .at(Fixture.at("2026-11-27T17:30:00Z"), words: "by Friday"))
        // Elapsed time across the spring change (London, 29 March): real time added.
        let east = PromiseDueReader().due(instant: nil, words: "within 2 hours", saidAt: Fixture.at("2026-03-29T00:30:00Z"), location: london)
        #expect(east == .at(Fixture.at("2026-03-29T02:30:00Z"), words: "within 2 hours"))
    }

    @Test("unreadable words and a location with no calendar are kept verbatim")
    func unreadable() {
        #expect(PromiseDueReader().due(instant: nil, words: "as soon as we can", saidAt: Fixture.at("2026-11-24T10:00:00Z"), location: london)
                == .unreadable(words: "as soon as we can"))
        #expect(PromiseDueReader().due(instant: nil, words: "by Friday", saidAt: Fixture.at("2026-11-24T10:00:00Z"), location: nil)
                == .unreadable(words: "by Friday"))
    }

    @Test("a commitment heard in an utterance, with its due")
    func heard() {
        let heard = CommitmentHeard.read("I'll call you back by Friday with the quote", saidAt: Fixture.at("2026-11-24T10:00:00Z"), location: london)
        #expect(heard?.dueWords == "by Friday")
        #expect(heard?.due == Fixture.at("2026-11-27T17:30:00Z"))
        #expect(CommitmentHeard.read("Did you call us last week?", saidAt: Fixture.at("2026-11-24T10:00:00Z"), location: london) == nil)
    }
}
