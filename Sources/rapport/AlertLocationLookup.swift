import Foundation
import RapportClient
import RapportEvents
import RapportWire

/// Finds where an alert was raised, so `rapport alerts ack|resolve` can copy its `location`:
/// location views see the change, and a manager key (which acts for its own locations only)
/// is allowed to publish it.
enum AlertLocationLookup {
    /// How far back the alert is looked for.
    static let lookback: TimeInterval = 90 * 86_400

    /// The `location` of the newest `rapport.alert.raised` with this alert id in the last
    /// ``lookback``; `nil` when there is none, or it carries no location.
    static func location(of alertID: String, bus: ClientOptions) throws -> String? {
        let since = Int64((Date().timeIntervalSince1970 - lookback) * 1_000)
        var reader = AlertReader(address: try bus.connect(), from: .time(since))
        var found: String?
        while true {
            let (batch, items) = try reader.next(waiting: false)
            for item in items {
                if case .alertRaised(let raised) = item.event.payload, raised.alertID == alertID {
                    found = item.event.location
                }
            }
            if batch.next >= batch.durable { return found }
        }
    }
}
