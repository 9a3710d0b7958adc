/// How a JSON value is shown after "got" in messages: strings quoted (shortened), numbers and
/// booleans as written, containers by type.
enum Found {
    /// The longest string shown whole.
    private static let shownLength = 60

    /// A value shown as it was sent: `"0.3"`, `11`, `true`, `null`, `an array`, `an object`.
    static func value(_ tape: JSONTape, _ index: Int) -> String {
        switch tape.kind(index) {
        case .null: return "null"
        case .falseValue: return "false"
        case .trueValue: return "true"
        case .number: return String(decoding: tape.rawBytes(index), as: UTF8.self)
        case .string, .escapedString: return quoted(tape.string(index))
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// A string in double quotes, shortened past 60 characters.
    static func quoted(_ text: String) -> String {
        let shown = text.count <= shownLength ? text : String(text.prefix(shownLength - 3)) + "..."
        return "\"" + shown + "\""
    }
}
