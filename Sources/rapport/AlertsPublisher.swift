import Foundation
import RapportClient
import RapportEvents
import RapportWire

/// Publishes a manager's `rapport.alert.acknowledged` or `rapport.alert.resolved` and reports
/// the bus's answer: the outcome on standard output (a line, or with `json` one JSON object),
/// a rejection as a ``CommandFailure`` with status 65.
enum AlertsPublisher {
    /// Publishes `data` from `/managers/<manager>` with a new UUID and the current time (in
    /// this machine's offset); returns the line to print.
    static func publish(
        _ data: some EventData, manager: String, location: String?, bus: ClientOptions, json: Bool
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
        let outcomes = try Producer(try bus.connect()).publish([event.encoded()], timeoutMilliseconds: bus.requestMilliseconds(atLeast: 10_000))
        guard let outcome = outcomes.first else {
            throw CommandFailure("the bus answered the PUBLISH without a result")
        }
        if case .rejected(let code, let error) = outcome {
            let status: ExitStatus = code == ErrorCode.storage.rawValue ? .unavailable : .rejected
            throw CommandFailure("the bus rejected the \(event.type) event (\(code)): \(error)", status: status)
        }
        guard json else { return "\(event.type) \(event.id) from \(event.source): \(outcome)" }
        var object = JSONObjectWriter()
        object.add("type", event.type)
        object.add("id", event.id)
        object.add("source", event.source)
        object.add("result", rawJSON: outcome.encoded())
        return String(decoding: object.finished(), as: UTF8.self)
    }
}
