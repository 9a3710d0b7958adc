extension PromiseMade {
    /// The customer a promise was made to (`customer` of `rapport.promise.made`).
    public struct Customer: Sendable, Hashable, DataValue, DataReadable {
        /// The customer's id (non-empty).
        public let id: String
        /// Their name as they give it.
        public let name: String
        /// How to reach them, e.g. a phone number.
        public let contact: String?

        /// A customer; the id is checked with the event.
        public init(id: String, name: String, contact: String? = nil) {
            self.id = id
            self.name = name
            self.contact = contact
        }

        init(reading data: DataReader) throws(EventValidationError) {
            id = try data.required("id", data.string)
            name = try data.required("name", data.string)
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
