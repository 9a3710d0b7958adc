/// A rule about several fields of one object together.
enum DataRule: Sendable {
    /// At least one of the fields must be present. When none is, the message reads
    /// "<path> needs <need>, found <foundNone>".
    case anyOf([StaticString], need: StaticString, foundNone: StaticString)
    /// `field` must be absent when `other` holds the string `value`; `reason` is shown.
    case absent(StaticString, when: StaticString, is: StaticString, reason: StaticString)
    /// The object member `object` must hold at least one of `fields`, unless this object has a
    /// non-empty string `unless` (a comment card may carry only words). When neither holds, the
    /// message reads "<path>.<object> needs <need>, found <foundNone>".
    case anyWithin(StaticString, of: [StaticString], unless: StaticString, need: StaticString, foundNone: StaticString)
}
