import Foundation
import PromiseReading
import RapportCalendar

/// Turns a promise's `due` / `due_text` into a ``PromiseDue``: the instant when one is given;
/// otherwise the words read with ``DueTimeReader`` in the location's calendar, relative to when
/// they were said; words it cannot read (or words at a location with no calendar) are kept
/// verbatim as unreadable.
public struct PromiseDueReader: Sendable {
    /// A location's calendar and how it reads numeric dates.
    public struct Location: Sendable {
        public let calendar: LocationCalendar
        public let dateOrder: DateOrder?
        public init(calendar: LocationCalendar, dateOrder: DateOrder?) {
            self.calendar = calendar
            self.dateOrder = dateOrder
        }
    }

    private let reader = DueTimeReader()

    public init() {}

    /// The due of `instant` or `words`, said at `saidAt` at `location`.
    public func due(instant: Date?, words: String?, saidAt: Date, location: Location?) -> PromiseDue {
        if let instant { return .at(instant, words: words) }
        guard let words else { return .unreadable(words: "") }
        guard let location else { return .unreadable(words: words) }
        switch reader.read(words, saidAt: saidAt, calendar: location.calendar, dateOrder: location.dateOrder) {
        case .due(let date, _): return .at(date, words: words)
        case .unreadable: return .unreadable(words: words)
        }
    }
}
