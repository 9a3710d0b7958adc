/// What a goal is checked for: the whole organisation or one location.
public enum GoalScope: Sendable, Hashable, CustomStringConvertible {
    case organisation
    case location(String)

    /// `organisation` or the location id (how alerts and state name the scope).
    public var id: String {
        switch self {
        case .organisation: Dimension.everything
        case .location(let id): id
        }
    }

    /// The aggregate dimension and group holding the scope's sums.
    public var group: (dimension: Dimension, value: String) {
        switch self {
        case .organisation: (.organisation, Dimension.everything)
        case .location(let id): (.location, id)
        }
    }

    public var description: String {
        switch self {
        case .organisation: "the organisation"
        case .location(let id): id
        }
    }
}
