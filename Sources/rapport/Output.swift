import Foundation
import RapportWire

/// Unbuffered standard output, so a reader on a pipe sees each line at once.
enum Output {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes `object` as one line of JSON (the `--json` output of every command).
    static func json(_ object: JSONObjectWriter) {
        line(String(decoding: object.finished(), as: UTF8.self))
    }

    /// One event for `--json` output: `{"offset": N, …extra, "event": {…}}`, the event as
    /// published, on one line (``singleLine(_:)``).
    static func eventJSON(offset: UInt64, event: [UInt8], _ extra: (inout JSONObjectWriter) -> Void = { _ in }) -> String {
        var object = JSONObjectWriter()
        object.add("offset", offset)
        extra(&object)
        object.add("event", rawJSON: singleLine(event))
        return String(decoding: object.finished(), as: UTF8.self)
    }

    /// An event's JSON as published, on one line: a line break in valid JSON can only be
    /// whitespace between tokens (inside a string it must be escaped), so it becomes a space.
    static func singleLine(_ json: [UInt8]) -> [UInt8] {
        guard json.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return json }
        return json.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
    }
}
