import RapportEvents

/// The `source`, `id` and `type` of an event the bus refused, read best effort from its raw
/// bytes for the log line that names it (`rejected an event`).
///
/// A refused event may be anything (not JSON, not UTF-8, cut short), so this is no parse: one
/// pass over the bytes that tracks strings and nesting and picks up the three members of the
/// outermost object when their values are strings (`data.source` of a feedback event is not
/// the envelope's `source`). What it cannot find stays `nil`. Values are shown through
/// ``Excerpt``, so a long or hostile value is cut and quoted, never written raw into the log.
struct EnvelopeGlimpse: Equatable {
    /// The members' values (escapes undone), or `nil` when not found.
    var source: [UInt8]?
    var id: [UInt8]?
    var type: [UInt8]?

    /// The three members of `bytes`' outermost object.
    init(_ bytes: [UInt8]) {
        var i = 0
        var depth = 0
        var expectingKey = false
        var valuePending = false
        var key: [UInt8]?
        while i < bytes.count, source == nil || id == nil || type == nil {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                let (content, end) = Self.string(bytes, from: i + 1)
                if depth == 1 {
                    if expectingKey {
                        key = content
                        expectingKey = false
                    } else if valuePending {
                        assign(content, to: key)
                        valuePending = false
                    }
                }
                i = end
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 0 && byte != UInt8(ascii: "{") { return }
                depth += 1
                if depth == 1 { expectingKey = true } else if depth == 2 { valuePending = false }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth <= 0 { return }
            case UInt8(ascii: ":"):
                if depth == 1 { valuePending = true }
            case UInt8(ascii: ","):
                if depth == 1 {
                    expectingKey = true
                    valuePending = false
                }
            case 0x20, 0x09, 0x0A, 0x0D:
                break
            default:
                if depth == 0 { return }
                // A number, true, false or null: not a string value.
                if depth == 1 { valuePending = false }
            }
            i += 1
        }
    }

    private mutating func assign(_ value: [UInt8], to key: [UInt8]?) {
        switch key {
        case Array("source".utf8)?: if source == nil { source = value }
        case Array("id".utf8)?: if id == nil { id = value }
        case Array("type".utf8)?: if type == nil { type = value }
        default: break
        }
    }

    /// The string starting at `start` (just after its opening quote), its escapes undone (a
    /// `\u` surrogate or a broken escape is kept as written), and the index just past its
    /// closing quote (the end of the bytes when it is not closed).
    private static func string(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int) {
        var content: [UInt8] = []
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { return (content, i + 1) }
            guard byte == UInt8(ascii: "\\"), i + 1 < bytes.count else {
                content.append(byte)
                i += 1
                continue
            }
            let escaped: UInt8? = switch bytes[i + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes[i + 1]
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "t"): 0x09
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            default: nil
            }
            if let escaped {
                content.append(escaped)
                i += 2
            } else if bytes[i + 1] == UInt8(ascii: "u"), let scalar = unicodeEscape(bytes, at: i + 2) {
                content.append(contentsOf: String(Character(scalar)).utf8)
                i += 6
            } else {
                content.append(byte)
                i += 1
            }
        }
        return (content, bytes.count)
    }

    /// The scalar of the four hex digits at `index`, unless they are missing or a surrogate.
    private static func unicodeEscape(_ bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
        guard index + 4 <= bytes.count,
              let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else { return nil }
        return Unicode.Scalar(value)
    }

    /// Log metadata for the members found: each quoted and cut by ``Excerpt``.
    var metadata: [(String, String)] {
        [("source", source), ("id", id), ("type", type)].compactMap { name, value in
            value.map { (name, Excerpt.quoted($0, limit: 80)) }
        }
    }
}
