import RapportEvents

/// Writes one JSON object member by member into bytes: how every control message is encoded.
///
/// Hand-written rather than `JSONEncoder` because some messages are written once per event on
/// the bus's hot path (a DELIVER's meta, a RESULT's outcome): this appends digits and escaped
/// strings into one buffer, with no intermediate values. Strings are escaped by
/// `RapportEvents`' ``JSONText`` (the one escaping rule of the project).
public struct JSONObjectWriter: Sendable {
    /// The bytes so far (without the closing brace until ``finished()``).
    private var bytes: [UInt8]
    private var isEmpty = true

    /// An empty object; `capacity` reserves room.
    public init(capacity: Int = 64) {
        bytes = []
        bytes.reserveCapacity(capacity)
        bytes.append(UInt8(ascii: "{"))
    }

    private mutating func key(_ name: StaticString) {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        isEmpty = false
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// Adds `"name": value`.
    public mutating func add(_ name: StaticString, _ value: UInt64) {
        key(name)
        Self.appendDecimal(value, to: &bytes)
    }

    /// Adds `"name": value`.
    public mutating func add(_ name: StaticString, _ value: Int64) {
        key(name)
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        Self.appendDecimal(value.magnitude, to: &bytes)
    }

    /// Adds `"name": value`.
    public mutating func add(_ name: StaticString, _ value: Int) { add(name, Int64(value)) }

    /// Adds `"name": true|false`.
    public mutating func add(_ name: StaticString, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Adds `"name": "value"`, escaped.
    public mutating func add(_ name: StaticString, _ value: String) {
        key(name)
        JSONText.appendQuoted(value, to: &bytes)
    }

    /// Adds `"name": ["a", "b"]`.
    public mutating func add(_ name: StaticString, strings: [String]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (i, s) in strings.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(s, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Adds `"name": <object>`.
    public mutating func add(_ name: StaticString, object: JSONObjectWriter) {
        key(name)
        bytes.append(contentsOf: object.finished())
    }

    /// Adds `"name": [<object>, …]`.
    public mutating func add(_ name: StaticString, objects: [JSONObjectWriter]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (i, o) in objects.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: o.finished())
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Adds `"name": <json>` where `json` is already one valid JSON value (an event as it was
    /// published, which must be kept byte for byte).
    public mutating func add(_ name: StaticString, rawJSON json: some Collection<UInt8>) {
        key(name)
        bytes.append(contentsOf: json)
    }

    /// The object's bytes.
    public func finished() -> [UInt8] {
        var out = bytes
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// Appends `value` in decimal, without allocating.
    static func appendDecimal(_ value: UInt64, to bytes: inout [UInt8]) {
        var divisor: UInt64 = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            divisor *= 10
        }
        rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
