import RapportEvents

/// A ``Desk`` working for one customer: builds any desk event with `partitionkey` set to
/// ``customerID``, so that events whose data does not name the customer (an utterance, an
/// interaction's end, a promise kept) stay in order with those that do. Make one with
/// ``Desk/customer(_:)`` when the interaction starts and build its events from it.
public struct CustomerContext: Sendable {
    /// The desk the events come from.
    public let desk: Desk
    /// The customer id: every event's `partitionkey`.
    public let customerID: String

    /// Made by ``Desk/customer(_:)``.
    init(desk: Desk, customerID: String) {
        self.desk = desk
        self.customerID = customerID
    }

    /// Any desk event about this customer; `time` defaults to now. Throws
    /// ``CaptureError/invalidEvent(_:)`` with the bus's message when the bus would refuse it,
    /// and when the data names a different customer (its `partitionkey` would then disagree
    /// with its data).
    public func event(_ data: some DeskEventData, at time: Instant? = nil) throws(CaptureError) -> TypedEvent {
        if let named = data as? any CustomerEventData, named.customerID != customerID {
            throw .invalidEvent(EventValidationError(
                code: .invalidData,
                message: "data.customer.id is \"\(named.customerID)\" but the event is captured for customer \"\(customerID)\": use one customer id"))
        }
        return try desk.make(data, partitionKey: customerID, at: time)
    }
}
