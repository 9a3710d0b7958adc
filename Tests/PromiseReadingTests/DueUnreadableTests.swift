import PromiseReading
import Testing

/// Words that give no instant are kept verbatim and reported unreadable, never guessed.
@Suite("Due: unreadable words") struct DueUnreadableTests {
    static let words = [
        "as soon as possible", "as soon as I can", "as quick as we can", "ASAP", "sometime soon", "soon", "shortly",
        "in due course", "in a bit", "in a little while", "in a few days", "within the next few hours", "in three months",
        "this afternoon", "tomorrow evening", "in the morning", "early next week", "by friday or monday", "whenever",
        "at some point", "right away", "by the weekend", "next year", "blue", "",
    ]

    @Test(arguments: words) func unreadable(_ words: String) {
        let reading = DueTimeReader().read(words, saidAt: RFC3339Text.date("2026-11-24T10:00:00Z")!,
                                           calendar: TestLocation.london.calendar, dateOrder: .dmy)
        #expect(reading == .unreadable(words))
        #expect(reading.explanation == "unreadable: \"\(words)\"")
    }

    @Test func explanationShowsTheLocalTimeAndZone() {
        let said = RFC3339Text.date("2026-11-24T10:00:00Z")!
        let reading = DueTimeReader().read("by Friday", saidAt: said, calendar: TestLocation.london.calendar, dateOrder: .dmy)
        #expect(reading.explanation == "Fri 27 Nov, 17:00 Europe/London")
        let nextYear = DueTimeReader().read("by Jan 4", saidAt: said, calendar: TestLocation.losAngeles.calendar, dateOrder: nil)
        #expect(nextYear.explanation == "Mon 4 Jan 2027, 16:30 America/Los_Angeles")
        let kolkata = DueTimeReader().read("within 48 hours", saidAt: said, calendar: TestLocation.kolkata.calendar, dateOrder: .dmy)
        #expect(kolkata.explanation == "Thu 26 Nov, 15:30 Asia/Kolkata")
    }
}
