import Foundation

/// One JSON object per line for `--json` output of the capture subcommands (keys sorted, so
/// the output is stable).
enum CaptureJSON {
    /// Prints `object` as one line of JSON.
    static func print(_ object: [String: Any]) {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        Output.line(String(decoding: data, as: UTF8.self))
    }

    /// `value`, or JSON null.
    static func orNull(_ value: Any?) -> Any { value ?? NSNull() }
}
