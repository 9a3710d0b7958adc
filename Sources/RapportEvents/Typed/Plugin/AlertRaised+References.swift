extension AlertRaised {
    /// What an alert refers to (`refs`); every part is optional, ids non-empty when present.
    public struct References: Sendable, Hashable, DataValue, DataReadable {
        /// A promise's id.
        public let promiseID: String?
        /// An interaction's id.
        public let interactionID: String?
        /// A customer's id.
        public let customerID: String?
        /// A complaint's id.
        public let complaintID: String?
        /// A feedback event.
        public let feedback: EventReference?

        /// References; ids are checked with the event.
        public init(
            promiseID: String? = nil, interactionID: String? = nil, customerID: String? = nil,
            complaintID: String? = nil, feedback: EventReference? = nil
        ) {
            self.promiseID = promiseID
            self.interactionID = interactionID
            self.customerID = customerID
            self.complaintID = complaintID
            self.feedback = feedback
        }

        init(reading data: DataReader) throws(EventValidationError) {
            promiseID = try data.optional("promise", data.string)
            interactionID = try data.optional("interaction", data.string)
            customerID = try data.optional("customer", data.string)
            complaintID = try data.optional("complaint", data.string)
            feedback = try data.optional("feedback")
        }

        var jsonValue: JSONValue {
            var object = DataObjectBuilder()
            object.add("promise", promiseID)
            object.add("interaction", interactionID)
            object.add("customer", customerID)
            object.add("complaint", complaintID)
            object.add("feedback", feedback)
            return object.json
        }
    }
}
