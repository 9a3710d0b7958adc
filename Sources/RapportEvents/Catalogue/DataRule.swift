/// A rule about several fields of one object together.
enum DataRule: Sendable {
    /// At least one of the fields must be present; `message` says so when none is.
    case anyOf([StaticString], message: String)
    /// `field` must be absent when `other` holds the string `value`; `reason` is shown.
    case absent(StaticString, when: StaticString, is: StaticString, reason: String)
}
