/// GROUP's body: an operator's change to a consumer group (docs/PROTOCOL.md §4, "Group
/// administration").
///
/// `{"group": …, "action": "reset" | "delete", "to"?: …, "dry_run"?: bool, "force"?: bool}`.
public struct GroupRequest: Equatable, Sendable {
    /// What to do.
    public enum Action: String, Sendable, CaseIterable {
        /// Move the group's position (`to`): it forgets acknowledgements above it and reads from there.
        case reset
        /// Remove the group and its state.
        case delete
    }

    /// The group.
    public var group: String
    public var action: Action
    /// For `reset`: the new position (`earliest`, `latest`, an offset or a time).
    public var to: StartPosition?
    /// Only say what would change.
    public var dryRun: Bool
    /// Go ahead although the group has live members: they are dropped (told `not-joined`) and,
    /// when they join again, go on from the new position (after a delete, a new group).
    public var force: Bool

    public init(group: String, action: Action, to: StartPosition? = nil, dryRun: Bool = false, force: Bool = false) {
        self.group = group
        self.action = action
        self.to = to
        self.dryRun = dryRun
        self.force = force
    }

    /// The JSON body.
    public func encoded() -> [UInt8] {
        var object = JSONObjectWriter()
        object.add("group", group)
        object.add("action", action.rawValue)
        if let to { object.add("to", rawJSON: to.json.serialized()) }
        object.add("dry_run", dryRun)
        object.add("force", force)
        return object.finished()
    }

    /// Reads and checks a GROUP body.
    public init(decoding frame: [UInt8]) throws(WireError) {
        let json = try WireJSON(frame, what: "GROUP body")
        group = try json.string("group")
        if let problem = GroupName.problem(group) { throw WireError(problem) }
        let word = try json.string("action")
        guard let action = Action(rawValue: word) else {
            throw WireError("\"action\" must be \"reset\" or \"delete\", got \"\(word.prefix(40))\"")
        }
        self.action = action
        if let value = json["to"] {
            let position = try StartPosition(json: value, key: "to")
            guard position != .committed else {
                throw WireError("\"to\" must be \"earliest\", \"latest\", {\"offset\": N} or {\"time\": …}: the group is at \"committed\" already")
            }
            to = position
        } else {
            to = nil
        }
        if action == .reset && to == nil {
            throw WireError("a reset needs \"to\": \"earliest\", \"latest\", {\"offset\": N} or {\"time\": …}")
        }
        dryRun = try json["dry_run"].map { _ throws(WireError) in try json.bool("dry_run") } ?? false
        force = try json["force"].map { _ throws(WireError) in try json.bool("force") } ?? false
    }
}
