extension FeedbackReceived {
    /// Who gave customer feedback, for a call back (`respondent`); every part is optional.
    public struct Respondent: Sendable, Hashable, DataValue, DataReadable {
        /// Their customer id (non-empty when present).
        public let id: String?
        /// Their name.
        public let name: String?
        /// How to reach them.
        public let contact: String?

        /// A respondent; the id is checked with the event.
        public init(id: String? = nil, name: String? = nil, contact: String? = nil) {
            self.id = id
            self.name = name
            self.contact = contact
        }

        init(reading data: DataReader) throws(EventValidationError) {
            id = try data.optional("id", data.string)
            name = try data.optional("name", data.string)
            contact = try data.optional("contact", data.string)
        }

        var jsonValue: JSONValue {
            var object = DataObjectBuilder()
            object.add("id", id)
            object.add("name", name)
            object.add("contact", contact)
            return object.json
        }
    }
}
