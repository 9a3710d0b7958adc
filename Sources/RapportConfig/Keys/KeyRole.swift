/// What a client key may do on the bus (docs/SECURITY.md has the table).
public enum KeyRole: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// A front desk's capture agent: publishes desk events for its own locations, nothing else.
    case agent
    /// A plugin: consumes the type patterns and publishes the types it was registered with.
    case plugin
    /// A manager: follows and replays alerts and results for its locations, and acknowledges
    /// or resolves alerts.
    case manager
    /// An operator: everything, group administration included.
    case admin

    public var description: String { rawValue }
}

/// Which locations a key acts for.
public enum LocationScope: Sendable, Equatable, CustomStringConvertible {
    /// Every location (an admin or plugin key, or a head-office manager).
    case all
    /// Only these location ids.
    case only(Set<String>)

    /// Whether `location` is within the scope; an event without a location is only within `.all`.
    public func contains(_ location: String?) -> Bool {
        switch self {
        case .all: true
        case .only(let ids): location.map(ids.contains) ?? false
        }
    }

    public var description: String {
        switch self {
        case .all: "all locations"
        case .only(let ids): ids.sorted().joined(separator: ", ")
        }
    }
}
