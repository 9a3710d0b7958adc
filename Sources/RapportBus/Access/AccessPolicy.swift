import RapportConfig
import RapportEvents
import RapportWire

/// The bus's access rules: what a ``Principal`` may do, decided per message.
///
/// Pure: it sees the principal and the request, nothing else (docs/SECURITY.md has the table).
///
/// | role    | publish                                   | consume (JOIN, READ)              | live feed | GROUP |
/// |---------|-------------------------------------------|-----------------------------------|-----------|-------|
/// | agent   | desk events for its locations             | no                                | no        | no    |
/// | plugin  | its registered types                      | its registered patterns           | no        | no    |
/// | manager | alert acknowledgements and resolutions for its locations | alerts and results of its locations | no | no |
/// | admin   | anything                                  | anything                          | yes       | yes   |
///
/// INFO and HEARTBEAT are open to every role (a health check needs them).
enum AccessPolicy {
    /// What a manager may read: alerts and the plugins' results.
    static let managerReads: [String] = ["rapport.alert.*"] + EventCatalogue.resultTypes.filter { !$0.hasPrefix("rapport.alert.") }.sorted()
    /// What a manager may publish: acknowledging and resolving alerts.
    static let managerPublishes: Set<String> = ["rapport.alert.acknowledged", "rapport.alert.resolved"]

    /// The answer: allowed, or forbidden with the reason for the client and the log.
    enum Decision: Equatable {
        case allowed
        case forbidden(String)
    }

    /// Whether `principal` may publish an event of `type` at `location`.
    static func publish(_ principal: Principal, type: String, location: String?) -> Decision {
        guard let role = principal.role else { return refused(principal) }
        switch role {
        case .admin:
            return .allowed
        case .agent:
            guard EventCatalogue.deskTypes.contains(type) else {
                return .forbidden("an agent key publishes desk events only (\(type) is not one): see ../shared/EVENTS.md, Desk events")
            }
            return within(principal, location, "publishes")
        case .manager:
            guard managerPublishes.contains(type) else {
                return .forbidden("a manager key publishes only rapport.alert.acknowledged and rapport.alert.resolved, not \(type)")
            }
            return within(principal, location, "acknowledges and resolves alerts")
        case .plugin:
            guard case .registered(let key) = principal.identity,
                  key.publishes.contains(where: { TypePattern($0).matches(type) }) else {
                return .forbidden("this plugin key may publish \(listed(principal.registered?.publishes)), not \(type); register the key again with its manifest's publishes")
            }
            return .allowed
        }
    }

    /// Whether `principal` may consume `patterns` (a JOIN or a READ); the locations it then
    /// sees events of come from ``deliveryScope(_:)``.
    static func consume(_ principal: Principal, patterns: [String], command: String) -> Decision {
        guard let role = principal.role else { return refused(principal) }
        let allowed: [String]
        switch role {
        case .admin: return .allowed
        case .agent: return .forbidden("an agent key publishes desk events and cannot consume (\(command))")
        case .manager: allowed = managerReads
        case .plugin: allowed = principal.registered?.consumes ?? []
        }
        if let outside = patterns.first(where: { !PatternScope.covers(allowed, $0) }) {
            return .forbidden("this \(role) key may consume \(listed(allowed)); '\(outside)' is not within them")
        }
        return .allowed
    }

    /// The locations whose events `principal` is given when it consumes: a manager's own,
    /// everything for the other roles.
    static func deliveryScope(_ principal: Principal) -> LocationScope {
        principal.role == .manager ? principal.locations : .all
    }

    /// Whether `principal` may follow the live feed: admins only. The feed is one broadcast
    /// per type, which cannot be narrowed to a key's locations or patterns; managers follow
    /// alerts by READ (`rapport alerts`), plugins through their groups.
    static func liveFeed(_ principal: Principal) -> Decision {
        guard let role = principal.role else { return refused(principal) }
        return role == .admin ? .allowed
            : .forbidden("the live feed is for admin keys: a \(role) key reads through its consumer group or READ (managers: `rapport alerts`)")
    }

    /// Whether `principal` may administer groups (GROUP reset or delete).
    static func groupAdmin(_ principal: Principal) -> Decision {
        guard let role = principal.role else { return refused(principal) }
        return role == .admin ? .allowed : .forbidden("group administration (GROUP) needs an admin key; this key's role is \(role)")
    }

    /// Whether `principal` may send anything at all (CREDIT, ACK, NACK, LEAVE after a JOIN).
    static func any(_ principal: Principal) -> Decision {
        principal.role == nil ? refused(principal) : .allowed
    }

    private static func within(_ principal: Principal, _ location: String?, _ what: String) -> Decision {
        guard principal.locations.contains(location) else {
            let at = location.map { "location '\($0)'" } ?? "an event without a location"
            return .forbidden("this key \(what) for \(principal.locations) only, not for \(at)")
        }
        return .allowed
    }

    private static func refused(_ principal: Principal) -> Decision {
        if case .refused(_, let reason) = principal.identity { return .forbidden(reason) }
        return .forbidden("this key may not use the bus")
    }

    private static func listed(_ patterns: [String]?) -> String {
        guard let patterns, !patterns.isEmpty else { return "nothing" }
        return patterns.joined(separator: ", ")
    }
}

extension Principal {
    /// The registry entry, for a registered key.
    var registered: RegisteredKey? {
        if case .registered(let key) = identity { return key }
        return nil
    }
}
