/// A rule about several fields of one object together.
enum DataRule: Sendable {
    /// At least one of the fields must be present. When none is, the message reads
    /// "<path> needs <need>, found <foundNone>".
    case anyOf([StaticString], need: StaticString, foundNone: StaticString)
    /// `field` must be absent when `other` holds the string `value`; `reason` is shown.
    case absent(StaticString, when: StaticString, is: StaticString, reason: StaticString)
}
