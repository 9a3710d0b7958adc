import Foundation
import RapportCalendar
import Testing
@testable import NameUsage

@Suite("UsageFigures") struct UsageFiguresTests {
    @Test func theMonthIsTheLocationsOwn() throws {
        let tokyo = try LocationCalendar(timeZone: "Asia/Tokyo", weekly: [:])
        let london = try LocationCalendar(timeZone: "Europe/London", weekly: [:])
        let evening = Date(timeIntervalSince1970: 1_793_476_800)        // 2026-10-31T20:00:00Z
        #expect(DeskTime(date: evening, utcOffsetMinutes: 0).month(calendar: tokyo).description == "2026-11")
        #expect(DeskTime(date: evening, utcOffsetMinutes: 0).month(calendar: london).description == "2026-10")
        #expect(DeskTime(date: evening, utcOffsetMinutes: 300).month(calendar: nil).description == "2026-11")
        #expect(DeskTime(date: evening, utcOffsetMinutes: 0).month(calendar: nil).description == "2026-10")
    }

    @Test(arguments: ["2026-10", "0999-01"]) func monthsParse(text: String) {
        #expect(UsageMonth(parsing: text)?.description == text)
    }

    @Test(arguments: ["2026-13", "2026-1", "26-10", "2026-10-01", "", "２０２６-10"]) func badMonthsDoNot(text: String) {
        #expect(UsageMonth(parsing: text) == nil)
    }

    @Test func ratesPerAgentLocationAndMonthCountEachInteractionOnce() throws {
        let october = try #require(UsageMonth(parsing: "2026-10")), november = try #require(UsageMonth(parsing: "2026-11"))
        func decided(_ id: String, _ location: String, _ agent: String, _ month: UsageMonth, used: Bool, transcript: Bool = true) -> DecidedInteraction {
            DecidedInteraction(interaction: id, location: location, agent: agent, month: month, used: used, ticked: false, transcript: transcript)
        }
        let rows = [
            decided("1", "store-12", "a", october, used: true), decided("2", "store-12", "a", october, used: false),
            decided("3", "store-12", "b", october, used: true, transcript: false), decided("4", "store-9", "a", october, used: true),
            decided("5", "store-12", "a", november, used: false),
        ]
        let rates = UsageRates(rows + [rows[0], rows[1]])
        #expect(rates.byAgent.map { "\($0.month) \($0.location ?? "-") \($0.agent ?? "-") \($0.tally.used)/\($0.tally.interactions)" }
                == ["2026-10 store-12 a 1/2", "2026-10 store-12 b 1/1", "2026-10 store-9 a 1/1", "2026-11 store-12 a 0/1"])
        let store12 = try #require(rates.byLocation.first)
        #expect(store12.location == "store-12" && store12.tally.interactions == 3 && store12.tally.used == 2)
        #expect(store12.tally.fromTranscript == 2 && store12.tally.fromTickAlone == 1)
        #expect(store12.tally.rate == 2.0 / 3.0)
    }
}
