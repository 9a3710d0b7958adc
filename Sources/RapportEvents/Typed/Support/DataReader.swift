/// Reads typed values from an object of a validated event's `data`, on the tape the bus's
/// check ran over.
///
/// The check already proved every catalogue rule, so no read here fails unless the typed
/// events and the catalogue disagree; such a read throws (never traps) an error saying so.
struct DataReader {
    /// The tape of the whole event.
    let tape: JSONTape
    /// The object's token.
    let object: Int
    /// The object's dotted path, for messages (`data`, `data.customer`).
    let path: String

    /// A reader over the object at `object`.
    init(tape: JSONTape, object: Int, path: String = "data") throws(EventValidationError) {
        guard tape.kind(object) == .object else {
            throw Self.disagreement("\(path) is not an object")
        }
        self.tape = tape
        self.object = object
        self.path = path
    }

    /// A required member read by `convert`.
    func required<Value>(
        _ name: StaticString, _ convert: (Int) -> Value?
    ) throws(EventValidationError) -> Value {
        guard let value = try optional(name, convert) else {
            throw Self.disagreement("required field '\(path).\(name)' is missing")
        }
        return value
    }

    /// An optional member read by `convert`: `nil` when absent, an error when present but unreadable.
    func optional<Value>(
        _ name: StaticString, _ convert: (Int) -> Value?
    ) throws(EventValidationError) -> Value? {
        guard let token = tape.member(object, named: name) else { return nil }
        guard let value = convert(token) else {
            throw Self.disagreement("\(path).\(name) holds \(Found.value(tape, token)), which the typed events cannot read")
        }
        return value
    }

    /// A string member.
    func string(_ token: Int) -> String? {
        tape.isString(token) ? tape.string(token) : nil
    }

    /// A boolean member.
    func bool(_ token: Int) -> Bool? {
        switch tape.kind(token) {
        case .trueValue: return true
        case .falseValue: return false
        default: return nil
        }
    }

    /// An integer member that fits `Int`.
    func integer(_ token: Int) -> Int? {
        tape.integer(token).flatMap { Int(exactly: $0) }
    }

    /// An RFC 3339 timestamp member.
    func instant(_ token: Int) -> Instant? {
        string(token).flatMap { Instant(rfc3339: $0) }
    }

    /// A member of a closed set, by its catalogue spelling.
    func choice<Value: RawRepresentable<String>>(_ token: Int) -> Value? {
        string(token).flatMap { Value(rawValue: $0) }
    }

    /// An array of strings.
    func strings(_ token: Int) -> [String]? {
        guard tape.kind(token) == .array else { return nil }
        var strings: [String] = []
        for element in tape.elements(token) {
            guard let text = string(element) else { return nil }
            strings.append(text)
        }
        return strings
    }

    /// Any JSON value.
    func json(_ token: Int) -> JSONValue? {
        tape.value(token)
    }

    /// An object whose values are each one of a closed set, keyed by member name.
    func choices<Value: RawRepresentable<String>>(_ token: Int) -> [String: Value]? {
        guard tape.kind(token) == .object else { return nil }
        var map: [String: Value] = [:]
        for (key, member) in tape.members(token) {
            guard let value: Value = choice(member) else { return nil }
            map[tape.string(key)] = value
        }
        return map
    }

    /// A required nested object.
    func required<Value: DataReadable>(_ name: StaticString) throws(EventValidationError) -> Value {
        guard let token = tape.member(object, named: name) else {
            throw Self.disagreement("required field '\(path).\(name)' is missing")
        }
        return try Value(reading: DataReader(tape: tape, object: token, path: "\(path).\(name)"))
    }

    /// An optional nested object.
    func optional<Value: DataReadable>(_ name: StaticString) throws(EventValidationError) -> Value? {
        guard let token = tape.member(object, named: name) else { return nil }
        return try Value(reading: DataReader(tape: tape, object: token, path: "\(path).\(name)"))
    }

    /// The error for a read the bus's check should have made impossible.
    static func disagreement(_ what: String) -> EventValidationError {
        EventValidationError(
            code: .invalidData,
            message: "\(what) although the bus accepted the event: the typed events and the catalogue disagree; report this with the event")
    }
}
