import RapportEvents

/// The `data` of a desk event that names its customer, so a ``Desk`` can set the event's
/// `partitionkey` from the data itself: `rapport.interaction.started`, `rapport.promise.made`,
/// `rapport.customer.contacted` and `rapport.complaint.received`.
public protocol CustomerEventData: EventData {
    /// The customer id written in the data.
    var customerID: String { get }
}

extension InteractionStarted: CustomerEventData {
    /// `customer.id`.
    public var customerID: String { customer.id }
}

extension PromiseMade: CustomerEventData {
    /// `customer.id`.
    public var customerID: String { customer.id }
}

extension CustomerContacted: CustomerEventData {}

extension ComplaintReceived: CustomerEventData {
    /// `customer.id`.
    public var customerID: String { customer.id }
}
