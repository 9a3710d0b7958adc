/// The typed `data` of one catalogue type, e.g. ``PromiseMade`` for `rapport.promise.made`.
///
/// A value always holds `data` the bus accepts for its type: the public initialisers check it
/// against the catalogue row, exactly as the bus does, and throw the bus's `invalid-data`
/// error otherwise; decoded values come from events the bus accepted.
public protocol EventData: Sendable, Equatable {
    /// The catalogue type whose `data` this is.
    static var eventType: EventType { get }
    /// The `data` object as JSON, members in the catalogue's order, absent optionals left out.
    var json: JSONValue { get }
    /// This value as an event payload.
    var payload: EventPayload { get }
}

extension EventData {
    /// Checks ``json`` against the catalogue row for ``eventType``, with the bus's own check,
    /// so the error is the one the bus would send (`invalid-data: data.promise must be ...`).
    func checkAgainstCatalogue() throws(EventValidationError) {
        try CatalogueCheck.data(json, of: Self.eventType)
    }
}
