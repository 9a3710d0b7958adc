import RapportEvents

/// Reading control messages: parses a frame as a JSON object and reads typed members, each
/// failure a ``WireError`` naming the member.
struct WireJSON {
    let value: JSONValue
    /// What the object is, for messages ("JOIN body", "JOINED").
    let what: String

    /// Parses `frame` as one JSON object.
    init(_ frame: [UInt8], what: String) throws(WireError) {
        do {
            value = try JSONValue.parse(frame)
        } catch {
            throw WireError("\(what) is not valid JSON: \(error)")
        }
        guard value.objectValue != nil else { throw WireError("\(what) must be a JSON object, got \(value.typeName)") }
        self.what = what
    }

    init(value: JSONValue, what: String) throws(WireError) {
        guard value.objectValue != nil else { throw WireError("\(what) must be a JSON object, got \(value.typeName)") }
        self.value = value
        self.what = what
    }

    subscript(key: String) -> JSONValue? { value[key] }

    func string(_ key: String) throws(WireError) -> String {
        guard let text = value[key]?.stringValue else { throw missing(key, "a string") }
        return text
    }

    func unsigned(_ key: String) throws(WireError) -> UInt64 {
        guard let n = value[key]?.intValue, n >= 0 else { throw missing(key, "a whole number, 0 or more") }
        return UInt64(n)
    }

    func int(_ key: String) throws(WireError) -> Int64 {
        guard let n = value[key]?.intValue else { throw missing(key, "an integer") }
        return n
    }

    func bool(_ key: String) throws(WireError) -> Bool {
        guard let b = value[key]?.boolValue else { throw missing(key, "true or false") }
        return b
    }

    func strings(_ key: String) throws(WireError) -> [String] {
        guard let list = value[key]?.arrayValue else { throw missing(key, "an array of strings") }
        var out: [String] = []
        for item in list {
            guard let s = item.stringValue else { throw missing(key, "an array of strings") }
            out.append(s)
        }
        return out
    }

    func objects(_ key: String) throws(WireError) -> [WireJSON] {
        guard let list = value[key]?.arrayValue else { throw missing(key, "an array of objects") }
        var out: [WireJSON] = []
        for item in list { out.append(try WireJSON(value: item, what: "\(what).\(key)[]")) }
        return out
    }

    func object(_ key: String) throws(WireError) -> WireJSON {
        guard let inner = value[key] else { throw missing(key, "an object") }
        return try WireJSON(value: inner, what: "\(what).\(key)")
    }

    private func missing(_ key: String, _ expected: String) -> WireError {
        WireError("\(what) needs \"\(key)\": \(expected)")
    }
}
