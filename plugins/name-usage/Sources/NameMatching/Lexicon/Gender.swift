/// The gender a title marks, used to tell the customer from a relative of the other sex who
/// shares the family name ("Mrs Okafor" when the customer is Mr Okafor).
enum Gender: UInt8, Sendable {
    case male
    case female
    case neutral

    /// True when a title of this gender cannot name someone of `other` gender.
    func contradicts(_ other: Gender) -> Bool {
        (self == .male && other == .female) || (self == .female && other == .male)
    }
}
