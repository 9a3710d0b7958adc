extension CloudEvent: Equatable {
    /// Equal when every attribute and `data` are equal; extensions compare as a set of
    /// named values (order does not matter).
    public static func == (lhs: CloudEvent, rhs: CloudEvent) -> Bool {
        lhs.id == rhs.id && lhs.source == rhs.source && lhs.type == rhs.type && lhs.time == rhs.time
            && lhs.subject == rhs.subject && lhs.data == rhs.data
            && JSONValue.membersEqual(lhs.extensions, rhs.extensions)
    }
}
