import RapportEvents

/// What the bus did with one published event.
public enum PublishOutcome: Sendable, Equatable, CustomStringConvertible {
    /// Stored durably at this offset.
    case accepted(offset: UInt64)
    /// Already stored (same `source` and `id`) at this offset.
    case duplicate(offset: UInt64)
    /// Refused; nothing stored.
    case rejected(code: String, error: String)

    /// Parses one RESULT frame.
    init(json frame: [UInt8]) {
        guard let value = try? JSONValue.parse(frame), let status = value["status"]?.stringValue else {
            self = .rejected(code: "malformed", error: "unreadable result \(String(decoding: frame, as: UTF8.self))")
            return
        }
        let offset = value["offset"]?.intValue.map { UInt64(max(0, $0)) } ?? 0
        switch status {
        case "accepted": self = .accepted(offset: offset)
        case "duplicate": self = .duplicate(offset: offset)
        default: self = .rejected(code: value["code"]?.stringValue ?? "unknown", error: value["error"]?.stringValue ?? "")
        }
    }

    /// Whether the event is stored (accepted now or before).
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
}
