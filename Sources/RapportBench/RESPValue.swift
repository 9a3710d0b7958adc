/// One reply of the Redis serialization protocol (RESP2).
enum RESPValue: Sendable {
    /// `+OK`
    case simple(String)
    /// `-ERR …`
    case error(String)
    /// `:42`
    case integer(Int)
    /// `$n` bulk string; `nil` for the null bulk string.
    case bulk([UInt8]?)
    /// `*n` array; `nil` for the null array.
    case array([RESPValue]?)

    /// The elements of an array reply (empty for a null array or another kind).
    var elements: [RESPValue] {
        if case .array(let items?) = self { return items }
        return []
    }

    /// The text of a simple string or bulk string.
    var text: String? {
        switch self {
        case .simple(let s): s
        case .bulk(let b?): String(decoding: b, as: UTF8.self)
        default: nil
        }
    }
}
