import Foundation
import RapportCalendar

/// How a due instant is shown to people: "Fri 28 Nov, 18:00 Europe/London", with the year
/// when it differs from the year the words were said in ("Mon 4 Jan 2027, 16:30 ...").
enum DueExplanation {
    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdayAbbreviations = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// The explanation of `due` at the location of `calendar`, for words said at `saidAt`.
    static func text(of due: Date, calendar: LocationCalendar, saidAt: Date) -> String {
        let date = calendar.localDate(at: due)
        let time = calendar.localTime(at: due)
        let weekday = weekdayAbbreviations[date.weekday.rawValue - 1]
        let year = date.year == calendar.localDate(at: saidAt).year ? "" : " \(date.year)"
        return "\(weekday) \(date.day) \(monthAbbreviations[date.month - 1])\(year), \(time) \(calendar.timeZoneIdentifier)"
    }
}
