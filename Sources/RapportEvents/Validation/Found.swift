/// How a JSON value is shown after "got" in messages: strings quoted and numbers as written,
/// both cut by ``Excerpt`` when long; booleans and null as written; containers by type.
enum Found {
    /// A value shown as it was sent: `"0.3"`, `11`, `true`, `null`, `an array`, `an object`.
    static func value(_ tape: JSONTape, _ index: Int) -> String {
        switch tape.kind(index) {
        case .null: return "null"
        case .falseValue: return "false"
        case .trueValue: return "true"
        case .number: return Excerpt.literal(tape.rawBytes(index))
        case .string: return Excerpt.quoted(tape.rawBytes(index))
        case .escapedString: return Excerpt.quoted(tape.decodedBytes(index))
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
