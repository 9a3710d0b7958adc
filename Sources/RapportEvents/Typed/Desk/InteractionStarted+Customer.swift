extension InteractionStarted {
    /// The customer served (`customer` of `rapport.interaction.started`).
    public struct Customer: Sendable, Hashable, DataValue, DataReadable {
        /// The customer's id (non-empty).
        public let id: String
        /// Their name as they give it, in any script, e.g. "Zoë Ångström-Nakamura".
        public let name: String
        /// The name they want to be called, e.g. "Bob".
        public let preferred: String?
        /// Their title, e.g. "Dr." or "Mrs.".
        public let title: String?

        /// A customer; the id is checked with the event.
        public init(id: String, name: String, preferred: String? = nil, title: String? = nil) {
            self.id = id
            self.name = name
            self.preferred = preferred
            self.title = title
        }

        init(reading data: DataReader) throws(EventValidationError) {
            id = try data.required("id", data.string)
            name = try data.required("name", data.string)
            preferred = try data.optional("preferred", data.string)
            title = try data.optional("title", data.string)
        }

        var jsonValue: JSONValue {
            var object = DataObjectBuilder()
            object.add("id", id)
            object.add("name", name)
            object.add("preferred", preferred)
            object.add("title", title)
            return object.json
        }
    }
}
