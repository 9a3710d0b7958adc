import RapportCalendar
import Testing

@Suite("Local values: times, dates, weekdays and spans")
struct LocalValueTests {
    @Test("LocalTime parses HH:MM and 24:00", arguments: [
        ("09:00", 9, 0), ("9:05", 9, 5), ("00:00", 0, 0), ("23:59", 23, 59), ("24:00", 24, 0), (" 17:30 ", 17, 30),
    ])
    func parsesTimes(text: String, hour: Int, minute: Int) {
        let time = LocalTime(parsing: text)
        #expect(time?.hour == hour)
        #expect(time?.minute == minute)
        #expect(time == LocalTime(hour: hour, minute: minute))
    }

    @Test("LocalTime refuses what is not a time of day", arguments: [
        "24:01", "25:00", "9:5", "09:60", "0900", "", "ab:cd", "-1:00", "09:00:00", "123:00",
    ])
    func refusesTimes(text: String) {
        #expect(LocalTime(parsing: text) == nil)
    }

    @Test("LocalTime prints HH:MM and orders by time of day")
    func timeDescriptionAndOrder() throws {
        let nine = try #require(LocalTime(hour: 9, minute: 0))
        #expect(nine.description == "09:00")
        #expect(LocalTime.endOfDay.description == "24:00")
        #expect(LocalTime.midnight < nine && nine < LocalTime.endOfDay)
    }

    @Test("LocalDate parses YYYY-MM-DD", arguments: ["2026-12-25", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
    func parsesDates(text: String) throws {
        let parsed = try #require(LocalDate(parsing: text))
        #expect(parsed.description == text)
    }

    @Test("LocalDate refuses dates that do not exist and other text", arguments: [
        "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026/01/01", "",
        "0000-01-01",
    ])
    func refusesDates(text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }

    @Test("LocalDate knows its weekday", arguments: [
        ("1970-01-01", Weekday.thursday), ("2026-12-06", .sunday), ("2026-12-07", .monday), ("2000-02-29", .tuesday),
        ("2027-01-01", .friday), ("1969-12-31", .wednesday),
    ])
    func weekdays(text: String, weekday: Weekday) {
        #expect(date(text).weekday == weekday)
    }

    @Test("LocalDate day arithmetic round-trips over four centuries")
    func dayArithmetic() {
        var day = date("1900-01-01")
        for offset in stride(from: 0, to: 146_097, by: 1) {
            let other = LocalDate(daysSince1970: day.daysSince1970)
            guard other == day, day.adding(days: 1) > day else {
                Issue.record("day \(offset): \(day) did not round-trip")
                return
            }
            day = day.adding(days: 1)
        }
        #expect(day == date("2300-01-01"))
        #expect(date("2026-12-31").adding(days: 1) == date("2027-01-01"))
        #expect(date("2024-03-01").adding(days: -1) == date("2024-02-29"))
    }

    @Test("Weekday accepts names and three-letter abbreviations in any case", arguments: [
        ("mon", Weekday.monday), ("Monday", .monday), ("TUE", .tuesday), ("wednesday", .wednesday), ("Thu", .thursday),
        (" friday ", .friday), ("sat", .saturday), ("SUNDAY", .sunday),
    ])
    func weekdayNames(name: String, weekday: Weekday) {
        #expect(Weekday(name: name) == weekday)
    }

    @Test("Weekday refuses other names", arguments: ["mo", "mond", "", "lundi", "7"])
    func weekdayBadNames(name: String) {
        #expect(Weekday(name: name) == nil)
    }

    @Test("OpeningSpan parses and knows when it ends after midnight", arguments: [
        ("09:00-17:30", false, 510), ("18:00-02:00", true, 480), ("09:00 – 17:30", false, 510),
        ("00:00-24:00", false, 1440), ("09:00-09:00", true, 1440), ("18:00-00:00", true, 360),
    ])
    func parsesSpans(text: String, endsNextDay: Bool, minutes: Int) throws {
        let parsed = try #require(OpeningSpan(parsing: text))
        #expect(parsed.endsNextDay == endsNextDay)
        #expect(parsed.nominalMinutes == minutes)
    }

    @Test("OpeningSpan refuses bad text and an opening at 24:00", arguments: [
        "24:00-02:00", "09:00", "09:00-", "9-17", "09:00-17:30-18:00", "",
    ])
    func refusesSpans(text: String) {
        #expect(OpeningSpan(parsing: text) == nil)
    }
}
