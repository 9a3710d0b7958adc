/// One row of the catalogue: an event type and the shape of its `data`.
///
/// A class so that passing a row around costs one reference, not one per field.
final class CatalogueEntry: Sendable {
    /// The event type, e.g. `rapport.promise.made`.
    let type: String
    /// What its `data` object must hold.
    let shape: DataShape
    /// `type` as UTF-8, for matching without building a string.
    let typeBytes: [UInt8]
    /// Whether the envelope must carry `location` (desk events, emitted by capture agents).
    let needsLocation: Bool

    init(_ type: String, _ fields: [DataField], rules: [DataRule] = [], needsLocation: Bool = false) {
        self.type = type
        self.typeBytes = Array(type.utf8)
        self.shape = DataShape(fields, rules: rules)
        self.needsLocation = needsLocation
    }
}
