/// Writes compact JSON into a byte buffer.
struct JSONWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Objects up to this many members check for repeated keys by scanning; larger ones use a set.
    private static let linearKeyCheckLimit = 16

    /// A writer whose buffer starts with room for `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `{`. With ``member(_:_:)``, ``key(_:)`` and ``closeObject()``, writes an object
    /// member by member; unlike ``writeObject(_:)`` it does not skip repeated keys, so only
    /// callers whose keys are distinct use it.
    mutating func openObject() {
        bytes.append(UInt8(ascii: "{"))
    }

    /// Appends a member with a string value.
    mutating func member(_ key: StaticString, _ value: String) {
        self.key(key)
        writeString(value)
    }

    /// Appends a member's key and colon (after a comma unless it is the first).
    mutating func key(_ key: StaticString) {
        if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// Appends `}`.
    mutating func closeObject() {
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends a value.
    mutating func write(_ value: JSONValue) {
        switch value {
        case .null:
            append("null")
        case .bool(let flag):
            append(flag ? "true" : "false")
        case .number(let number):
            append(number.text)
        case .string(let text):
            writeString(text)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            writeObject(members)
        }
    }

    /// Appends an object, skipping members whose key was already written.
    mutating func writeObject(_ members: [(String, JSONValue)]) {
        bytes.append(UInt8(ascii: "{"))
        var seen = Set<String>()
        let useSet = members.count > Self.linearKeyCheckLimit
        var first = true
        for (index, (key, value)) in members.enumerated() {
            if useSet {
                guard seen.insert(key).inserted else { continue }
            } else if members[..<index].contains(where: { $0.0 == key }) {
                continue
            }
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
            write(value)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends a quoted, escaped JSON string.
    mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        Self.appendEscaped(text.utf8, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 text as it is written inside a JSON string's quotes: `"`, `\` and control
    /// characters escaped, everything else as it is.
    static func appendEscaped(_ utf8: some Sequence<UInt8>, to bytes: inout [UInt8]) {
        // Most text needs no escape: copied in runs between the bytes that do, instead of byte
        // by byte (the byte loop was the SDK's most sampled function when encoding events).
        let copied: Void? = utf8.withContiguousStorageIfAvailable { buffer in
            var start = 0
            for index in buffer.indices where Self.needsEscape(buffer[index]) {
                if index > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index])) }
                appendEscapedBytes(CollectionOfOne(buffer[index]), to: &bytes)
                start = index + 1
            }
            if start < buffer.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...])) }
        }
        if copied == nil { appendEscapedBytes(utf8, to: &bytes) }
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func appendEscapedBytes(_ utf8: some Sequence<UInt8>, to bytes: inout [UInt8]) {
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0x00..<0x20:
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(Hex.digit(byte >> 4))
                bytes.append(Hex.digit(byte & 0x0F))
            default:
                bytes.append(byte)
            }
        }
    }

    /// Appends raw text.
    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}
