/// One named field of an event's `data` (or of an object inside it): its kind and whether
/// it must be present.
struct DataField: Sendable {
    /// The member name.
    let name: StaticString
    /// What it must hold.
    let kind: FieldKind
    /// Whether it must be present.
    let isRequired: Bool

    /// A field that must be present.
    static func required(_ name: StaticString, _ kind: FieldKind) -> DataField {
        DataField(name: name, kind: kind, isRequired: true)
    }

    /// A field checked only when present.
    static func optional(_ name: StaticString, _ kind: FieldKind) -> DataField {
        DataField(name: name, kind: kind, isRequired: false)
    }
}
