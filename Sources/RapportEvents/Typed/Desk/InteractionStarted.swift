/// `rapport.interaction.started`: an agent began serving a customer.
public struct InteractionStarted: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.interactionStarted
    /// The interaction's id (non-empty).
    public let interactionID: String
    /// How the customer reached the desk.
    public let channel: Channel
    /// The customer, with their name as they give it.
    public let customer: Customer
    /// The agent serving them.
    public let agent: Agent

    /// The start of an interaction; throws the bus's `invalid-data` error when an id is empty.
    public init(interactionID: String, channel: Channel, customer: Customer, agent: Agent) throws(EventValidationError) {
        self.interactionID = interactionID
        self.channel = channel
        self.customer = customer
        self.agent = agent
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        interactionID = try data.required("interaction", data.string)
        channel = try data.required("channel", data.choice)
        customer = try data.required("customer")
        agent = try data.required("agent")
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("interaction", interactionID)
        object.add("channel", channel)
        object.add("customer", customer)
        object.add("agent", agent)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .interactionStarted(self) }
}
