/// JSON string escaping for code outside this module that writes JSON bytes itself (the wire
/// protocol's control messages), so there is one escaping rule in the project.
public enum JSONText {
    /// Appends `text` as a quoted, escaped JSON string literal.
    public static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        JSONWriter.appendEscaped(text.utf8, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }
}
