/// GROUP's answer: what an operator's change did to a group, or would do (a dry run).
public struct GroupReport: Equatable, Sendable {
    public var group: String
    public var action: GroupRequest.Action
    /// Whether the change was made (false for a dry run).
    public var applied: Bool
    /// The position before.
    public var position: UInt64
    /// The position after a reset (`nil` for a delete).
    public var newPosition: UInt64?
    /// Events the group had not yet done before (its lag).
    public var lag: UInt64
    /// The live members, by name: dropped when the change is applied.
    public var members: [String]
    /// One sentence for a person: what happened or would happen.
    public var summary: String

    public init(group: String, action: GroupRequest.Action, applied: Bool, position: UInt64, newPosition: UInt64?,
                lag: UInt64, members: [String], summary: String) {
        self.group = group
        self.action = action
        self.applied = applied
        self.position = position
        self.newPosition = newPosition
        self.lag = lag
        self.members = members
        self.summary = summary
    }

    /// The JSON body.
    public func encoded() -> [UInt8] {
        var object = JSONObjectWriter()
        object.add("group", group)
        object.add("action", action.rawValue)
        object.add("applied", applied)
        object.add("position", position)
        if let newPosition { object.add("new_position", newPosition) }
        object.add("lag", lag)
        object.add("members", strings: members)
        object.add("summary", summary)
        return object.finished()
    }

    /// Reads the answer.
    public init(decoding frame: [UInt8]) throws(WireError) {
        let json = try WireJSON(frame, what: "GROUP answer")
        group = try json.string("group")
        guard let action = GroupRequest.Action(rawValue: try json.string("action")) else {
            throw WireError("GROUP answer has an unknown action")
        }
        self.action = action
        applied = try json.bool("applied")
        position = try json.unsigned("position")
        newPosition = json["new_position"] == nil ? nil : try json.unsigned("new_position")
        lag = try json.unsigned("lag")
        members = try json.strings("members")
        summary = try json.string("summary")
    }
}
