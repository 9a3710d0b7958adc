/// What became of one event of a PUBLISH: one JSON object per event in RESULT.
public enum PublishResult: Sendable, Equatable, CustomStringConvertible {
    /// Stored now at this offset; it is on disk.
    case accepted(offset: UInt64)
    /// Already stored at this offset (same `source` and `id`): treat it as success.
    case duplicate(offset: UInt64)
    /// Nothing stored; `code` is `too-large`, `invalid-json`, `invalid-envelope`,
    /// `unknown-type`, `invalid-data` or `storage`, and `error` says what was wrong.
    case rejected(code: String, error: String)

    /// Whether the event is stored (accepted or duplicate).
    public var isStored: Bool {
        switch self {
        case .accepted, .duplicate: true
        case .rejected: false
        }
    }

    public var description: String {
        switch self {
        case .accepted(let o): "accepted at offset \(o)"
        case .duplicate(let o): "duplicate of offset \(o)"
        case .rejected(let code, let error): "rejected (\(code)): \(error)"
        }
    }

    /// The JSON object.
    public func encoded() -> [UInt8] {
        var object = JSONObjectWriter(capacity: 48)
        add(to: &object)
        return object.finished()
    }

    /// Adds the members of the JSON object (`status`, then `offset` or `code` and `error`) to
    /// `object`, for an answer that carries more (`rapport emit --json` adds the line).
    public func add(to object: inout JSONObjectWriter) {
        switch self {
        case .accepted(let offset):
            object.add("status", "accepted")
            object.add("offset", offset)
        case .duplicate(let offset):
            object.add("status", "duplicate")
            object.add("offset", offset)
        case .rejected(let code, let error):
            object.add("status", "rejected")
            object.add("code", code)
            object.add("error", error)
        }
    }

    /// Reads one result object.
    public init(decoding frame: [UInt8]) throws(WireError) {
        let json = try WireJSON(frame, what: "RESULT entry")
        switch try json.string("status") {
        case "accepted": self = .accepted(offset: try json.unsigned("offset"))
        case "duplicate": self = .duplicate(offset: try json.unsigned("offset"))
        case "rejected": self = .rejected(code: try json.string("code"), error: try json.string("error"))
        case let other: throw WireError("RESULT entry has an unknown status \"\(other)\"")
        }
    }
}
