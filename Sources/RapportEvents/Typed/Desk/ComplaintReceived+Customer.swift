extension ComplaintReceived {
    /// The customer who complained (`customer` of `rapport.complaint.received`).
    public struct Customer: Sendable, Hashable, DataValue, DataReadable {
        /// The customer's id (non-empty).
        public let id: String
        /// Their name as they give it.
        public let name: String

        /// A customer; the id is checked with the event.
        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }

        init(reading data: DataReader) throws(EventValidationError) {
            id = try data.required("id", data.string)
            name = try data.required("name", data.string)
        }

        var jsonValue: JSONValue {
            var object = DataObjectBuilder()
            object.add("id", id)
            object.add("name", name)
            return object.json
        }
    }
}
