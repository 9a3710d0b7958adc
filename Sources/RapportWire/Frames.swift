/// Helpers to build and read frames.
public enum Frames {
    /// A frame holding `text` as UTF-8.
    @inlinable
    public static func text(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A frame's bytes as text (invalid UTF-8 is repaired, for messages only).
    @inlinable
    public static func string(_ frame: [UInt8]) -> String { String(decoding: frame, as: UTF8.self) }

    /// A frame holding a decimal unsigned integer, or `nil` if it is not one.
    public static func unsigned(_ frame: [UInt8]) -> UInt64? {
        guard !frame.isEmpty, frame.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in frame {
            guard byte >= 48 && byte <= 57 else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(byte - 48))
            if o1 || o2 { return nil }
            value = a
        }
        return value
    }

    /// The message header: version and command.
    public static func header(_ command: Command) -> [[UInt8]] {
        [Wire.version, text(command.rawValue)]
    }

    /// An ERROR message: `context` names what it refers to (a command, a batch tag, an offset).
    public static func error(context: String, _ code: ErrorCode, _ message: String) -> [[UInt8]] {
        header(.error) + [text(context), text(code.rawValue), text(message)]
    }
}
