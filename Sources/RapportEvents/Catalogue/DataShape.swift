/// The fields of an object and the rules across them.
///
/// A class so that copying a field kind that holds a shape costs one reference.
final class DataShape: Sendable {
    /// The fields, checked in order.
    let fields: [DataField]
    /// The rules, checked after the fields.
    let rules: [DataRule]

    init(_ fields: [DataField], rules: [DataRule] = []) {
        self.fields = fields
        self.rules = rules
    }
}
