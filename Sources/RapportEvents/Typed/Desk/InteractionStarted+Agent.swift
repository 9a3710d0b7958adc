extension InteractionStarted {
    /// The agent (employee) serving (`agent` of `rapport.interaction.started`).
    public struct Agent: Sendable, Hashable, DataValue, DataReadable {
        /// The agent's id (non-empty).
        public let id: String
        /// The agent's name.
        public let name: String

        /// An agent; the id is checked with the event.
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
