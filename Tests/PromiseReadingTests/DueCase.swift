import Foundation
import PromiseReading
import RapportCalendar
import Testing

/// One row of a due-reading table: words said at an instant at a location, and the due
/// expected (RFC 3339 with the local offset), or `nil` for unreadable.
struct DueCase: Sendable, CustomTestStringConvertible {
    let words: String
    let location: TestLocation
    let saidAt: String
    let expected: String?
    /// A date order other than the location's, when the row tests one.
    var dateOrder: DateOrder?? = nil

    init(_ words: String, _ location: TestLocation, _ saidAt: String, _ expected: String?, dateOrder: DateOrder?? = nil) {
        self.words = words
        self.location = location
        self.saidAt = saidAt
        self.expected = expected
        self.dateOrder = dateOrder
    }

    var testDescription: String { "\"\(words)\" @\(location) \(saidAt)" }

    /// Reads the words and checks the instant and its offset.
    func check() {
        let order = dateOrder ?? location.dateOrder
        let reading = DueTimeReader().read(words, saidAt: RFC3339Text.date(saidAt)!, calendar: location.calendar, dateOrder: order)
        guard let expected else {
            #expect(reading == .unreadable(words), "\(testDescription) read as \(reading.explanation)")
            return
        }
        guard let due = reading.date else {
            Issue.record("\(testDescription) is unreadable, expected \(expected)")
            return
        }
        #expect(due == RFC3339Text.date(expected), "\(testDescription) -> \(reading.explanation), expected \(expected)")
        #expect(location.calendar.timeZone.secondsFromGMT(for: due) == RFC3339Text.offsetSeconds(expected),
                "\(testDescription): offset differs from \(expected)")
    }
}
