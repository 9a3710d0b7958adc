import Foundation
import RapportEvents

/// Desk events for the plugin tests.
enum Desk {
    static let time = Instant(millisecondsSinceEpoch: 1_795_425_300_000, utcOffsetMinutes: 60)!

    static func complaint(_ id: String, severity: ComplaintSeverity = .high, customer: String = "c-1") throws -> TypedEvent {
        try TypedEvent(id: "e-\(id)", source: "/locations/store-12/desks/3", time: time, location: "store-12", agent: "a-17",
                       partitionKey: customer,
                       data: ComplaintReceived(complaintID: id, customer: .init(id: customer, name: "Zoë Ångström"),
                                               text: "Waited forty minutes and nobody called me back", severity: severity))
    }

    static func resolved(_ id: String, customer: String = "c-1") throws -> TypedEvent {
        try TypedEvent(id: "r-\(id)", source: "/locations/store-12/desks/3", time: time, location: "store-12", agent: "a-17",
                       partitionKey: customer, data: ComplaintResolved(complaintID: id, resolution: "called back, refund agreed"))
    }
}
