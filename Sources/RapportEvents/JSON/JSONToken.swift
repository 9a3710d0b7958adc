/// One value on a ``JSONTape``: where its bytes are and, for containers, how far it reaches.
struct JSONToken {
    /// What the token is.
    enum Kind: UInt8 {
        case null, falseValue, trueValue, number, string, escapedString, array, object
    }

    /// The kind of value.
    var kind: Kind
    /// The first byte: of the literal, or of a string's content (after the opening quote).
    var start: Int32
    /// Scalars: the byte length (a string's content without quotes). Containers: the number
    /// of elements or members.
    var length: Int32
    /// The index of the token after this value and everything inside it.
    var next: Int32
}
