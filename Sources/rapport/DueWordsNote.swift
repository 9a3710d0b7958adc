import Foundation
import PromiseReading
import RapportEvents

/// How `rapport capture promise-made` / `promise-revised` show the due words: as the promise
/// tracker reads them, in the calendar of the desk's location from the capture config's
/// `locations:` ("by Friday" -> "Fri 28 Nov, 18:00 Europe/London").
enum DueWordsNote {
    /// A `due:` line (and `due_reading` in `--json`) for an event with `due_text`; none without.
    static func notes(_ event: TypedEvent, _ settings: CaptureSettings) -> [(key: String, text: String)] {
        let due: Due
        switch event.payload {
        case .promiseMade(let made): due = made.due
        case .promiseRevised(let revised): due = revised.due
        default: return []
        }
        guard let words = due.words, due.instant == nil else { return [] }
        guard let location = event.location, let config = settings.file.locations[location] else {
            let place = event.location.map { "location \($0)" } ?? "this desk"
            return [("due_reading", "due: \"\(words)\" sent as written; not read here (the capture config has no calendar for \(place) under locations:)")]
        }
        let saidAt = Date(timeIntervalSince1970: Double(event.time.millisecondsSinceEpoch) / 1_000)
        switch DueTimeReader().read(words, saidAt: saidAt, calendar: config.calendar, dateOrder: config.dateOrder) {
        case .due(_, let explanation):
            return [("due_reading", "due: \"\(words)\" -> \(explanation)")]
        case .unreadable:
            return [("due_reading", "due: \"\(words)\" cannot be read as a time; the promise tracker will raise promise.unreadable-due")]
        }
    }
}
