import RapportCalendar
import Testing

@Suite("Building a location calendar")
struct CalendarInitTests {
    @Test("Known IANA zones are accepted", arguments: ["Europe/London", "America/New_York", "Australia/Sydney", "UTC"])
    func knownZones(zone: String) throws {
        let made = try calendar(zone, shopWeek())
        #expect(made.timeZoneIdentifier == zone)
    }

    @Test("An unknown zone is an error naming it", arguments: ["Europe/Londn", "Mars/Olympus_Mons", ""])
    func unknownZone(zone: String) {
        #expect(throws: CalendarError(.unknownTimeZone(zone))) { try calendar(zone, shopWeek()) }
        let message = CalendarError(.unknownTimeZone(zone)).description
        #expect(message.contains("\"\(zone)\"") && message.contains("Europe/London"))
    }

    @Test("Overlapping spans on one weekday are an error naming the day and the spans")
    func overlappingWeekday() {
        let error = #expect(throws: CalendarError.self) {
            try calendar("Europe/London", [.tuesday: ["12:00-20:00", "09:00-17:30"]])
        }
        #expect(error?.reason == .overlappingSpans(day: "Tuesday", span("09:00-17:30"), span("12:00-20:00")))
        #expect(error?.description.contains("Tuesday has overlapping opening spans 09:00-17:30 and 12:00-20:00") == true)
    }

    @Test("A past-midnight span overlapping a later span of the same day is an error")
    func overlappingPastMidnight() {
        #expect(throws: CalendarError(.overlappingSpans(day: "Friday", span("22:00-02:00"), span("23:00-23:30")))) {
            try calendar("Europe/London", [.friday: ["22:00-02:00", "23:00-23:30"]])
        }
    }

    @Test("A span past midnight running into the next weekday's span is an error")
    func spillIntoNextWeekday() {
        #expect(throws: CalendarError(.spanRunsIntoNextDay(
            day: "Sunday", span("20:00-03:00"), nextDay: "Monday", span("02:00-05:00")
        ))) {
            try calendar("Europe/London", [.sunday: ["20:00-03:00"], .monday: ["02:00-05:00"]])
        }
    }

    @Test("Overlapping special hours are an error naming the date")
    func overlappingSpecialHours() {
        let error = #expect(throws: CalendarError.self) {
            try calendar("Europe/London", shopWeek(), special: ["2026-12-24": ["10:00-14:00", "13:00-15:00"]])
        }
        #expect(error?.description.hasPrefix("2026-12-24 has overlapping opening spans 10:00-14:00 and 13:00-15:00") == true)
    }

    @Test("Special hours running into the next day's spans are an error")
    func specialHoursSpill() {
        #expect(throws: CalendarError(.spanRunsIntoNextDay(
            day: "2026-12-31", span("20:00-10:00"), nextDay: "2027-01-01", span("09:00-17:30")
        ))) {
            try calendar("Europe/London", shopWeek(), special: ["2026-12-31": ["20:00-10:00"]])
        }
    }

    @Test("Touching spans, a closed week and a past-midnight span closing as the next day opens are fine")
    func acceptedShapes() throws {
        _ = try calendar("Europe/London", [.monday: ["09:00-12:00", "12:00-17:00"], .friday: ["18:00-09:00"], .saturday: ["09:00-12:00"]])
        _ = try calendar("Europe/London", [:])
        _ = try calendar("Europe/London", everyDay("00:00-24:00"))
    }
}
