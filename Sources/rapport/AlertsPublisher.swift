import Foundation
import RapportClient
import RapportEvents

/// Publishes a manager's `rapport.alert.acknowledged` or `rapport.alert.resolved` and reports
/// the bus's answer: the outcome on standard output, a rejection as a ``CommandFailure``.
enum AlertsPublisher {
    /// Publishes `data` from `/managers/<manager>` with a new UUID and the current time (in
    /// this machine's offset); returns the line to print.
    static func publish(
        _ data: some EventData, manager: String, location: String?, address: BusAddress
    ) throws -> String {
        let now = Date()
        let millis = Int64((now.timeIntervalSince1970 * 1_000).rounded())
        let offsetMinutes = TimeZone.current.secondsFromGMT(for: now) / 60
        guard let time = Instant(millisecondsSinceEpoch: millis, utcOffsetMinutes: offsetMinutes) else {
            throw CommandFailure("the clock reads a time RFC 3339 cannot write: \(now)")
        }
        let event: TypedEvent
        do {
            event = try TypedEvent(
                id: UUID().uuidString.lowercased(), source: "/managers/\(manager)", time: time,
                location: location, data: data)
        } catch {
            throw CommandFailure("cannot make the \(type(of: data).eventType.rawValue) event: \(error)")
        }
        let outcomes = try Producer(address).publish([event.encoded()])
        guard let outcome = outcomes.first else {
            throw CommandFailure("the bus answered the PUBLISH without a result")
        }
        if case .rejected(let code, let error) = outcome {
            throw CommandFailure("the bus rejected the \(event.type) event (\(code)): \(error)")
        }
        return "\(event.type) \(event.id) from \(event.source): \(outcome)"
    }
}
