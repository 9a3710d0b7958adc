/// How a location reads a numeric date such as `3/4`: day first (`dmy`, 3 April) or month
/// first (`mdy`, 4 March).
public enum DateOrder: String, Sendable, CaseIterable {
    /// Day, month, year.
    case dmy
    /// Month, day, year.
    case mdy
}
